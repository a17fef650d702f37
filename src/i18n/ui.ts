/**
 * The interface text of a page: `translator(lang)` gives its `t(key, values)`. Components read it once per request
 * from Astro.locals.t (set in src/middleware.ts); build modules that get a language call translator(lang).
 * The texts: src/i18n/nl.ts and en.ts. Content texts live in content/, not here.
 */
import type { Lang } from '../model/schemas.ts';
import { en } from './en.ts';
import { nl } from './nl.ts';
import { dictionaryTranslator, type Translate } from './translate.ts';

export { formatDate, formatNumber } from './translate.ts';

export type UiKey = keyof typeof nl;
export type T = Translate<UiKey>;

export function translator(lang: Lang): T {
  return dictionaryTranslator<UiKey>(lang, lang === 'nl' ? nl : en);
}
