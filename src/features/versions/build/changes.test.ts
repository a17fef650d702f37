import { describe, expect, it } from 'vitest';
import { atomFeed } from './atom.ts';
import { sortChanges } from './changes.ts';
import { changesFeedUrl, changesUrl } from '../../../routes/routes.ts';
import { checkContent, type RawPage } from '../../../model/content-check.ts';

describe('changes', () => {
  it('are published at /wijzigingen/ with a feed beside it, newest first', () => {
    expect(changesUrl('nl')).toBe('/wijzigingen/');
    expect(changesFeedUrl('en')).toBe('/en/changes.xml');
    const sorted = sortChanges([
      { id: 'b', date: '2026-11-29' },
      { id: 'a', date: '2027-01-05' },
      { id: 'a2', date: '2026-11-29' },
    ]);
    expect(sorted.map((c) => c.id)).toEqual(['a', 'a2', 'b']);
  });

  it('make a valid Atom feed', () => {
    const xml = atomFeed({
      id: 'https://s.example/wijzigingen/',
      title: 'Wijzigingen',
      subtitle: 'Sub',
      lang: 'nl',
      author: 'Site',
      selfUrl: 'https://s.example/wijzigingen.xml',
      pageUrl: 'https://s.example/wijzigingen/',
      entries: [
        { id: 'https://s.example/wijzigingen/#a', title: 'A & B', updated: '2026-11-29', summary: 'S', link: 'https://s.example/wijzigingen/#a' },
        { id: 'https://s.example/wijzigingen/#b', title: 'B', updated: '2027-01-05', summary: 'S', link: 'https://s.example/wijzigingen/#b' },
      ],
    });
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="nl">');
    expect(xml).toMatch(/<\/subtitle>\n {2}<updated>2027-01-05T00:00:00Z<\/updated>/);
    expect(xml).toContain('<title>A &amp; B</title>');
    expect(xml).toContain('<link rel="self" type="application/atom+xml" href="https://s.example/wijzigingen.xml"/>');
  });

  it('must name existing page keys', () => {
    const pages: RawPage[] = (['nl', 'en'] as const).map((lang) => ({
      file: `pages/${lang}/home.mdx`,
      lang,
      frontmatter: { key: 'home', path: '', title: 'Home', description: 'D', kind: 'dienst', updated: '2026-11-29' },
      body: '',
    }));
    const change = (pageKeys: string[]) => ({
      file: 'data/changes/c.yml',
      line: 1,
      data: { id: 'c', date: '2026-11-29', title: { nl: 'T', en: 'T' }, description: { nl: 'D', en: 'D' }, pages: pageKeys },
    });
    const empty = { actors: [], relations: [], events: [], terms: [], sources: [], figures: [] };
    expect(checkContent({ ...empty, changes: [change(['home'])] }, pages).problems).toEqual([]);
    const problems = checkContent({ ...empty, changes: [change(['home', 'bestaat-niet'])] }, pages).problems;
    expect(problems.map((p) => `${p.record} ${p.field}: ${p.message}`)).toEqual(['change "c" pages[1]: unknown page key "bestaat-niet"']);
  });
});
