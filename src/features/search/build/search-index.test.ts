// The search index as scripts/search-index.ts builds it, on a tiny fixture site (tests/fixtures/search/), queried
// with Pagefind's own search in Node. Pagefind matches prefixes, so "stemming works" is only shown by a query that
// is not a prefix of the page's word: "zaag" finds a page holding only "zagen" with the Dutch index, not the English.
import { afterAll, describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { indexSite, PAGEFIND_OPTIONS } from '../../../../scripts/search-index.ts';
import { startStaticServer } from '../../../../scripts/lib/static-server.ts';
import type { SearchRecord } from '../records.ts';

const FIXTURE = resolve('tests/fixtures/search');
const sites: string[] = [];
afterAll(() => sites.forEach((site) => rmSync(site, { recursive: true, force: true })));

interface Hit {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  sub_results: { url: string; title: string }[];
}

interface SearchApi {
  options(options: Record<string, unknown>): Promise<void>;
  search(term: string, options?: { filters?: Record<string, string[]> }): Promise<{ results: { data(): Promise<Hit> }[] } | null>;
}

/** Copies the fixture (and `pages`: path → HTML), indexes it with the given options, and returns a search function. */
async function buildFixture(options = PAGEFIND_OPTIONS, records: SearchRecord[] = [], pages: Record<string, string> = {}) {
  const site = mkdtempSync(join(tmpdir(), 'gmh-search-'));
  sites.push(site);
  cpSync(FIXTURE, site, { recursive: true });
  for (const [path, html] of Object.entries(pages)) {
    mkdirSync(join(site, path), { recursive: true });
    writeFileSync(join(site, path, 'index.html'), html);
  }
  await indexSite(site, records, options);
  const { server, url } = await startStaticServer(site);
  const pagefind = (await import(pathToFileURL(join(site, 'pagefind/pagefind.js')).href)) as SearchApi;
  await pagefind.options({ basePath: `${url}/pagefind/`, noWorker: true });
  return {
    async search(term: string, filters?: Record<string, string[]>): Promise<Hit[]> {
      const found = await pagefind.search(term, { filters });
      const hits = await Promise.all((found?.results ?? []).map((result) => result.data()));
      return hits.map((hit) => ({ ...hit, url: hit.url.replace(url, ''), sub_results: hit.sub_results.map((sub) => ({ ...sub, url: sub.url.replace(url, '') })) }));
    },
    close: () => server.close(),
  };
}

describe('search index', () => {
  it('stems Dutch pages with the Dutch stemmer, and an English index does not', async () => {
    const dutch = await buildFixture();
    const english = await buildFixture({ ...PAGEFIND_OPTIONS, forceLanguage: 'en' });
    try {
      expect((await dutch.search('zaag')).map((hit) => hit.url)).toEqual(['/zagen/']);
      expect(await english.search('zaag')).toEqual([]);
      // The English index itself works: the literal word is found.
      expect((await english.search('zagen')).map((hit) => hit.url)).toEqual(['/zagen/']);
    } finally {
      dutch.close();
      english.close();
    }
  });

  it('indexes only the main content, with filters, sub-results and records of their own', async () => {
    const record: SearchRecord = {
      url: '/tijdlijn/#storm-1990',
      language: 'nl',
      content: 'Een storm legt alle molens stil.',
      meta: { title: 'Storm', kind: 'gebeurtenis', date: '1990' },
      filters: { soort: ['gebeurtenis'] },
    };
    const site = await buildFixture(PAGEFIND_OPTIONS, [record]);
    try {
      expect(await site.search('kozijn')).toEqual([]);
      const wind = await site.search('wieken');
      expect(wind.map((hit) => hit.sub_results.map((sub) => sub.url))).toEqual([['/molens/#wind']]);
      expect((await site.search('molens')).map((hit) => hit.url).sort()).toEqual(['/molens/', '/tijdlijn/#storm-1990']);
      const events = await site.search('molens', { soort: ['gebeurtenis'] });
      expect(events.map((hit) => [hit.url, hit.meta.date])).toEqual([['/tijdlijn/#storm-1990', '1990']]);
    } finally {
      site.close();
    }
  });

  it('reads words of adjacent elements apart, and leaves out citation marks and the source list', async () => {
    const site = await buildFixture();
    try {
      const [hit] = await site.search('worstenbrood');
      expect(hit.url).toBe('/relaties/');
      expect(hit.excerpt).toContain('(nu en in het voorstel) Samen bakken zij <mark>worstenbrood.</mark>');
      // The source's title is only in the citation and the source list: the page is not found on it.
      expect(await site.search('gildeboek')).toEqual([]);
      expect(hit.sub_results.map((sub) => sub.title)).not.toContain('Bronnen bij deze pagina');
    } finally {
      site.close();
    }
  });

  it('makes each section of a long page a result at its anchor, titled by its heading, with its own sub-results', async () => {
    const text = (word: string) => `<p>${Array.from({ length: 150 }, (_, i) => (i % 10 ? 'tekst' : word)).join(' ')}.</p>`;
    const sections = ['Brood', 'Koek', 'Taart', 'Gebak', 'Beschuit']
      .map((name) => `<h2 id="${name.toLowerCase()}">${name}</h2>${text(name.toLowerCase())}<h3 id="${name.toLowerCase()}-nu">Nu</h3>${text('oven')}`)
      .join('');
    const html = `<!doctype html><html lang="nl"><head><title>Handboek</title></head><body><main data-pagefind-body><h1>Handboek van de bakker</h1><p>Over het vak.</p>${sections}</main></body></html>`;
    const site = await buildFixture(PAGEFIND_OPTIONS, [], { handboek: html });
    try {
      const [koek] = await site.search('koek');
      expect(koek.url).toBe('/handboek/#koek');
      expect(koek.meta.title).toBe('Koek');
      expect(koek.meta.page).toBe('Handboek van de bakker');
      expect((await site.search('oven')).map((hit) => hit.url)).toHaveLength(5);
      const [taart] = await site.search('taart oven');
      expect(taart.sub_results.map((sub) => sub.url)).toContain('/handboek/#taart-nu');
      expect((await site.search('vak')).map((hit) => hit.url)).toEqual(['/handboek/']);
    } finally {
      site.close();
    }
  });
});
