/**
 * Reads, checks and writes the dated states of the data in <content>/versions/data/<YYYY-MM-DD>/ (Node only; what a
 * state is: data-states.ts). A state whose files differ in any byte from what its state.yml recorded at publication
 * fails the build, naming the file.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parse, stringify } from 'yaml';
import type { CheckedData, Problem } from '../../../model/content-check.ts';
import { ContentError } from '../../../model/read-content.ts';
import { recordAsOf } from '../../../model/as-of.ts';
import type { OpenData } from '../../open-data/build/open-data.ts';
import { DATA_STATES_KEY, STATE_MANIFEST, manifestOf, sameData, stateFileProblems, stateFiles, stateRecords, type StateManifest } from './data-states.ts';

export interface FrozenState {
  date: string;
  /** The frozen files by their path below /data/<date>/, as text. */
  files: Record<string, string>;
}

const DATE_FOLDER = /^\d{4}-\d{2}-\d{2}$/;

export const dataStatesDir = (contentDir: string): string => join(contentDir, 'versions', DATA_STATES_KEY);

/** The open data as /data/ publishes it, from checked records: each organisation and relation with its as_of. */
export function openDataOf(data: Pick<CheckedData, 'actors' | 'relations' | 'events' | 'sources'>): OpenData {
  const sourceDate = new Map(data.sources.map((source) => [source.id, source.date]));
  const asOf = (record: { as_of?: string; sources: readonly string[] }) => recordAsOf(record, (id) => sourceDate.get(id)).asOf;
  return {
    actors: data.actors.map((actor) => ({ ...actor, as_of: asOf(actor) })),
    relations: data.relations.map((relation) => ({ ...relation, as_of: asOf(relation) })),
    events: data.events,
    sources: data.sources,
  };
}

function filesBelow(dir: string, prefix = ''): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => (statSync(join(dir, name)).isDirectory() ? filesBelow(join(dir, name), `${prefix}${name}/`) : [`${prefix}${name}`]));
}

/** Every published data state, oldest first, with the problems found. */
export function readDataStates(contentDir: string, root = contentDir): { states: FrozenState[]; problems: Problem[] } {
  const base = dataStatesDir(contentDir);
  const states: FrozenState[] = [];
  const problems: Problem[] = [];
  if (!existsSync(base)) return { states, problems };
  const display = (path: string) => relative(root, path) || path;
  for (const date of readdirSync(base).sort()) {
    const dir = join(base, date);
    if (!DATE_FOLDER.test(date) || !statSync(dir).isDirectory()) {
      problems.push({ file: display(dir), message: 'a data state folder is named by its date, YYYY-MM-DD' });
      continue;
    }
    const record = `data state ${date}`;
    const manifestFile = join(dir, STATE_MANIFEST);
    if (!existsSync(manifestFile)) {
      problems.push({ file: display(manifestFile), record, message: `a data state needs its ${STATE_MANIFEST} (publish states with npm run publish-version -- data)` });
      continue;
    }
    const manifest = parse(readFileSync(manifestFile, 'utf8')) as StateManifest;
    if (manifest?.date !== date) {
      problems.push({ file: display(manifestFile), record, field: 'date', message: `is ${manifest?.date} but the folder is dated ${date}` });
      continue;
    }
    const present = filesBelow(dir).filter((path) => path !== STATE_MANIFEST);
    const read = (path: string) => (existsSync(join(dir, path)) ? readFileSync(join(dir, path)) : undefined);
    const found = stateFileProblems(manifest, read, present);
    problems.push(...found.map(({ path, message }) => ({ file: display(join(dir, path)), record, message })));
    if (found.length) continue;
    const files = Object.fromEntries(Object.keys(manifest.files).map((path) => [path, readFileSync(join(dir, path), 'utf8')]));
    try {
      stateRecords(files);
    } catch (error) {
      problems.push({ file: display(dir), record, message: `its JSON files do not read as records: ${(error as Error).message.split('\n')[0]}` });
      continue;
    }
    states.push({ date, files });
  }
  return { states, problems };
}

export function loadCheckedDataStates(contentDir: string, root?: string): FrozenState[] {
  const { states, problems } = readDataStates(contentDir, root);
  if (problems.length) throw new ContentError(problems);
  return states;
}

/** Freezes the data as it is now into a new state folder dated `date`; refuses when that day's state exists. */
export function writeDataState(contentDir: string, data: OpenData, date: string): { ok: boolean; folder: string; message: string } {
  const folder = join(dataStatesDir(contentDir), date);
  if (existsSync(folder)) return { ok: false, folder, message: `The data state of ${date} is published already (${folder}); a state never changes.` };
  const files = stateFiles(data, date);
  const latest = readDataStates(contentDir).states.at(-1);
  if (latest && sameData(files, latest.files)) {
    return { ok: false, folder, message: `The data is the same as in the state of ${latest.date}: there is nothing new to publish.` };
  }
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(folder, path)), { recursive: true });
    writeFileSync(join(folder, path), text);
  }
  const header = `# The state of the data of ${date}, written by npm run publish-version -- data. Never edit it or its files: their URLs promise them.\n`;
  writeFileSync(join(folder, STATE_MANIFEST), header + stringify(manifestOf(date, files), { lineWidth: 0 }));
  return { ok: true, folder, message: `Published the state of the data of ${date} (${Object.keys(files).length} files).` };
}
