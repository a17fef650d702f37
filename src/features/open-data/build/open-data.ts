/**
 * The open data files at /data/: which tables there are, their columns, how each column reads a record, and the JSON
 * documents. Every column and document names its zod schema from schemas.ts, so the CSV, the Table Schema and the
 * JSON Schema cannot drift from the content model. Pure: records in, text and descriptors out.
 */
import { z } from 'astro/zod';
import { actorSchema, eventSchema, relationSchema, sourceSchema, type Actor, type Event, type Localized, type Relation, type Source } from '../../../model/schemas.ts';
import { tableSchema, type ColumnSpec, type ForeignKey, type TableSchema } from './table-schema.ts';
import { toCsv } from './csv.ts';

/** Items of a list of ids or codes in one CSV cell; names, which contain spaces, are joined with "; ". */
export const ID_DELIMITER = ' ';
export const NAME_DELIMITER = '; ';

type Cell = string | number | undefined | readonly string[];

interface Column<R> extends ColumnSpec {
  value: (record: R, names: ActorNames) => Cell;
}

/** Names of organisations by id, in both languages, for the name columns beside the ids. */
export type ActorNames = ReadonlyMap<string, Localized>;

const text = (nl: string, en: string): Localized => ({ nl, en });

function column<R>(name: string, schema: z.ZodType, title: Localized, description: Localized, value: Column<R>['value'], extra: Pick<ColumnSpec, 'delimiter' | 'unique'> = {}): Column<R> {
  return { name, schema, title, description, value, ...extra };
}

const LANGS = ['nl', 'en'] as const;
const IN = { nl: text('Nederlands', 'Dutch'), en: text('Engels', 'English') };
type LocalizedSchema = typeof actorSchema.shape.name;

/** Two columns, one per language, from a localized field; optional when the field is. */
function localizedColumns<R>(base: string, field: LocalizedSchema | z.ZodOptional<LocalizedSchema>, what: Localized, read: (record: R) => Localized | undefined): Column<R>[] {
  const optional = field instanceof z.ZodOptional;
  const inner = optional ? field.unwrap() : field;
  return LANGS.map((lang) =>
    column<R>(
      `${base}_${lang}`,
      optional ? inner.shape[lang].optional() : inner.shape[lang],
      text(`${what.nl} (${IN[lang].nl})`, `${what.en} (${IN[lang].en})`),
      text(`${what.nl}, in het ${IN[lang].nl}.`, `${what.en}, in ${IN[lang].en}.`),
      (record) => read(record)?.[lang],
    ),
  );
}

const spaced = (what: Localized): Localized => text(`${what.nl} Gescheiden door een spatie.`, `${what.en} Separated by a space.`);
const idColumn = <R extends { id: string }>(schema: z.ZodType, what: Localized) =>
  column<R>('id', schema, text('Id', 'Id'), text(`Vaste code van ${what.nl}; verandert nooit.`, `Fixed code of the ${what.en}; never changes.`), (r) => r.id, { unique: true });
const sourcesColumn = <R extends { sources: string[] }>(schema: z.ZodType) =>
  column<R>('sources', schema, text('Bronnen', 'Sources'), spaced(text('Id’s van de bronnen (zie sources.csv).', 'Ids of the sources (see sources.csv).')), (r) => r.sources, { delimiter: ID_DELIMITER });

const DATE = text('ISO 8601, zo precies als de bron: JJJJ-MM-DD, JJJJ-MM of JJJJ.', 'ISO 8601, as precise as the source: YYYY-MM-DD, YYYY-MM or YYYY.');
const dated = (what: Localized) => text(`${what.nl} ${DATE.nl}`, `${what.en} ${DATE.en}`);

