// Dated states of the data: what a state freezes, the check that fails when a frozen file changes, and the
// comparison of two states.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { actorSchema, eventSchema, relationSchema, sourceSchema } from '../../../model/schemas.ts';
import type { OpenData } from '../../open-data/build/open-data.ts';
import { actorPageDates, actorPageOn, changedActorPages, compareStates, isUnchanged, manifestOf, sameData, stateFileProblems, stateFiles, stateRecords } from './data-states.ts';
import { readDataStates, writeDataState } from './read-data-states.ts';
import { actorStateUrl, actorUrl, currentPageOf } from '../../../routes/routes.ts';

const text = (nl: string, en = nl) => ({ nl, en });
const actor = (id: string, extra: object = {}) =>
  actorSchema.parse({ id, name: text(`Naam ${id}`, `Name ${id}`), kind: 'ministerie', level: 'nationaal', domains: ['beleid'], summary: text('S'), role_now: text('R'), sources: ['bron'], ...extra });
const relation = (id: string, from: string, to: string, extra: object = {}) =>
  relationSchema.parse({ id, from, to, type: 'meldt-aan', state: 'beide', sources: ['bron'], basis: 'bron', ...extra });

const data: OpenData = {
  actors: [actor('a'), actor('b'), actor('c')],
  relations: [relation('a-b', 'a', 'b'), relation('b-c', 'b', 'c')],
  events: [eventSchema.parse({ id: 'e', date: '2026-02-23', kind: 'besluit', lane: 'kabinet', status: 'gebeurd', title: text('E'), summary: text('S'), sources: ['bron'] })],
  sources: [sourceSchema.parse({ id: 'bron', title: 'Brief', publisher: 'Ministerie', kind: 'brief', date: '2026-02' })],
};

describe('the files of a state', () => {
  const files = stateFiles(data, '2026-12-06');

  it('are the four tables as CSV and JSON, their JSON Schemas and a data package, and name no origin', () => {
    expect(Object.keys(files)).toEqual(
      expect.arrayContaining(['actors.csv', 'actors.json', 'relations.csv', 'events.json', 'sources.csv', 'schemas/actors.schema.json', 'datapackage.json']),
    );
    expect(Object.keys(files).some((path) => path.endsWith('.ics'))).toBe(false);
    const descriptor = JSON.parse(files['datapackage.json']);
    expect(descriptor.version).toBe('2026-12-06');
    expect(descriptor.homepage).toBeUndefined();
    expect(JSON.parse(files['schemas/actors.schema.json']).$id).toBeUndefined();
    // Every file the package lists is frozen with it.
    for (const resource of descriptor.resources) expect(files[resource.path]).toBeDefined();
  });

  it('read back as the records they were made from', () => {
    const records = stateRecords(files);
    expect(records.actors.map((record) => record.id)).toEqual(['a', 'b', 'c']);
    expect(records.relations).toEqual(data.relations);
    expect(sameData(files, stateFiles(stateRecords(files), '2027-01-01'))).toBe(true);
  });
});

