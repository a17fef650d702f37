/**
 * The DCAT description of the open data at /data/ (dcat.jsonld), as catalogues harvest it: DCAT-AP 3 with the values
 * of the Dutch profile DCAT-AP-DONL where they apply (data.overheid.nl reads it). One catalogue, one data set, one
 * distribution per published file. Pure: the route passes the files and the data's version date.
 */
import type { Lang } from '../../model/schemas.ts';

/**
 * Controlled values, each checked in its vocabulary: CC0 as DCAT-AP-DONL's licence list has it
 * (github.com/dataoverheid/dcat-ap-donl, taxonomy/licenses.ttl); the EU data theme "Justice, legal system and public
 * safety" (publications.europa.eu/resource/authority/data-theme); the DONL theme "Criminaliteit" (taxonomy/themes.ttl,
 * from the OWMS Taxonomie Beleidsagenda); the EU language authority list; IANA media types.
 */
export const DCAT_VALUES = {
  licence: 'http://creativecommons.org/publicdomain/zero/1.0/deed.nl',
  themes: ['http://publications.europa.eu/resource/authority/data-theme/JUST', 'http://standaarden.overheid.nl/owms/terms/Criminaliteit'],
  language: { nl: 'http://publications.europa.eu/resource/authority/language/NLD', en: 'http://publications.europa.eu/resource/authority/language/ENG' },
  mediaType: (type: string) => `https://www.iana.org/assignments/media-types/${type}`,
} as const;

export const DCAT_CONTEXT = {
  dcat: 'http://www.w3.org/ns/dcat#',
  dct: 'http://purl.org/dc/terms/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
} as const;

export interface DcatFile {
  /** Absolute URL. */
  url: string;
  /** IANA media type, e.g. text/csv. */
  mediaType: string;
  title: string;
  description?: string;
  byteSize?: number;
}

export interface DcatOptions {
  /** Absolute URL of this description. */
  url: string;
  /** Absolute URL of /data/, the landing page. */
  landingPage: string;
  title: Record<Lang, string>;
  description: Record<Lang, string>;
  keywords: readonly string[];
  publisher: { name: string; url: string };
  /** YYYY-MM-DD: the version of the data (the date its content last changed), not the build date. */
  version: string;
  files: readonly DcatFile[];
}

const texts = (value: Record<Lang, string>) => (Object.entries(value) as [Lang, string][]).map(([language, text]) => ({ '@value': text, '@language': language }));
const iri = (id: string) => ({ '@id': id });
const day = (date: string) => ({ '@value': date, '@type': 'xsd:date' });

export function dcatCatalog(options: DcatOptions): Record<string, unknown> {
  const publisher = { '@id': options.publisher.url, '@type': 'foaf:Agent', 'foaf:name': options.publisher.name };
  const licence = iri(DCAT_VALUES.licence);
  const languages = Object.values(DCAT_VALUES.language).map(iri);
  const dataset = {
    '@id': `${options.landingPage}#dataset`,
    '@type': 'dcat:Dataset',
    'dct:title': texts(options.title),
    'dct:description': texts(options.description),
    'dct:publisher': publisher,
    'dct:issued': day(options.version),
    'dct:modified': day(options.version),
    'dcat:version': options.version,
    'dct:language': languages,
    'dct:license': licence,
    'dcat:theme': DCAT_VALUES.themes.map(iri),
    'dcat:keyword': [...options.keywords],
    'dcat:landingPage': iri(options.landingPage),
    'dcat:distribution': options.files.map((file) => ({
      '@id': file.url,
      '@type': 'dcat:Distribution',
      'dct:title': file.title,
      ...(file.description ? { 'dct:description': file.description } : {}),
      'dcat:accessURL': iri(options.landingPage),
      'dcat:downloadURL': iri(file.url),
      'dcat:mediaType': iri(DCAT_VALUES.mediaType(file.mediaType)),
      'dct:license': licence,
      'dct:issued': day(options.version),
      'dct:modified': day(options.version),
      ...(file.byteSize !== undefined ? { 'dcat:byteSize': { '@value': String(file.byteSize), '@type': 'xsd:nonNegativeInteger' } } : {}),
    })),
  };
  return {
    '@context': DCAT_CONTEXT,
    '@id': options.url,
    '@type': 'dcat:Catalog',
    'dct:title': texts(options.title),
    'dct:description': texts(options.description),
    'dct:publisher': publisher,
    'dct:language': languages,
    'dct:license': licence,
    'dct:modified': day(options.version),
    'foaf:homepage': iri(options.publisher.url),
    'dcat:dataset': [dataset],
  };
}
