/**
 * The machine-readable description of the open data at /data/: a Frictionless Data Package (v2) with a Table Schema
 * per CSV file, and a JSON Schema per kind of JSON file. Both are generated from the zod schemas (zod's own
 * `z.toJSONSchema`), so they describe exactly what the build checks. Pure: the route passes the files it publishes.
 */
import { createHash } from 'node:crypto';
import { z } from 'astro/zod';
import type { Source } from '../../../model/schemas.ts';
import { dataFileUrl } from '../../../routes/routes.ts';
import { JSON_DOCUMENTS, TABLE_NAMES, tableSchemaOf, type JsonDocumentName, type TableName } from './open-data.ts';

export const DATA_PACKAGE_PROFILE = 'https://datapackage.org/profiles/2.0/datapackage.json';

/** CC0: see the reasons on /data/ (content/pages/nl/data.mdx and its English) and in the package's description. */
export const LICENCE = {
  name: 'CC0-1.0',
  path: 'https://creativecommons.org/publicdomain/zero/1.0/',
  title: 'Creative Commons Zero v1.0 Universal',
} as const;

export const LICENCE_REASON = {
  nl: 'De gegevens zijn feiten uit openbare documenten, en elk record noemt zijn bronnen, zodat iedereen ze kan nagaan. CC0 stelt geen voorwaarden: een krant, een gemeente of een onderzoeker kan de gegevens gebruiken en combineren met andere gegevens zonder eerst een licentie te laten toetsen. Bronvermelding is geen plicht, maar wel fijn.',
  en: 'The data are facts from public documents, and every record names its sources, so anyone can check them. CC0 sets no conditions: a newspaper, a municipality or a researcher can use the data and combine it with other data without first having a licence reviewed. Naming the source is not required, but welcome.',
} as const;

const TITLES: Record<JsonDocumentName, { title: string; description: string; path: string }> = {
  actors: { title: 'Organisations', description: 'The organisations in the Dutch approach to human trafficking (actors.json).', path: 'actors.json' },
  relations: { title: 'Relations', description: 'Relations between the organisations, today and in the proposal (relations.json).', path: 'relations.json' },
  events: { title: 'Events', description: 'Events on the timeline (events.json).', path: 'events.json' },
  sources: { title: 'Sources', description: 'The public documents the other files cite by id (sources.json).', path: 'sources.json' },
  'organisation-relations': {
    title: 'Relations of one organisation',
    description: 'One organisation, its relations to and from others, and the names of those others (organisaties/<id>/relaties.json).',
    path: 'organisaties/<id>/relaties.json',
  },
};

export const JSON_SCHEMA_NAMES = Object.keys(JSON_DOCUMENTS) as JsonDocumentName[];

export const jsonSchemaPath = (name: JsonDocumentName): string => dataFileUrl(`schemas/${name}.schema.json`);

/** The JSON Schema (draft 2020-12) of one kind of JSON file, as zod writes it for the parsed records. */
/** Without `site` it has no $id (a dated state's copy, which must not name an origin). */
export function jsonSchemaOf(name: JsonDocumentName, site?: URL): Record<string, unknown> {
  const generated = z.toJSONSchema(JSON_DOCUMENTS[name], { io: 'output', target: 'draft-2020-12', unrepresentable: 'throw' });
  const { $schema, ...rest } = generated;
  return { $schema, ...(site ? { $id: new URL(jsonSchemaPath(name), site).href } : {}), title: TITLES[name].title, description: TITLES[name].description, ...rest };
}

const TABLE_TEXT: Record<TableName, { title: string; description: string }> = {
  actors: { title: 'Organisations', description: 'One row per organisation.' },
  relations: {
    title: 'Relations',
    description:
      'One row per relation between two organisations, with the names of both beside their ids. The relations of one organisation are also published on their own, with the same columns: organisaties/<id>/relaties.csv.',
  },
  events: { title: 'Events', description: 'One row per event on the timeline, in order of date.' },
  sources: { title: 'Sources', description: 'The public documents that the other tables cite by id in their "sources" column.' },
};

