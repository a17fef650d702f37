/**
 * What reference managers (Zotero, Google Scholar) and search engines read about a citable page, built from the
 * records: the `citation_*` meta tags (Highwire Press, as Google Scholar documents them), the page as schema.org
 * JSON-LD, a formatted reference (APA-like) and an RIS record. Pure: the components and the RIS route pass what the
 * page shows, so the tags, the JSON-LD, the "Citeer" block and the RIS file say the same.
 */
import type { Actor, Lang } from '../../model/schemas.ts';

/** The site as the publisher of its pages: its name (the site names no other publisher) and its origin. */
export interface SitePublisher {
  name: string;
  url: string;
}

interface WorkBase {
  lang: Lang;
  /** The h1 of the page. */
  title: string;
  description: string;
  /** The page's permanent absolute URL: a version's own URL, or the page's when it has no versions. */
  url: string;
  /** YYYY-MM-DD: the version's date, or the date the shown content last changed. */
  date: string;
  publisher: SitePublisher;
  /** Where a PDF edition of exactly this page is (see pdf-edition.ts); none today. */
  pdfUrl?: string;
  /** The RIS file of this page, absolute. */
  risUrl?: string;
  /**
   * The sources the page cites, as the addresses of their entries on the site's sources page (/bronnen/#id), which
   * describes each in full: short enough for the explanation pages' HTML budget with 30 sources or more.
   */
  sources?: readonly string[];
}

/** An explanation page or one of its dated versions, the story, the org chart, the timeline. */
export interface PageWork extends WorkBase {
  kind: 'article' | 'webpage';
}

/** An organisation's page. */
export interface OrganisationWork extends WorkBase {
  kind: 'organisation';
  organisation: Pick<Actor, 'kind' | 'abbr' | 'website' | 'start' | 'end'> & { name: string };
}

export interface Distribution {
  /** Absolute URL of the file. */
  url: string;
  /** IANA media type, e.g. text/csv. */
  mediaType: string;
  title: string;
}

/** /data/: the open data set and its files. */
export interface DatasetWork extends WorkBase {
  kind: 'dataset';
  licence: string;
  distributions: readonly Distribution[];
  keywords: readonly string[];
}

export type CitableWork = PageWork | OrganisationWork | DatasetWork;

/** The `citation_*` meta tags, in the order Google Scholar lists them; citation_pdf_url only where a PDF exists. */
export function citationMetaTags(work: CitableWork): { name: string; content: string }[] {
  const tags = [
    { name: 'citation_title', content: work.title },
    { name: 'citation_publisher', content: work.publisher.name },
    { name: 'citation_publication_date', content: work.date.replaceAll('-', '/') },
    { name: 'citation_public_url', content: work.url },
    { name: 'citation_language', content: work.lang },
  ];
  if (work.pdfUrl) tags.push({ name: 'citation_pdf_url', content: work.pdfUrl });
  return tags;
}

/** Kinds of organisation that are part of government (ministries, agencies, police and justice, municipalities, independent public bodies, parliament). */
const GOVERNMENT_KINDS: ReadonlySet<Actor['kind']> = new Set(['ministerie', 'uitvoeringsorganisatie', 'politie-en-justitie', 'gemeente-regio', 'onafhankelijk-orgaan', 'parlement']);

export function organisationType(kind: Actor['kind']): 'GovernmentOrganization' | 'Organization' {
  return GOVERNMENT_KINDS.has(kind) ? 'GovernmentOrganization' : 'Organization';
}

/** The vocabulary inline, so the JSON-LD needs no document from another origin to be read. */
export const SCHEMA_ORG_CONTEXT = { '@vocab': 'https://schema.org/' } as const;

const dateValue = (date: string) => ({ '@type': 'Date', '@value': date });