describe('the check of a published state', () => {
  const files = stateFiles(data, '2026-12-06');
  const manifest = manifestOf('2026-12-06', files);
  const bytes = (changed: Record<string, string> = {}) => (path: string) => {
    const content = { ...files, ...changed }[path];
    return content === undefined ? undefined : Buffer.from(content, 'utf8');
  };

  it('passes the files as frozen', () => {
    expect(stateFileProblems(manifest, bytes(), Object.keys(files))).toEqual([]);
  });

  it('names a file that changed by one character, one that is missing and one that was added', () => {
    const edited = { 'actors.csv': files['actors.csv'].replace('Naam a', 'Naam A') };
    expect(stateFileProblems(manifest, bytes(edited), Object.keys(files))).toEqual([{ path: 'actors.csv', message: expect.stringContaining('changed after publication') }]);
    const { 'events.csv': _missing, ...rest } = files;
    expect(stateFileProblems(manifest, (path) => (path in rest ? Buffer.from(rest[path as keyof typeof rest]) : undefined), Object.keys(rest))).toEqual([
      { path: 'events.csv', message: expect.stringContaining('missing') },
    ]);
    expect(stateFileProblems(manifest, bytes(), [...Object.keys(files), 'extra.csv'])).toEqual([{ path: 'extra.csv', message: expect.stringContaining('not listed') }]);
  });

  it('in a content folder: writes a state, refuses the same data again, and reports a frozen file edited afterwards by its path', () => {
    const content = mkdtempSync(join(tmpdir(), 'data-states-'));
    expect(writeDataState(content, data, '2026-12-06').ok).toBe(true);
    expect(readDataStates(content, content)).toEqual({ states: [{ date: '2026-12-06', files }], problems: [] });
    expect(writeDataState(content, data, '2026-12-06').message).toContain('published already');
    expect(writeDataState(content, data, '2026-12-07').message).toContain('the same as in the state of 2026-12-06');

    const file = join(content, 'versions', 'data', '2026-12-06', 'relations.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace('"b-c"', '"b-d"'));
    const { states, problems } = readDataStates(content, content);
    expect(states).toEqual([]);
    expect(problems).toEqual([{ file: 'versions/data/2026-12-06/relations.json', record: 'data state 2026-12-06', message: expect.stringContaining('changed after publication') }]);
  });
});

describe('the comparison of two states', () => {
  const before = stateRecords(stateFiles(data, '2026-12-06'));

  it('finds nothing between equal states', () => {
    expect(isUnchanged(compareStates(before, before))).toBe(true);
  });

  it('lists organisations added, ended and changed (by column), and relations added, removed and changed', () => {
    const after = stateRecords(
      stateFiles(
        {
          ...data,
          actors: [actor('a', { end: '2026-02-23' }), actor('b', { name: text('Nieuwe naam', 'Name b') }), actor('c'), actor('d')],
          relations: [relation('b-c', 'b', 'c', { state: 'huidig' }), relation('c-d', 'c', 'd')],
        },
        '2027-01-01',
      ),
    );
    const comparison = compareStates(before, after);
    expect(comparison.actors.added.map((record) => record.id)).toEqual(['d']);
    expect(comparison.actors.ended.map((change) => change.after.id)).toEqual(['a']);
    expect(comparison.actors.removed).toEqual([]);
    // A renamed organisation changes its relations' name columns too.
    expect(comparison.actors.changed.map((change) => [change.after.id, change.columns])).toEqual([['b', ['name_nl']]]);
    expect(comparison.relations.added.map((record) => record.id)).toEqual(['c-d']);
    expect(comparison.relations.removed.map((record) => record.id)).toEqual(['a-b']);
    expect(comparison.relations.changed.map((change) => [change.after.id, change.columns])).toEqual([['b-c', ['from_name_nl', 'state']]]);
    expect(isUnchanged(comparison)).toBe(false);
  });
});

describe('the organisation pages a state gives a dated page of', () => {
  const first = stateRecords(stateFiles(data, '2026-12-06'));
  const later = (changes: Partial<OpenData>) => stateRecords(stateFiles({ ...data, ...changes }, '2027-01-01'));

  it('are every organisation in the first state', () => {
    expect(changedActorPages(undefined, first)).toEqual(['a', 'b', 'c']);
  });

  it('are none when nothing changed', () => {
    expect(changedActorPages(first, later({}))).toEqual([]);
  });

  it('are a new organisation, and one whose record changed or ended', () => {
    expect(changedActorPages(first, later({ actors: [...data.actors, actor('d')] }))).toEqual(['d']);
    expect(changedActorPages(first, later({ actors: [actor('a', { summary: text('Nieuw') }), actor('b'), actor('c')] }))).toEqual(['a']);
    expect(changedActorPages(first, later({ actors: [actor('a'), actor('b'), actor('c', { end: '2026-11' })] }))).toEqual(['b', 'c']);
  });

  it('are both ends of a relation added, removed or changed', () => {
    expect(changedActorPages(first, later({ relations: [...data.relations, relation('a-c', 'a', 'c')] }))).toEqual(['a', 'c']);
    expect(changedActorPages(first, later({ relations: [relation('a-b', 'a', 'b')] }))).toEqual(['b', 'c']);
    expect(changedActorPages(first, later({ relations: [relation('a-b', 'a', 'b', { state: 'huidig' }), relation('b-c', 'b', 'c')] }))).toEqual(['a', 'b']);
  });

  it('are those that show a related organisation whose name changed, not those that do not show it', () => {
    expect(changedActorPages(first, later({ actors: [actor('a', { name: text('Ander', 'Other') }), actor('b'), actor('c')] }))).toEqual(['a', 'b']);
    // Its summary is not on the pages of the others.
    expect(changedActorPages(first, later({ actors: [actor('a'), actor('b'), actor('c', { summary: text('Nieuw') })] }))).toEqual(['c']);
  });

  it('are those citing a source that changed', () => {
    expect(changedActorPages(first, later({ sources: [sourceSchema.parse({ id: 'bron', title: 'Brief', publisher: 'Ministerie', kind: 'brief', date: '2026-03' })] }))).toEqual(['a', 'b', 'c']);
  });

  it('keep their dates, and a page of a state is the newest at or before it; a removed organisation keeps its pages', () => {
    const third = later({ actors: [actor('a'), actor('b', { summary: text('Nieuw') })], relations: [] });
    const dates = actorPageDates([
      { date: '2027-02-01', records: third },
      { date: '2026-12-06', records: first },
      { date: '2027-01-01', records: later({}) },
    ]);
    expect(Object.fromEntries(dates)).toEqual({ a: ['2026-12-06', '2027-02-01'], b: ['2026-12-06', '2027-02-01'], c: ['2026-12-06'] });
    expect(actorPageOn(dates, 'a', '2027-01-01')).toBe('2026-12-06');
    expect(actorPageOn(dates, 'a', '2027-02-01')).toBe('2027-02-01');
    expect(actorPageOn(dates, 'a', '2026-01-01')).toBeUndefined();
  });

  it('live below the page of the organisation, which their URL leads back to', () => {
    expect(actorStateUrl('nl', 'a', '2026-12-06')).toBe('/organisaties/a/versies/2026-12-06/');
    expect(actorStateUrl('en', 'a', '2026-12-06')).toBe('/en/organisations/a/versions/2026-12-06/');
    expect(currentPageOf(actorStateUrl('en', 'a', '2026-12-06'))).toBe(actorUrl('en', 'a'));
  });
});
