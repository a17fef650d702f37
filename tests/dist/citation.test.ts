// What reference managers, search engines and data catalogues read, checked on the built pages as they would read it:
// the JSON-LD and the DCAT description expanded by the reference JSON-LD processor (jsonld), the citation_* tags
// against the page's own h1 and date, and every RIS file parsed and compared with its page.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import jsonld from 'jsonld';
import { DIST, htmlPages } from './site-files.ts';
import { parseRis } from '../../src/features/citation/citation.ts';

const SCHEMA = 'https://schema.org/';
const DCAT = 'http://www.w3.org/ns/dcat#';
const DCT = 'http://purl.org/dc/terms/';
const XSD_DATE = 'http://www.w3.org/2001/XMLSchema#date';
const TYPE = '@type';

const decode = (text: string) =>
  text.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" })[name]!);
const textOf = (html: string) => decode(html.replace(/<[^>]+>/g, '')).replace(/\s+/g, ' ').trim();

interface Page {
  path: string;
  html: string;
  meta: Record<string, string>;
  jsonLd: unknown[];
}

function readPage(path: string, file: string): Page {
  const html = readFileSync(file, 'utf8');
  const head = html.slice(0, html.indexOf('</head>'));
  const meta = Object.fromEntries([...head.matchAll(/<meta name="(citation_[a-z_]+)" content="([^"]*)"/g)].map(([, name, content]) => [name!, decode(content!)]));
  const jsonLd = [...head.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map(([, text]) => JSON.parse(text!));
  return { path, html, meta, jsonLd };
}

// Every document a JSON-LD processor would fetch is refused: the site's JSON-LD must be readable on its own.
const documentLoader = async (url: string): Promise<never> => {
  throw new Error(`JSON-LD tried to load ${url}`);
};
const expand = (value: unknown) => jsonld.expand(value as jsonld.JsonLdDocument, { documentLoader });

type Node = Record<string, any>;
const values = (node: Node, property: string): any[] => node[property] ?? [];
const one = (node: Node, property: string) => {
  const list = values(node, property);
  expect(list, `${property} in ${JSON.stringify(node).slice(0, 200)}`).toHaveLength(1);
  return list[0];
};

const pages = htmlPages().map(({ path, file }) => readPage(path, file));
const citable = pages.filter((page) => page.meta.citation_title);

/** The date the page itself shows for what it cites: the state of the data on /data/ and under a diagram, else "Laatst gewijzigd". */
function shownDate(page: Page): string | undefined {
  const data = /<p data-state[^>]*>(?:Stand van|State of) <time datetime="([^"]+)"/.exec(page.html);
  if (/^\/(en\/)?data\/$/.test(page.path)) return data![1];
  const last = /<p class="last-changed"[^>]*>[^<]*<time datetime="([^"]+)"/.exec(page.html);
  const version = /<p class="diagram-sources"[^>]*>[^<]*<span data-state[^>]*>[^<]*<time datetime="([^"]+)"/.exec(page.html);
  return last?.[1] ?? version?.[1];
}

/** A dated state of the data: the org chart, the timeline, the files of /data/ or an organisation's page as published on a day. */
const DATA_STATE = /^\/(en\/)?(wie-doet-wat|who-does-what|tijdlijn|timeline|data|organisaties\/[^/]+|organisations\/[^/]+)\/(versies|versions)\//;

