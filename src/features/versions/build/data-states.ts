/**
 * Dated states of the data: the organisations, relations, events and sources as /data/ published them on a day, so
 * that the org chart, the timeline and the downloads a letter cited can still be read as they were. A state lives
 * beside the versions of the explanation pages, in content/versions/data/<YYYY-MM-DD>/: the files of /data/ byte for
 * byte (CSV, JSON, their JSON Schemas and datapackage.json) and state.yml with each file's size and SHA-256. The pages
 * of a state are rendered from its JSON files with today's components; the files are served as they are.
 * Pure: records in, texts, manifests, problems and comparisons out; reading and writing is in read-data-states.ts
 * and scripts/publish-version.ts.
 */
import { createHash } from 'node:crypto';
import type { Actor, Event, Relation, Source } from '../../../model/schemas.ts';
import { JSON_DOCUMENTS, TABLE_NAMES, TABLES, actorNames, tableCsv, tableJson, type OpenData, type TableName } from '../../open-data/build/open-data.ts';
import { dataPackage, jsonSchemaOf } from '../../open-data/build/data-package.ts';

/** The folder of the data states inside content/versions/, beside the page keys (no page has this key). */
export const DATA_STATES_KEY = 'data';
/** Each state's record of its files. */
export const STATE_MANIFEST = 'state.yml';

export interface StateFile {
  bytes: number;
  sha256: string;
}

export interface StateManifest {
  date: string;
  /** Every frozen file by its path below /data/<date>/. */
  files: Record<string, StateFile>;
}

/** The tables a state freezes, and the files of each. */
export const tableFiles = (name: TableName): string[] => [`${name}.csv`, `${name}.json`];
export const TABLE_FILES: readonly string[] = TABLE_NAMES.flatMap(tableFiles);
const schemaFile = (name: TableName) => `schemas/${name}.schema.json`;

/**
 * The files of a state of `data` on `date`: what /data/ publishes for the four tables, with their JSON Schemas and a
 * data package that lists them. None names the site's origin (a preview build must not freeze a placeholder into a
 * file that never changes): paths are relative, the package has no homepage and the schemas no $id.
 * The calendars of expected events are left out: they are for subscribing to what comes, not for citing.
 */
export function stateFiles(data: OpenData, date: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of TABLE_NAMES) {
    files[`${name}.csv`] = tableCsv(name, data);
    files[`${name}.json`] = tableJson(name, data);
  }
  for (const name of TABLE_NAMES) files[schemaFile(name)] = `${JSON.stringify(jsonSchemaOf(name), null, 2)}\n`;
  const descriptor = dataPackage({ version: date, sources: data.sources, files, calendars: [] });
  files['datapackage.json'] = `${JSON.stringify(descriptor, null, 2)}\n`;
  return Object.fromEntries(Object.entries(files).sort(([a], [b]) => a.localeCompare(b)));
}

export function sha256(text: string | Uint8Array): string {
  return createHash('sha256').update(text).digest('hex');
}

export function manifestOf(date: string, files: Readonly<Record<string, string>>): StateManifest {
  return {
    date,
    files: Object.fromEntries(Object.entries(files).map(([path, text]) => [path, { bytes: Buffer.byteLength(text, 'utf8'), sha256: sha256(text) }])),
  };
}

/**
 * What is wrong with a state's files against its manifest: each message names the file. `read` gives a file's bytes
 * by its path below the state's folder, or undefined when it is missing; `present` lists the files in the folder.
 */
export function stateFileProblems(manifest: StateManifest, read: (path: string) => Uint8Array | undefined, present: readonly string[]): { path: string; message: string }[] {
  const problems: { path: string; message: string }[] = [];
  for (const name of TABLE_NAMES) {
    for (const path of tableFiles(name)) if (!manifest.files[path]) problems.push({ path, message: `a data state freezes ${path}, but ${STATE_MANIFEST} does not list it` });
  }
  for (const [path, recorded] of Object.entries(manifest.files)) {
    const bytes = read(path);
    if (!bytes) problems.push({ path, message: 'is missing: a published data state never loses a file' });
    else if (bytes.length !== recorded.bytes || sha256(bytes) !== recorded.sha256) {
      problems.push({ path, message: `changed after publication (its SHA-256 is not the one ${STATE_MANIFEST} recorded): a data state never changes; restore the file, and publish a new state for new data` });
    }
  }
  for (const path of present) if (!manifest.files[path]) problems.push({ path, message: `is not listed in ${STATE_MANIFEST}: a published data state never gains a file` });
  return problems;
}

export interface StateRecords {
  actors: Actor[];
  relations: Relation[];
  events: Event[];
  sources: Source[];
}

/** The records of a state, read from its JSON files (checked against the JSON documents' schemas). */
export function stateRecords(files: Readonly<Record<string, string>>): StateRecords {
  const read = <N extends TableName>(name: N) => {
    const parsed = JSON_DOCUMENTS[name].parse(JSON.parse(files[`${name}.json`])) as Record<N, unknown>;
    return parsed[name];
  };
  return { actors: read('actors') as Actor[], relations: read('relations') as Relation[], events: read('events') as Event[], sources: read('sources') as Source[] };
}

/** Whether two sets of files hold the same data (the four tables; the package and schemas follow from them). */
export function sameData(a: Readonly<Record<string, string>>, b: Readonly<Record<string, string>>): boolean {
  return TABLE_FILES.every((path) => a[path] !== undefined && a[path] === b[path]);
}

