/** t() for the search interface in the browser: only the search texts of both languages, to keep what it ships small. */
import type { Lang } from '../model/schemas.ts';
import { enSearch } from './en.ts';
import { nlSearch } from './nl.ts';
import { dictionaryTranslator, type Translate } from './translate.ts';

export type SearchKey = keyof typeof nlSearch;

export function searchTranslator(lang: Lang): Translate<SearchKey> {
  return dictionaryTranslator<SearchKey>(lang, lang === 'nl' ? nlSearch : enSearch);
}
