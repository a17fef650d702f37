import { describe, expect, it } from 'vitest';
import { previousVersion, recordsShown } from './versions.ts';
import { comparisonUrl, currentPageOf, versionUrl } from '../../../routes/routes.ts';
import { readContent } from '../../../model/read-content.ts';

describe('versions', () => {
  it('have permanent URLs under the page, in both languages, also for the home page', () => {
    expect(versionUrl('nl', 'uitleg', '2026-11-29')).toBe('/uitleg/versies/2026-11-29/');
    expect(versionUrl('en', 'explanation', '2026-11-29')).toBe('/en/explanation/versions/2026-11-29/');
    expect(versionUrl('nl', '', '2026-11-29')).toBe('/versies/2026-11-29/');
    expect(comparisonUrl('nl', 'uitleg', '2026-11-29')).toBe('/uitleg/versies/2026-11-29/wat-is-er-veranderd/');
    expect(comparisonUrl('en', 'explanation', '2026-11-29')).toBe('/en/explanation/versions/2026-11-29/what-changed/');
    expect(previousVersion([{ date: '2026-11-29' }, { date: '2027-01-05' }], '2027-01-05')?.date).toBe('2026-11-29');
    expect(previousVersion([{ date: '2026-11-29' }], '2026-11-29')).toBeUndefined();
    expect(currentPageOf('/uitleg/versies/2026-11-29/')).toBe('/uitleg/');
    expect(currentPageOf('/en/explanation/versions/2026-11-29/what-changed/')).toBe('/en/explanation/');
    expect(currentPageOf('/versies/2026-11-29/')).toBe('/');
    expect(currentPageOf('/uitleg/')).toBeUndefined();
  });

  it('freeze the records a page names, the collections its lists show, and what those name in turn', () => {
    const { data } = readContent('tests/fixtures/valid');
    const frozen = recordsShown(['<Begrip id="regie">x</Begrip> <Organisatie id="dienst-y" />'], data);
    expect(frozen.terms.map((term) => term.id)).toContain('regie');
    expect(frozen.actors.map((actor) => actor.id)).toEqual(['dienst-y']);
    expect(frozen.sources.map((source) => source.id)).toEqual(expect.arrayContaining(['bron-a', 'bron-b']));
    expect(frozen.figures).toEqual([]);
    expect(recordsShown(['<Slachtoffercijfers />'], data).figures.length).toBe(data.figures.length);
  });

  it('leave out what no page shows: the grammatical number of a name does not make another page', () => {
    const { data } = readContent('tests/fixtures/valid');
    const body = ['<Organisatie id="dienst-y" />'];
    const plural = { ...data, actors: data.actors.map((actor) => ({ ...actor, plural: ['nl' as const] })) };
    expect(recordsShown(body, plural)).toEqual(recordsShown(body, data));
    expect(recordsShown(body, plural).actors[0]).not.toHaveProperty('plural');
    const renamed = { ...data, actors: data.actors.map((actor) => ({ ...actor, name: { nl: 'Andere naam', en: 'Other name' } })) };
    expect(recordsShown(body, renamed)).not.toEqual(recordsShown(body, data));
  });
});