export const ACTOR_COLUMNS: Column<Actor>[] = [
  idColumn<Actor>(actorSchema.shape.id, text('de organisatie', 'organisation')),
  ...localizedColumns<Actor>('name', actorSchema.shape.name, text('Naam', 'Name'), (a) => a.name),
  column<Actor>('abbr', actorSchema.shape.abbr, text('Afkorting', 'Abbreviation'), text('Gangbare afkorting.', 'Common abbreviation.'), (a) => a.abbr),
  column<Actor>('kind', actorSchema.shape.kind, text('Soort', 'Kind'), text('Soort organisatie.', 'Kind of organisation.'), (a) => a.kind),
  column<Actor>('level', actorSchema.shape.level, text('Niveau', 'Level'), text('Bestuurlijk niveau.', 'Level of government.'), (a) => a.level),
  column<Actor>('domains', actorSchema.shape.domains, text('Terreinen', 'Domains'), spaced(text('Terreinen waarop de organisatie werkt.', 'Domains the organisation works in.')), (a) => a.domains, { delimiter: ID_DELIMITER }),
  column<Actor>('in_views', actorSchema.shape.in_views, text('Weergaven', 'Views'), spaced(text('Nu (huidig), in het voorstel (voorgesteld) of allebei.', 'Today (huidig), in the proposal (voorgesteld) or both.')), (a) => a.in_views, { delimiter: ID_DELIMITER }),
  ...localizedColumns<Actor>('summary', actorSchema.shape.summary, text('Samenvatting', 'Summary'), (a) => a.summary),
  ...localizedColumns<Actor>('role_now', actorSchema.shape.role_now, text('Rol nu', 'Role today'), (a) => a.role_now),
  ...localizedColumns<Actor>('role_proposed', actorSchema.shape.role_proposed, text('Rol in het voorstel', 'Role in the proposal'), (a) => a.role_proposed),
  column<Actor>('website', actorSchema.shape.website, text('Website', 'Website'), text('Eigen website.', 'Own website.'), (a) => a.website),
  sourcesColumn<Actor>(actorSchema.shape.sources),
  ...localizedColumns<Actor>('uncertain', actorSchema.shape.uncertain, text('Onzeker', 'Uncertain'), (a) => a.uncertain),
  column<Actor>('as_of', actorSchema.shape.as_of, text('Stand', 'As of'), dated(text('De datum waarop de beschrijving klopt: die van de nieuwste bron met een datum.', 'The date the description holds for: that of the newest dated source.')), (a) => a.as_of),
  column<Actor>('start', actorSchema.shape.start, text('Begin', 'Start'), dated(text('Begin van de organisatie, als een bron het noemt.', 'Start of the organisation, where a source gives it.')), (a) => a.start),
  column<Actor>('end', actorSchema.shape.end, text('Einde', 'End'), dated(text('Einde van de organisatie (opgeheven of opgegaan in een andere).', 'End of the organisation (abolished or merged into another).')), (a) => a.end),
  column<Actor>('merged_into', actorSchema.shape.merged_into, text('Opgegaan in', 'Merged into'), text('Id van de organisatie waarin zij opging (zie actors.csv).', 'Id of the organisation it went into (see actors.csv).'), (a) => a.merged_into),
];

const actorName = actorSchema.shape.name.shape;

/** One end of a relation: its id, then its name in both languages, so a spreadsheet reads without a lookup. */
function endColumns(end: 'from' | 'to', what: Localized): Column<Relation>[] {
  return [
    column<Relation>(`${end}_id`, relationSchema.shape[end], text(`${what.nl}: id`, `${what.en}: id`), text('Id van de organisatie (zie actors.csv).', 'Id of the organisation (see actors.csv).'), (r) => r[end]),
    ...LANGS.map((lang) =>
      column<Relation>(`${end}_name_${lang}`, actorName[lang], text(`${what.nl}: naam (${IN[lang].nl})`, `${what.en}: name (${IN[lang].en})`), text('Naam van de organisatie.', 'Name of the organisation.'), (r, names) => names.get(r[end])?.[lang]),
    ),
  ];
}

export const RELATION_COLUMNS: Column<Relation>[] = [
  idColumn<Relation>(relationSchema.shape.id, text('de relatie', 'relation')),
  ...endColumns('from', text('Van', 'From')),
  ...endColumns('to', text('Naar', 'To')),
  column<Relation>('type', relationSchema.shape.type, text('Soort relatie', 'Kind of relation'), text('Wat "van" doet voor of met "naar".', 'What "from" does to or with "to".'), (r) => r.type),
  column<Relation>('state', relationSchema.shape.state, text('Stand', 'State'), text('Nu, in het voorstel, allebei, of vervalt in het voorstel.', 'Today, in the proposal, both, or ends in the proposal.'), (r) => r.state),
  column<Relation>('basis', relationSchema.shape.basis, text('Basis', 'Basis'), text('Staat zo in een bron (bron), of is onze lezing van de bronnen (interpretatie).', 'Stated by a source (bron), or our reading of the sources (interpretatie).'), (r) => r.basis),
  ...localizedColumns<Relation>('note', relationSchema.shape.note, text('Toelichting', 'Note'), (r) => r.note),
  sourcesColumn<Relation>(relationSchema.shape.sources),
  ...localizedColumns<Relation>('uncertain', relationSchema.shape.uncertain, text('Onzeker', 'Uncertain'), (r) => r.uncertain),
  column<Relation>('as_of', relationSchema.shape.as_of, text('Stand', 'As of'), dated(text('De datum waarop de relatie klopt: die van de nieuwste bron met een datum.', 'The date the relation holds for: that of the newest dated source.')), (r) => r.as_of),
];