describe('citable pages', () => {
  it('are the explanation pages and their versions, the organisations, the diagrams and /data/, in both languages', () => {
    const paths = citable.map((page) => page.path);
    for (const path of ['/uitleg/', '/en/explanation/', '/in-stappen/', '/wie-doet-wat/', '/en/who-does-what/', '/tijdlijn/', '/en/timeline/', '/data/', '/organisaties/politie/'])
      expect(paths).toContain(path);
    expect(paths.filter((path) => /\/(versies|versions)\/\d{4}-\d{2}-\d{2}\/$/.test(path)).length).toBeGreaterThan(1);
    expect(paths).not.toContain('/zoeken/');
    expect(citable.length).toBeGreaterThan(100);
  });

  it('carry citation_* tags that agree with the page: title = h1, date = the date it shows, URL = its own address', () => {
    for (const page of citable) {
      const { meta } = page;
      const h1 = textOf(/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(page.html)![1]!);
      expect(meta.citation_title, page.path).toBe(h1);
      expect(meta.citation_publisher, page.path).toBeTruthy();
      expect(meta.citation_language, page.path).toBe(page.path.startsWith('/en/') ? 'en' : 'nl');
      expect(new URL(meta.citation_public_url!).pathname, page.path).toBe(page.path);
      // A dated version names its PDF edition, the file the page links; no other page has one.
      const versionDate = /\/(?:versies|versions)\/(\d{4}-\d{2}-\d{2})\/$/.exec(page.path)?.[1];
      // A dated state of the data (chart, timeline, files) has no PDF edition.
      if (versionDate && !DATA_STATE.test(page.path)) {
        const pdf = new URL(meta.citation_pdf_url!).pathname;
        expect(pdf, page.path).toMatch(new RegExp(`^${page.path}[^/]+-${versionDate}\\.pdf$`));
        expect(page.html, page.path).toContain(`href="${pdf}"`);
      } else expect(meta, page.path).not.toHaveProperty('citation_pdf_url');
      const date = meta.citation_publication_date!.replaceAll('/', '-');
      // The "Citeer" block shows the same date.
      const block = page.html.slice(page.html.indexOf('<section class="cite-block"'));
      expect(block.indexOf('<section class="cite-block"'), `${page.path} has a Citeer block`).toBe(0);
      expect(/<time datetime="([^"]+)"/.exec(block)?.[1], page.path).toBe(date);
      const shown = shownDate(page);
      if (shown) expect(date, page.path).toBe(shown);
      if (versionDate) expect(date, page.path).toBe(versionDate);
    }
  });

  it('describe themselves in JSON-LD that expands to schema.org types with typed dates', async () => {
    for (const page of citable) {
      expect(page.jsonLd, page.path).toHaveLength(1);
      const [node] = (await expand(page.jsonLd[0])) as Node[];
      const types: string[] = node![TYPE];
      const date = page.meta.citation_publication_date!.replaceAll('/', '-');
      const kind = page.path.includes('/organisaties/') || page.path.includes('/organisations/') ? 'organisation'
        : /^\/(en\/)?data\/((versies|versions)\/[\d-]+\/)?$/.test(page.path) ? 'dataset'
        : /^\/(en\/)?(wie-doet-wat|who-does-what|tijdlijn|timeline)\/((versies|versions)\/[\d-]+\/)?$/.test(page.path) ? 'webpage' : 'article';
      const expected = { organisation: 'WebPage', dataset: 'Dataset', webpage: 'WebPage', article: 'Article' }[kind];
      expect(types, page.path).toEqual([`${SCHEMA}${expected}`]);
      expect(node!['@id'], page.path).toBe(page.meta.citation_public_url);
      for (const property of ['dateModified', 'datePublished']) expect(one(node!, `${SCHEMA}${property}`), page.path).toEqual({ '@type': `${SCHEMA}Date`, '@value': date });
      expect(one(node!, `${SCHEMA}inLanguage`)['@value']).toBe(page.meta.citation_language);
      expect(one(node!, `${SCHEMA}isPartOf`)[TYPE]).toEqual([`${SCHEMA}WebSite`]);
      expect(one(node!, `${SCHEMA}publisher`)[TYPE]).toEqual([`${SCHEMA}Organization`]);
      if (kind === 'article' && page.html.includes('id="bronnen-bij-deze-pagina"')) {
        const cited = values(node!, `${SCHEMA}citation`);
        const listed = page.html.slice(page.html.indexOf('id="bronnen-bij-deze-pagina"')).split('</ol>')[0]!.match(/<li id="bron-/g)!.length;
        expect(cited.length, `${page.path}: one citation per listed source`).toBe(listed);
        for (const work of cited) {
          expect(work[TYPE]).toEqual([`${SCHEMA}CreativeWork`]);
          // Each source is the entry that describes it on the sources page, an anchor that exists.
          const address = new URL(work['@id']);
          const sourcesPage = readFileSync(join(DIST, address.pathname, 'index.html'), 'utf8');
          expect(sourcesPage, work['@id']).toContain(`id="${address.hash.slice(1)}"`);
        }
      }
    }
  });

  it('give each organisation its kind: GovernmentOrganization for a ministry, Organization for a civil-society body, with its abbreviation and dates', async () => {
    const entity = async (path: string) => one(((await expand(citable.find((page) => page.path === path)!.jsonLd[0])) as Node[])[0]!, `${SCHEMA}mainEntity`) as Node;
    const police = await entity('/organisaties/politie/');
    expect(police[TYPE]).toEqual([`${SCHEMA}GovernmentOrganization`]);
    expect(one(police, `${SCHEMA}alternateName`)['@value']).toBe('AVIM');
    const comensha = await entity('/organisaties/comensha/');
    expect(comensha[TYPE]).toEqual([`${SCHEMA}Organization`]);
    const { actors } = JSON.parse(readFileSync(join(DIST, 'data/actors.json'), 'utf8')) as { actors: { id: string; start?: string; end?: string }[] };
    for (const actor of actors.filter((record) => record.start || record.end)) {
      const node = await entity(`/organisaties/${actor.id}/`);
      if (actor.start) expect(one(node, `${SCHEMA}foundingDate`)['@value'], actor.id).toBe(actor.start);
      if (actor.end) expect(one(node, `${SCHEMA}dissolutionDate`)['@value'], actor.id).toBe(actor.end);
    }
  });

  it('describe /data/ as a Dataset whose distributions are the published files, licensed CC0', async () => {
    const [node] = (await expand(citable.find((page) => page.path === '/data/')!.jsonLd[0])) as Node[];
    expect(one(node!, `${SCHEMA}license`)['@value']).toBe('https://creativecommons.org/publicdomain/zero/1.0/');
    const files = values(node!, `${SCHEMA}distribution`);
    expect(files.length).toBeGreaterThan(8);
    for (const file of files) {
      expect(file[TYPE]).toEqual([`${SCHEMA}DataDownload`]);
      const url = new URL(one(file, `${SCHEMA}contentUrl`)['@value']);
      expect(existsSync(join(DIST, url.pathname)), url.pathname).toBe(true);
      expect(one(file, `${SCHEMA}encodingFormat`)['@value']).toMatch(/^(text\/csv|application\/json|text\/calendar)$/);
    }
  });
});

