// The site's own content: passes every check and holds what the explanation needs.
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/model/read-content.ts';
import { formatProblem } from '../../src/model/content-check.ts';

const { data, pages, problems } = readContent('content', process.cwd());

describe('the content of the site', () => {
  it('has no problems', () => {
    expect(problems.map(formatProblem)).toEqual([]);
  });

  it('has enough records for the diagrams, the glossary and the sources', () => {
    expect(data.actors.length).toBeGreaterThanOrEqual(35);
    expect(data.relations.length).toBeGreaterThanOrEqual(60);
    expect(data.events.length).toBeGreaterThanOrEqual(50);
    expect(data.terms.length).toBeGreaterThanOrEqual(20);
    expect(data.sources.length).toBeGreaterThanOrEqual(50);
  });

  it('has every page in Dutch and English', () => {
    const keys = (lang: string) => pages.filter((p) => p.lang === lang).map((p) => p.key).sort();
    expect(keys('nl')).toEqual(keys('en'));
    for (const key of ['home', 'advies', 'uitleg', 'vergelijking', 'stand-van-zaken', 'europees-kader', 'cijfers', 'begrippen', 'bronnen', 'veelgestelde-vragen', 'over', 'toegankelijkheid', 'privacy', 'colofon', 'zoeken']) {
      expect(keys('nl')).toContain(key);
    }
  });

  it('uses the same permanent anchors in both languages of a page', () => {
    const anchors = (body: string) => [...body.matchAll(/\{#([a-z0-9-]+)\}\s*$/gm)].map((m) => m[1]);
    for (const page of pages.filter((p) => p.lang === 'nl')) {
      const en = pages.find((p) => p.lang === 'en' && p.key === page.key)!;
      expect(anchors(en.body), page.key).toEqual(anchors(page.body));
    }
  });

  it('has both views in the org chart: proposed elements each cite a source', () => {
    const proposed = data.relations.filter((r) => r.state === 'voorgesteld');
    expect(proposed.length).toBeGreaterThan(0);
    expect(proposed.every((r) => r.sources.length > 0)).toBe(true);
    expect(data.actors.some((a) => !a.in_views.includes('huidig'))).toBe(true);
  });

  it('marks a fact the sources leave open, and keeps periods and expected events', () => {
    expect(data.events.some((e) => e.uncertain)).toBe(true);
    expect(data.events.some((e) => e.end)).toBe(true);
    expect(data.events.some((e) => e.status === 'verwacht')).toBe(true);
    expect(new Set(data.events.map((e) => e.date.length))).toEqual(new Set([4, 7, 10]));
  });
});