/** The page as schema.org JSON-LD: Article, WebPage, Organization or Dataset, part of the site, with its sources. */
export function jsonLd(work: CitableWork): Record<string, unknown> {
  const site = { '@type': 'WebSite', name: work.publisher.name, url: work.publisher.url };
  const publisher = { '@type': 'Organization', name: work.publisher.name, url: work.publisher.url };
  const citation = (work.sources ?? []).map((source) => ({ '@type': 'CreativeWork', '@id': source }));
  const page = {
    '@context': SCHEMA_ORG_CONTEXT,
    '@id': work.url,
    url: work.url,
    name: work.title,
    description: work.description,
    inLanguage: work.lang,
    datePublished: dateValue(work.date),
    dateModified: dateValue(work.date),
    isPartOf: site,
    publisher,
    ...(citation.length ? { citation } : {}),
    ...(work.pdfUrl ? { encoding: { '@type': 'MediaObject', contentUrl: work.pdfUrl, encodingFormat: 'application/pdf' } } : {}),
  };
  switch (work.kind) {
    case 'article':
      return { ...page, '@type': 'Article', headline: work.title };
    case 'webpage':
      return { ...page, '@type': 'WebPage' };
    case 'organisation': {
      const { organisation } = work;
      // The page is about the organisation: the organisation is the main entity, the page describes it.
      return {
        ...page,
        '@type': 'WebPage',
        mainEntity: {
          '@type': organisationType(organisation.kind),
          name: organisation.name,
          ...(organisation.abbr ? { alternateName: organisation.abbr } : {}),
          // Its own website where the record has one; else this page.
          url: organisation.website ?? work.url,
          ...(organisation.start ? { foundingDate: dateValue(organisation.start) } : {}),
          ...(organisation.end ? { dissolutionDate: dateValue(organisation.end) } : {}),
        },
      };
    }
    case 'dataset':
      return {
        ...page,
        '@type': 'Dataset',
        license: work.licence,
        keywords: [...work.keywords],
        isAccessibleForFree: true,
        distribution: work.distributions.map((file) => ({ '@type': 'DataDownload', name: file.title, contentUrl: file.url, encodingFormat: file.mediaType })),
      };
  }
}

/** The JSON-LD as the text of a <script type="application/ld+json">: "<" escaped so no text can close the script. */
export function jsonLdScriptText(value: unknown): string {
  return JSON.stringify(value).replaceAll('<', '\\u003c');
}

/** "5 december" / "December 5": the day and month of a YYYY-MM-DD date, as APA writes them after the year. */
function dayAndMonth(date: string, lang: Lang): string {
  const [year, month, day] = date.split('-').map(Number);
  const value = new Date(Date.UTC(year!, month! - 1, day!));
  const locale = lang === 'nl' ? 'nl-NL' : 'en-GB';
  const monthName = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }).format(value);
  return lang === 'nl' ? `${day} ${monthName}` : `${monthName} ${day}`;
}

/** APA names the kind of a work in brackets when it is not a text: "[Dataset]". */
const DATASET_LABEL: Record<Lang, string> = { nl: 'Dataset', en: 'Data set' };

/**
 * The reference in one style, APA-like (7th edition, a web page with a group author that is also the site):
 * "Governance aanpak mensenhandel. (2026, 5 december). Uitleg bij de governance. https://…/uitleg/versies/2026-12-05/".
 * `title` and the rest are returned apart, so the component can set the title in italics.
 */
export function formattedReference(work: CitableWork): { before: string; title: string; after: string } {
  const date = `${work.date.slice(0, 4)}, ${dayAndMonth(work.date, work.lang)}`;
  const type = work.kind === 'dataset' ? DATASET_LABEL[work.lang] : '';
  return { before: `${work.publisher.name}. (${date}). `, title: work.title, after: `${type ? ` [${type}]` : ''}. ${work.url}` };
}

export function referenceText(work: CitableWork): string {
  const { before, title, after } = formattedReference(work);
  return `${before}${title}${after}`;
}

const RIS_TYPE: Record<CitableWork['kind'], string> = { article: 'ELEC', webpage: 'ELEC', organisation: 'ELEC', dataset: 'DATA' };

/** One RIS record (the format reference managers import): tags of two letters, "  - ", CRLF line ends, ending with ER. */
export function risRecord(work: CitableWork): string {
  const [year, month, day] = work.date.split('-');
  const lines: [string, string][] = [
    ['TY', RIS_TYPE[work.kind]],
    ['TI', work.title],
    // The site is author and publisher: the site names no person or other body as its maker.
    ['AU', work.publisher.name],
    ['PB', work.publisher.name],
    ['T2', work.publisher.name],
    ['PY', year!],
    ['DA', `${year}/${month}/${day}/`],
    ['UR', work.url],
    ['LA', work.lang],
    ['AB', work.description],
  ];
  if (work.pdfUrl) lines.push(['L1', work.pdfUrl]);
  lines.push(['ER', '']);
  return `${lines.map(([tag, value]) => `${tag}  - ${value.replace(/\s+/g, ' ').trim()}`).join('\r\n')}\r\n`;
}

/** The lines of an RIS file as tag and value, for tests and tools: the inverse of risRecord for one record. */
export function parseRis(text: string): [string, string][] {
  return text
    .split(/\r?\n/)
    .filter(Boolean)
    .map((line) => {
      const match = /^([A-Z][A-Z0-9])  - ?(.*)$/.exec(line);
      if (!match) throw new Error(`not an RIS line: ${JSON.stringify(line)}`);
      return [match[1]!, match[2]!.trim()];
    });
}

export const RIS_MEDIA_TYPE = 'application/x-research-info-systems';
