// Claims about the present carry their date, old ones are listed for re-checking, ended organisations leave the chart,
// and the site's version is the date of its newest content change, whatever the day of the build.
import { describe, expect, it } from 'vitest';
import { formatStaleClaims, isStale, newestDate, recordAsOf, staleClaims, type Claim } from './as-of.ts';
import { siteVersion } from './site-version.ts';
import { chartRecords } from '../features/orgchart/views.ts';
import { datedSentenceProblem } from './content-check.ts';
import { readContent } from './read-content.ts';
import { endedSentence } from '../features/orgchart/build/text.ts';
import { buildDate } from './build-date.ts';
import { addYears } from './dates.ts';

describe('the date a record holds for', () => {
  const dates = new Map([
    ['brief', '2025-09-05'],
    ['rapport', '2024'],
    ['maand', '2025-09'],
    ['website', undefined],
  ]);
  const sourceDate = (id: string) => dates.get(id);

  it('is the newest dated source, the more precise of two that start together', () => {
    expect(newestDate(['2024', '2025-09-05', undefined, '2023-12'])).toBe('2025-09-05');
    expect(newestDate(['2025-09', '2025-09-01'])).toBe('2025-09-01');
    expect(newestDate([undefined])).toBeUndefined();
    expect(recordAsOf({ sources: ['rapport', 'brief', 'website'] }, sourceDate)).toEqual({ asOf: '2025-09-05', basis: 'source' });
  });

  it('is the record’s own as_of where it gives one, and unknown when no source is dated', () => {
    expect(recordAsOf({ as_of: '2026-02', sources: ['brief'] }, sourceDate)).toEqual({ asOf: '2026-02', basis: 'as_of' });
    expect(recordAsOf({ sources: ['website'] }, sourceDate)).toEqual({ basis: 'none' });
  });
});

describe('claims that grow old', () => {
  it('are stale once their whole period lies more than a year before the build date', () => {
    expect(isStale('2025-09', '2026-12-05')).toBe(true);
    expect(isStale('2025-12', '2026-12-05')).toBe(false);
    expect(isStale('2025-12-05', '2026-12-05')).toBe(false);
    expect(isStale('2025-12-04', '2026-12-05')).toBe(true);
    expect(isStale('2024', '2026-12-05')).toBe(true);
    expect(isStale('2025', '2026-12-05')).toBe(false);
    expect(isStale('2026', '2026-12-05')).toBe(false);
  });

  const claims: Claim[] = [
    { file: 'data/actors/a.yml', line: 9, record: 'actor "b"', field: 'role_now', asOf: '2025-09-05', basis: 'source' },
    { file: 'data/actors/a.yml', line: 1, record: 'actor "a"', field: 'role_now', asOf: '2019', basis: 'source' },
    { file: 'data/actors/a.yml', line: 20, record: 'actor "c"', field: 'role_now', basis: 'none' },
    { file: 'pages/nl/x.mdx', line: 4, record: 'page "x"', field: '<Stand>', asOf: '2026-11', basis: 'sentence', text: 'De Taskforce…' },
  ];

  it('are listed with file, line, record and field, grouped by file, oldest first', () => {
    expect(staleClaims(claims, '2026-12-05').map((c) => c.record)).toEqual(['actor "b"', 'actor "a"', 'actor "c"']);
    const lines = formatStaleClaims(claims, '2026-12-05');
    expect(lines[0]).toMatch(/^3 claim\(s\) about the present are more than 12 months old on 2026-12-05/);
    expect(lines.slice(1)).toEqual([
      '  data/actors/a.yml (3)',
      '    data/actors/a.yml:20 › actor "c" › field "role_now": no dated source: give the record an as_of',
      '    data/actors/a.yml:1 › actor "a" › field "role_now": as of 2019 (newest source)',
      '    data/actors/a.yml:9 › actor "b" › field "role_now": as of 2025-09-05 (newest source)',
    ]);
  });

  it('are all listed two years ahead, and none when nothing is old', () => {
    expect(staleClaims(claims, '2028-02-29')).toHaveLength(4);
    expect(formatStaleClaims(claims.slice(3), '2026-12-05')).toEqual([]);
  });

  it('in a page need a real date that is not after the build date', () => {
    expect(datedSentenceProblem('2025-09', '2026-12-05')).toBeUndefined();
    expect(datedSentenceProblem('2026-12', '2026-12-05')).toBeUndefined();
    expect(datedSentenceProblem('2027', '2026-12-05')).toMatch(/lies after the build date/);
    expect(datedSentenceProblem('2025-02-30', '2026-12-05')).toMatch(/must be a real date/);
    expect(datedSentenceProblem(undefined, '2026-12-05')).toMatch(/give the date/);
  });

  it('are collected from records and <Stand> sentences of the content', () => {
    const { claims: found, problems } = readContent('tests/fixtures/valid', 'tests/fixtures/valid', { today: '2026-11-29' });
    expect(problems).toEqual([]);
    // The ended Dienst Z is history, not a claim; its relation gives its own as_of.
    expect(found.map((c) => `${c.record} ${c.field} ${c.asOf ?? '-'} ${c.basis}`)).toEqual([
      'actor "ministerie-x" role_now 2025-09-05 source',
      'actor "dienst-y" role_now 2025-09-05 source',
      'relation "x-stuurt-y" state 2025-09-05 source',
      'relation "x-stuurt-z" state 2025-01 as_of',
      'page "home" <Stand> 2025-09 sentence',
      'page "home" <Stand> 2025-09 sentence',
    ]);
  });

  it('of the real content are all listed by a build two years ahead', () => {
    const ahead = addYears(buildDate(), 2);
    const { claims: found } = readContent('content', '.', { today: buildDate() });
    expect(found.length).toBeGreaterThan(50);
    expect(staleClaims(found, ahead)).toHaveLength(found.length);
  });
});