export const EVENT_COLUMNS: Column<Event>[] = [
  idColumn<Event>(eventSchema.shape.id, text('de gebeurtenis', 'event')),
  column<Event>('date', eventSchema.shape.date, text('Datum', 'Date'), dated(text('Datum.', 'Date.')), (e) => e.date),
  column<Event>('end', eventSchema.shape.end, text('Einde', 'End'), dated(text('Laatste dag, maand of jaar van een periode.', 'Last day, month or year of a period.')), (e) => e.end),
  column<Event>('kind', eventSchema.shape.kind, text('Soort', 'Kind'), text('Soort gebeurtenis.', 'Kind of event.'), (e) => e.kind),
  column<Event>('lane', eventSchema.shape.lane, text('Baan', 'Lane'), text('Baan op de tijdlijn.', 'Lane on the timeline.'), (e) => e.lane),
  column<Event>('status', eventSchema.shape.status, text('Status', 'Status'), text('Gebeurd of verwacht.', 'Happened (gebeurd) or expected (verwacht).'), (e) => e.status),
  ...localizedColumns<Event>('title', eventSchema.shape.title, text('Titel', 'Title'), (e) => e.title),
  ...localizedColumns<Event>('summary', eventSchema.shape.summary, text('Samenvatting', 'Summary'), (e) => e.summary),
  column<Event>('actors', eventSchema.shape.actors, text('Organisaties: id’s', 'Organisations: ids'), spaced(text('Id’s van de betrokken organisaties (zie actors.csv).', 'Ids of the organisations involved (see actors.csv).')), (e) => e.actors, { delimiter: ID_DELIMITER }),
  ...LANGS.map((lang) =>
    column<Event>(
      `actor_names_${lang}`,
      z.array(actorName[lang]),
      text(`Organisaties: namen (${IN[lang].nl})`, `Organisations: names (${IN[lang].en})`),
      text('Namen van de betrokken organisaties, gescheiden door "; ".', 'Names of the organisations involved, separated by "; ".'),
      (e, names) => e.actors.map((id) => names.get(id)![lang]),
      { delimiter: NAME_DELIMITER },
    ),
  ),
  sourcesColumn<Event>(eventSchema.shape.sources),
  ...localizedColumns<Event>('uncertain', eventSchema.shape.uncertain, text('Onzeker', 'Uncertain'), (e) => e.uncertain),
];

export const SOURCE_COLUMNS: Column<Source>[] = [
  idColumn<Source>(sourceSchema.shape.id, text('de bron', 'source')),
  column<Source>('title', sourceSchema.shape.title, text('Titel', 'Title'), text('Titel van het document, in de eigen taal.', 'Title of the document, in its own language.'), (s) => s.title),
  column<Source>('publisher', sourceSchema.shape.publisher, text('Uitgever', 'Publisher'), text('Wie het document uitgaf.', 'Who published the document.'), (s) => s.publisher),
  column<Source>('date', sourceSchema.shape.date, text('Datum', 'Date'), dated(text('Datum.', 'Date.')), (s) => s.date),
  column<Source>('kind', sourceSchema.shape.kind, text('Soort', 'Kind'), text('Soort document.', 'Kind of document.'), (s) => s.kind),
  column<Source>('number', sourceSchema.shape.number, text('Nummer', 'Number'), text('Bijvoorbeeld het Kamerstuknummer.', 'For example the number of a parliamentary paper.'), (s) => s.number),
  column<Source>('url', sourceSchema.shape.url, text('Adres', 'URL'), text('Waar het document te lezen is.', 'Where the document can be read.'), (s) => s.url),
  ...localizedColumns<Source>('note', sourceSchema.shape.note, text('Toelichting', 'Note'), (s) => s.note),
];

export interface OpenData {
  actors: Actor[];
  relations: Relation[];
  events: Event[];
  sources: Source[];
}

const byId = <T extends { id: string }>(records: readonly T[]) => [...records].sort((a, b) => a.id.localeCompare(b.id));