/** How the CSV files are written (RFC 4180); a BOM precedes the header so that spreadsheets read UTF-8. */
export const CSV_DIALECT = { header: true, delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true } as const;

const fileFacts = (text: string) => ({ bytes: Buffer.byteLength(text, 'utf8'), hash: `sha256:${createHash('sha256').update(text, 'utf8').digest('hex')}` });

export interface PackageOptions {
  /** The origin, for the package's homepage; a dated state's package has none (its files never name an origin). */
  site?: URL;
  /** The build date, YYYY-MM-DD: the version of the data. */
  version: string;
  sources: readonly Source[];
  /** The text of each file the package lists, by its path below /data/. */
  files: Readonly<Record<string, string>>;
  /** The calendars of expected events, path below /data/ and language. */
  calendars: readonly { path: string; lang: 'nl' | 'en' }[];
}

export function dataPackage(options: PackageOptions): Record<string, unknown> {
  const file = (path: string) => {
    const text = options.files[path];
    if (text === undefined) throw new Error(`data package: no text given for ${path}`);
    return fileFacts(text);
  };
  const tables = TABLE_NAMES.map((name) => ({
    name,
    type: 'table',
    path: `${name}.csv`,
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    ...TABLE_TEXT[name],
    ...file(`${name}.csv`),
    dialect: CSV_DIALECT,
    schema: tableSchemaOf(name),
  }));
  const documents = TABLE_NAMES.map((name) => ({
    name: `${name}-json`,
    path: `${name}.json`,
    format: 'json',
    mediatype: 'application/json',
    encoding: 'utf-8',
    title: `${TABLE_TEXT[name].title} (JSON)`,
    description: `The same records as ${name}.csv, as the site reads them, with texts as {"nl", "en"} and lists as arrays. JSON Schema: schemas/${name}.schema.json.`,
    ...file(`${name}.json`),
    // A custom property (Data Package allows them): where the JSON Schema of this file is.
    jsonSchema: `schemas/${name}.schema.json`,
  }));
  const calendars = options.calendars.map(({ path, lang }) => ({
    name: `expected-events-${lang}`,
    path,
    format: 'ics',
    mediatype: 'text/calendar',
    encoding: 'utf-8',
    title: lang === 'nl' ? 'Verwachte gebeurtenissen (iCalendar, Nederlands)' : 'Expected events (iCalendar, English)',
    description: 'The events on the timeline with status "verwacht", as an iCalendar (RFC 5545) file to subscribe to.',
    ...file(path),
  }));
  return {
    $schema: DATA_PACKAGE_PROFILE,
    name: 'governance-aanpak-mensenhandel',
    title: 'Governance of the Dutch approach to human trafficking: organisations, relations, events and sources',
    description: [
      'The data behind the org chart "Wie doet wat" and the timeline of the explainer of the governance of the Dutch approach to human trafficking, in Dutch and English.',
      `Licence: CC0 1.0. ${LICENCE_REASON.en}`,
      'CSV files are RFC 4180 (comma-separated, fields quoted where needed), UTF-8 with a byte-order mark so that spreadsheets read accents correctly, with one header row. Ids never change; new columns are only added at the end.',
    ].join('\n\n'),
    ...(options.site ? { homepage: new URL(dataFileUrl(), options.site).href } : {}),
    version: options.version,
    created: `${options.version}T00:00:00Z`,
    keywords: ['mensenhandel', 'human trafficking', 'governance', 'Nederland', 'Netherlands'],
    licenses: [LICENCE],
    sources: options.sources.map((source) => ({ title: `${source.publisher}: ${source.title}${source.date ? ` (${source.date})` : ''}`, ...(source.url ? { path: source.url } : {}) })),
    resources: [...tables, ...documents, ...calendars],
  };
}