export interface RecordChange<R> {
  before: R;
  after: R;
  /** The published columns (of the CSV file) whose value differs, in column order. */
  columns: string[];
}

export interface TableComparison<R> {
  added: R[];
  removed: R[];
  changed: RecordChange<R>[];
}

export interface StateComparison {
  /** Organisations: `ended` are those with an end date that the earlier state did not give; they are not in `changed`. */
  actors: TableComparison<Actor> & { ended: RecordChange<Actor>[] };
  relations: TableComparison<Relation>;
  events: TableComparison<Event>;
}

function compareTable<N extends 'actors' | 'relations' | 'events'>(name: N, before: StateRecords, after: StateRecords): TableComparison<StateRecords[N][number]> {
  type R = StateRecords[N][number];
  const columns = TABLES[name].columns as unknown as readonly { name: string; value: (record: R, names: ReturnType<typeof actorNames>) => unknown }[];
  const namesBefore = actorNames(before.actors);
  const namesAfter = actorNames(after.actors);
  const old = new Map((before[name] as R[]).map((record) => [record.id, record]));
  const now = new Map((after[name] as R[]).map((record) => [record.id, record]));
  const changed: RecordChange<R>[] = [];
  for (const [id, record] of now) {
    const earlier = old.get(id);
    if (!earlier) continue;
    const differing = columns.filter((column) => JSON.stringify(column.value(earlier, namesBefore)) !== JSON.stringify(column.value(record, namesAfter))).map((column) => column.name);
    if (differing.length) changed.push({ before: earlier, after: record, columns: differing });
  }
  const byId = (a: R, b: R) => a.id.localeCompare(b.id);
  return {
    added: [...now.values()].filter((record) => !old.has(record.id)).sort(byId),
    removed: [...old.values()].filter((record) => !now.has(record.id)).sort(byId),
    changed: changed.sort((a, b) => byId(a.after, b.after)),
  };
}

/** What changed from one state to a later one: organisations added, ended or changed; relations and events added, removed or changed. */
export function compareStates(before: StateRecords, after: StateRecords): StateComparison {
  const actors = compareTable('actors', before, after);
  const ends = (change: RecordChange<Actor>) => Boolean(change.after.end) && change.before.end !== change.after.end;
  return {
    actors: { ...actors, ended: actors.changed.filter(ends), changed: actors.changed.filter((change) => !ends(change)) },
    relations: compareTable('relations', before, after),
    events: compareTable('events', before, after),
  };
}

/** Whether a comparison found nothing. */
export function isUnchanged(comparison: StateComparison): boolean {
  return Object.values(comparison).every((table) => Object.values(table).every((list) => (list as unknown[]).length === 0));
}

/** A value as JSON with its object keys sorted, so that two records with the same fields compare equal. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner) ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => a.localeCompare(b))) : inner,
  );
}

/**
 * What the page of an organisation shows of the records, as comparable text; undefined when the records do not hold
 * it. The page shows its record, its relations (from and to it), of each related organisation (and the one it merged
 * into) the name, plurality and end, and the sources all of these cite.
 */
export function actorPageView(id: string, records: StateRecords): string | undefined {
  const actors = new Map(records.actors.map((actor) => [actor.id, actor]));
  const actor = actors.get(id);
  if (!actor) return undefined;
  const relations = records.relations.filter((relation) => relation.from === id || relation.to === id).sort((a, b) => a.id.localeCompare(b.id));
  const relatedIds = [...new Set([...relations.flatMap((relation) => [relation.from, relation.to]), ...(actor.merged_into ? [actor.merged_into] : [])])].filter((other) => other !== id).sort();
  const shown = (other: string) => {
    const related = actors.get(other);
    return related && { id: other, name: related.name, plural: related.plural, end: related.end, merged_into: related.merged_into && actors.get(related.merged_into)?.name };
  };
  const cited = new Set([...actor.sources, ...relations.flatMap((relation) => relation.sources)]);
  const sources = records.sources.filter((source) => cited.has(source.id)).sort((a, b) => a.id.localeCompare(b.id));
  return canonicalJson({ actor, relations, related: relatedIds.map(shown), sources });
}

/**
 * The organisations whose page a state gives a dated page of, by id: in the first state (no `before`) every one; in a
 * later state those that are new or whose page shows something else than in the state before (actorPageView).
 */
export function changedActorPages(before: StateRecords | undefined, after: StateRecords): string[] {
  return after.actors
    .map((actor) => actor.id)
    .filter((id) => !before || actorPageView(id, before) !== actorPageView(id, after))
    .sort();
}

/** The dates of each organisation's dated pages, oldest first, from the states in any order. Pages are never removed. */
export function actorPageDates(states: readonly { date: string; records: StateRecords }[]): Map<string, string[]> {
  const oldestFirst = [...states].sort((a, b) => a.date.localeCompare(b.date));
  const dates = new Map<string, string[]>();
  oldestFirst.forEach((state, index) => {
    for (const id of changedActorPages(oldestFirst[index - 1]?.records, state.records)) dates.set(id, [...(dates.get(id) ?? []), state.date]);
  });
  return dates;
}

/** The date of the dated page that shows an organisation as in the state of `date`: its newest at or before it. */
export function actorPageOn(dates: ReadonlyMap<string, readonly string[]>, id: string, date: string): string | undefined {
  return dates.get(id)?.filter((candidate) => candidate <= date).at(-1);
}