function cellText(column: ColumnSpec, value: Cell): string | undefined {
  if (typeof value !== 'object' || value === undefined) return value === undefined ? undefined : String(value);
  const delimiter = column.delimiter!;
  // "; " between names: a name with ";" in it would read as two.
  const mark = delimiter.trim() || delimiter;
  const clash = value.find((item) => item.includes(mark));
  if (clash !== undefined) throw new Error(`column ${column.name}: "${clash}" contains the list delimiter "${delimiter}"`);
  return value.join(delimiter);
}

function csvOf<R>(columns: readonly Column<R>[], records: readonly R[], names: ActorNames): string {
  return toCsv(
    columns.map((c) => c.name),
    records.map((record) => columns.map((c) => cellText(c, c.value(record, names)))),
  );
}

export const actorNames = (actors: readonly Actor[]): ActorNames => new Map(actors.map((a) => [a.id, a.name]));

/** The CSV tables, one row per record, ordered by id (events by date, as on the timeline). */
export const TABLES = {
  actors: { columns: ACTOR_COLUMNS, rows: (d: OpenData) => byId(d.actors), primaryKey: ['id'] },
  relations: { columns: RELATION_COLUMNS, rows: (d: OpenData) => byId(d.relations), primaryKey: ['id'] },
  events: { columns: EVENT_COLUMNS, rows: (d: OpenData) => byId(d.events).sort((a, b) => a.date.localeCompare(b.date)), primaryKey: ['id'] },
  sources: { columns: SOURCE_COLUMNS, rows: (d: OpenData) => byId(d.sources), primaryKey: ['id'] },
} as const;
export type TableName = keyof typeof TABLES;
export const TABLE_NAMES = Object.keys(TABLES) as TableName[];

export function tableCsv(name: TableName, data: OpenData): string {
  const table = TABLES[name];
  return csvOf(table.columns as readonly Column<never>[], table.rows(data) as never[], actorNames(data.actors));
}

const FOREIGN_KEYS: Record<TableName, ForeignKey[]> = {
  // A self-reference: Frictionless writes the resource as "" (Table Schema, foreignKeys).
  actors: [{ fields: ['merged_into'], reference: { resource: '', fields: ['id'] } }],
  relations: [
    { fields: ['from_id'], reference: { resource: 'actors', fields: ['id'] } },
    { fields: ['to_id'], reference: { resource: 'actors', fields: ['id'] } },
  ],
  events: [],
  sources: [],
};

export function tableSchemaOf(name: TableName): TableSchema {
  return tableSchema(TABLES[name].columns, { primaryKey: [...TABLES[name].primaryKey], foreignKeys: FOREIGN_KEYS[name] });
}


/** The relations of one organisation, to and from it, with the same columns as relations.csv. */
export const relationsOf = (data: OpenData, actorId: string): Relation[] => byId(data.relations.filter((r) => r.from === actorId || r.to === actorId));

export function organisationRelationsCsv(data: OpenData, actorId: string): string {
  return csvOf(RELATION_COLUMNS, relationsOf(data, actorId), actorNames(data.actors));
}

/** The JSON documents: the records as the site reads them, under a format version that changes only when a shape breaks. */
const nameOnly = actorSchema.pick({ id: true, name: true });
export const JSON_DOCUMENTS = {
  actors: z.strictObject({ version: z.literal(1), actors: z.array(actorSchema) }),
  relations: z.strictObject({ version: z.literal(1), relations: z.array(relationSchema) }),
  events: z.strictObject({ version: z.literal(1), events: z.array(eventSchema) }),
  sources: z.strictObject({ version: z.literal(1), sources: z.array(sourceSchema) }),
  'organisation-relations': z.strictObject({
    version: z.literal(1),
    organisation: actorSchema,
    relations: z.array(relationSchema),
    /** Every organisation these relations name, with its names, so the file reads on its own. */
    actors: z.array(nameOnly),
  }),
} as const;
export type JsonDocumentName = keyof typeof JSON_DOCUMENTS;

export function tableJson(name: TableName, data: OpenData): string {
  const records: readonly { id: string }[] = data[name];
  return `${JSON.stringify({ version: 1, [name]: byId(records) }, null, 2)}\n`;
}

export function organisationRelationsJson(data: OpenData, actorId: string): string {
  const relations = relationsOf(data, actorId);
  const named = new Set(relations.flatMap((r) => [r.from, r.to]));
  const organisation = data.actors.find((a) => a.id === actorId);
  if (!organisation) throw new Error(`no organisation ${actorId}`);
  const actors = byId(data.actors.filter((a) => named.has(a.id))).map(({ id, name }) => ({ id, name }));
  return `${JSON.stringify({ version: 1, organisation, relations, actors }, null, 2)}\n`;
}