describe('RIS files', () => {
  it('exist for every citable page, parse, and carry its title, address and date', () => {
    for (const page of citable) {
      const link = /<link rel="alternate" type="application\/x-research-info-systems" href="([^"]+)"/.exec(page.html);
      expect(link, page.path).not.toBeNull();
      const path = new URL(decode(link![1]!)).pathname;
      const block = page.html.slice(page.html.indexOf('<section class="cite-block"'));
      expect(block, `${page.path} links its RIS file in the Citeer block`).toMatch(new RegExp(`<a href="${path}"[^>]* type="application/x-research-info-systems" download`));
      const lines = parseRis(readFileSync(join(DIST, path), 'utf8'));
      expect(lines[0]![0], path).toBe('TY');
      expect(lines.at(-1), path).toEqual(['ER', '']);
      const tags = Object.fromEntries(lines);
      expect(tags.TI, path).toBe(page.meta.citation_title);
      expect(tags.UR, path).toBe(page.meta.citation_public_url);
      expect(tags.DA, path).toBe(`${page.meta.citation_publication_date}/`);
      expect(tags.LA, path).toBe(page.meta.citation_language);
    }
  });
});

describe('DCAT description of /data/', () => {
  const text = readFileSync(join(DIST, 'data/dcat.jsonld'), 'utf8');

  it('is linked from the head and the page of /data/', () => {
    const page = citable.find((candidate) => candidate.path === '/data/')!;
    expect(page.html).toMatch(/<link rel="alternate" type="application\/ld\+json" href="[^"]*\/data\/dcat\.jsonld"/);
    const block = page.html.slice(page.html.indexOf('<section class="cite-block"'));
    expect(block).toMatch(/<a href="\/data\/dcat\.jsonld"[^>]* type="application\/ld\+json"/);
  });

  it('expands to a catalogue with a CC0 data set, dated by the data version, and a distribution per file with its media type', async () => {
    const nodes = (await expand(JSON.parse(text))) as Node[];
    const catalog = nodes.find((node) => node[TYPE]?.includes(`${DCAT}Catalog`))!;
    expect(catalog).toBeDefined();
    const dataset = one(catalog, `${DCAT}dataset`) as Node;
    expect(dataset[TYPE]).toEqual([`${DCAT}Dataset`]);
    expect(one(dataset, `${DCT}license`)['@id']).toBe('http://creativecommons.org/publicdomain/zero/1.0/deed.nl');
    expect(values(dataset, `${DCAT}theme`).map((theme) => theme['@id'])).toContain('http://publications.europa.eu/resource/authority/data-theme/JUST');
    const version = JSON.parse(readFileSync(join(DIST, 'data/datapackage.json'), 'utf8')).version as string;
    for (const property of ['issued', 'modified']) expect(one(dataset, `${DCT}${property}`)).toEqual({ '@type': XSD_DATE, '@value': version });
    expect(one(one(dataset, `${DCT}publisher`), 'http://xmlns.com/foaf/0.1/name')['@value']).toBeTruthy();
    expect(new URL(one(dataset, `${DCAT}landingPage`)['@id']).pathname).toBe('/data/');
    const distributions = values(dataset, `${DCAT}distribution`) as Node[];
    expect(distributions.length).toBeGreaterThan(8);
    for (const distribution of distributions) {
      expect(distribution[TYPE]).toEqual([`${DCAT}Distribution`]);
      const url = new URL(one(distribution, `${DCAT}downloadURL`)['@id']);
      expect(existsSync(join(DIST, url.pathname)), url.pathname).toBe(true);
      const mediaType = one(distribution, `${DCAT}mediaType`)['@id'] as string;
      const extension = url.pathname.split('.').pop()!;
      expect(mediaType, url.pathname).toBe(`https://www.iana.org/assignments/media-types/${{ csv: 'text/csv', json: 'application/json', ics: 'text/calendar' }[extension]}`);
      expect(one(distribution, `${DCT}license`)['@id']).toBe('http://creativecommons.org/publicdomain/zero/1.0/deed.nl');
    }
  });
});
