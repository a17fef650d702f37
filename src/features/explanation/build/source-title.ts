/**
 * How a source's title is shown on a page in one language: in that language when the source gives one, and with
 * the document's own language named when it is another (a German directive text on a Dutch page).
 */
import type { Lang, Source, SourceLanguage } from '../../../model/schemas.ts';

const LANGUAGE_NAME: Record<Lang, Record<SourceLanguage, string>> = {
  nl: { nl: 'het Nederlands', en: 'het Engels', de: 'het Duits', fr: 'het Frans' },
  en: { nl: 'Dutch', en: 'English', de: 'German', fr: 'French' },
};

export interface ShownTitle {
  /** The title to show. */
  text: string;
  /** Its language, for the lang attribute. */
  lang: SourceLanguage;
  /** When the document is in another language than the page: "in het Duits" / "in German". */
  inLanguage?: string;
  /** The document's own title, when a translated one is shown. */
  original?: string;
}

export function sourceTitle(source: Pick<Source, 'title' | 'language' | 'titles'>, lang: Lang): ShownTitle {
  const language = source.language ?? 'nl';
  if (language === lang) return { text: source.title, lang };
  const inLanguage = `in ${LANGUAGE_NAME[lang][language]}`;
  const translated = source.titles?.[lang];
  return translated ? { text: translated, lang, inLanguage, original: source.title } : { text: source.title, lang: language, inLanguage };
}