describe('an organisation that ended', () => {
  const actors = [
    { id: 'jenv', end: undefined, name: { nl: 'Ministerie van JenV', en: 'Ministry of JenV' } },
    { id: 'aenm', end: '2026-02-23', merged_into: 'jenv', name: { nl: 'Ministerie van AenM', en: 'Ministry of AenM' } },
    { id: 'politie', end: undefined, name: { nl: 'Politie', en: 'Police' } },
  ];
  const relations = [
    { id: 'a', from: 'aenm', to: 'jenv' },
    { id: 'b', from: 'jenv', to: 'politie' },
  ];

  it('leaves the chart with its relations, and is listed as ended', () => {
    const chart = chartRecords(actors, relations);
    expect(chart.actors.map((a) => a.id)).toEqual(['jenv', 'politie']);
    expect(chart.relations.map((r) => r.id)).toEqual(['b']);
    expect(chart.ended.map((a) => a.id)).toEqual(['aenm']);
  });

  it('says when it ended and what it went into', () => {
    const name = (id: string) => actors.find((a) => a.id === id)!.name.nl;
    expect(endedSentence(actors[1], 'nl', name)).toBe('Opgeheven op 23 februari 2026, opgegaan in Ministerie van JenV.');
    expect(endedSentence({ end: '2026-02' }, 'en', name)).toBe('Ended in February 2026.');
    expect(endedSentence(actors[0], 'nl', name)).toBeUndefined();
  });
});

describe('the site’s version', () => {
  it('is the newest page or recorded change, not the day of the build', () => {
    expect(siteVersion([{ updated: '2026-11-29' }, { updated: '2026-12-01' }], [{ date: '2026-12-05' }])).toBe('2026-12-05');
    expect(siteVersion([{ updated: '2026-12-07' }], [{ date: '2026-12-05' }])).toBe('2026-12-07');
    expect(() => siteVersion([], [])).toThrow(/no version date/);
  });
});
