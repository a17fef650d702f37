/** Every URL the site builds comes from here, so a path is defined once. */
import type { Lang } from '../model/schemas.ts';

export const LANG_ROOT: Record<Lang, string> = { nl: '/', en: '/en/' };

export function pageUrl(lang: Lang, path: string): string {
  return path ? `${LANG_ROOT[lang]}${path}/` : LANG_ROOT[lang];
}

const SECTION: Record<string, Record<Lang, string>> = {
  organisations: { nl: 'organisaties', en: 'organisations' },
  orgChart: { nl: 'wie-doet-wat', en: 'who-does-what' },
  timeline: { nl: 'tijdlijn', en: 'timeline' },
  glossary: { nl: 'begrippen', en: 'glossary' },
  sources: { nl: 'bronnen', en: 'sources' },
  search: { nl: 'zoeken', en: 'search' },
  data: { nl: 'data', en: 'data' },
  changes: { nl: 'wijzigingen', en: 'changes' },
};

export type Section = keyof typeof SECTION;

export function sectionUrl(lang: Lang, section: Section): string {
  return pageUrl(lang, SECTION[section][lang]);
}

export function actorUrl(lang: Lang, id: string): string {
  return `${sectionUrl(lang, 'organisations')}${id}/`;
}

export function termUrl(lang: Lang, id: string): string {
  return `${sectionUrl(lang, 'glossary')}#${id}`;
}

export function sourceUrl(lang: Lang, id: string): string {
  return `${sectionUrl(lang, 'sources')}#${id}`;
}

export function eventUrl(lang: Lang, id: string): string {
  return `${sectionUrl(lang, 'timeline')}#${id}`;
}

export function otherLang(lang: Lang): Lang {
  return lang === 'nl' ? 'en' : 'nl';
}

/** The list of content changes: /wijzigingen/, /en/changes/. */
export function changesUrl(lang: Lang): string {
  return sectionUrl(lang, 'changes');
}

/** The Atom feed beside it: /wijzigingen.xml, /en/changes.xml. */
export function changesFeedUrl(lang: Lang): string {
  return `${changesUrl(lang).replace(/\/$/, '')}.xml`;
}

const VERSIONS_SEGMENT: Record<Lang, string> = { nl: 'versies', en: 'versions' };
const COMPARISON_SEGMENT: Record<Lang, string> = { nl: 'wat-is-er-veranderd', en: 'what-changed' };

function below(pagePath: string, ...segments: string[]): string {
  return [pagePath, ...segments].filter(Boolean).join('/');
}

/** A published version of a page: /uitleg/versies/2026-11-29/, /en/explanation/versions/2026-11-29/; of the home page /versies/2026-11-29/. */
export function versionUrl(lang: Lang, pagePath: string, date: string): string {
  return pageUrl(lang, below(pagePath, VERSIONS_SEGMENT[lang], date));
}

/** The comparison of a version with the current page and with the version before it. */
export function comparisonUrl(lang: Lang, pagePath: string, date: string): string {
  return pageUrl(lang, below(pagePath, VERSIONS_SEGMENT[lang], date, COMPARISON_SEGMENT[lang]));
}

const VERSION_OR_COMPARISON = new RegExp(`^(.*/)(?:${Object.values(VERSIONS_SEGMENT).join('|')})/\\d{4}-\\d{2}-\\d{2}/(?:[a-z-]+/)?$`);

/** The current page of a version's or comparison's URL; undefined for any other URL. */
export function currentPageOf(url: string): string | undefined {
  return VERSION_OR_COMPARISON.exec(url)?.[1];
}

/**
 * A dated state of the org chart or the timeline, drawn from the data as published that day (a data state):
 * /wie-doet-wat/versies/2026-12-06/, /en/timeline/versions/2026-12-06/. The same place as a page's versions.
 */
export function stateUrl(lang: Lang, section: 'orgChart' | 'timeline', date: string): string {
  return versionUrl(lang, SECTION[section][lang], date);
}

/** The page of an organisation as a dated state of the data showed it: /organisaties/coenm/versies/2026-12-06/. */
export function actorStateUrl(lang: Lang, id: string, date: string): string {
  return versionUrl(lang, `${SECTION.organisations[lang]}/${id}`, date);
}

/** What changed in the data from the state before to this one: /wie-doet-wat/versies/2026-12-06/wat-is-er-veranderd/. */
export function stateComparisonUrl(lang: Lang, date: string): string {
  return comparisonUrl(lang, SECTION.orgChart[lang], date);
}

/** A pinned embed: the diagram of one dated state, which never changes: /wie-doet-wat/versies/2026-12-06/embed/. */
export function stateEmbedUrl(lang: Lang, section: 'orgChart' | 'timeline', date: string): string {
  return `${stateUrl(lang, section, date)}embed/`;
}

/** The page of a dated state of the data, listing its files: /data/versies/2026-12-06/, /en/data/versions/2026-12-06/. */
export function dataStatePageUrl(lang: Lang, date: string): string {
  return versionUrl(lang, SECTION.data[lang], date);
}

/** A file of a dated state of the data, as frozen: /data/2026-12-06/actors.csv; the state's folder without a file. */
export function dataStateFileUrl(date: string, file = ''): string {
  return dataFileUrl(`${date}/${file}`);
}

/** The page with just a diagram, for an <iframe> on another site: /wie-doet-wat/embed/, /en/timeline/embed/. */
export function embedUrl(lang: Lang, section: 'orgChart' | 'timeline'): string {
  return `${sectionUrl(lang, section)}embed/`;
}

/** An open data file, which both languages share, below the Dutch page about them: /data/actors.csv; /data/ itself without a file. */
export function dataFileUrl(file = ''): string {
  return `${sectionUrl('nl', 'data')}${file}`;
}

/** The RIS file (for reference managers) of a citable page: /uitleg/ → /citeer/uitleg.ris, /en/explanation/versions/2026-12-05/ → /citeer/en/explanation/versions/2026-12-05.ris; / → /citeer/index.ris. */
export function citationFileUrl(pagePath: string): string {
  return `/citeer/${pagePath.replace(/^\/|\/$/g, '') || 'index'}.ris`;
}

/** The DCAT description of the open data (for data catalogues such as data.overheid.nl). */
export const DCAT_FILE = 'dcat.jsonld';

/** Where one organisation's own relations are published as open data (both languages share the file). */
export function actorDataUrl(id: string, format: 'csv' | 'json'): string {
  return dataFileUrl(`organisaties/${id}/relaties.${format}`);
}
