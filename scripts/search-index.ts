/**
 * The site search index (Pagefind), built by `npm run build` after `astro build`, into <OUT_DIR or dist>/pagefind/.
 * - Every page with data-pagefind-body, in one index per language taken from its <html lang> (Dutch stemming for nl);
 *   a long page as one result per section (src/features/search/build/sections.ts).
 * - Each event, term and source as a result of its own, linking to its anchor, with its filters and date: they
 *   live in lists on the timeline, glossary and sources pages, which the index therefore skips.
 * This file holds the Pagefind options; `node scripts/search-index.ts [site]` indexes another folder.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import * as pagefind from 'pagefind';
import type { PagefindServiceConfig } from 'pagefind';
import { filesUnder } from './lib/files.ts';
import { distDir } from './lib/test-env.ts';
import { loadCheckedContent } from '../src/model/read-content.ts';
import { searchRecords, type SearchRecord } from '../src/features/search/records.ts';
import { indexDocuments, SECTION_RULES } from '../src/features/search/build/sections.ts';

export const PAGEFIND_OPTIONS: PagefindServiceConfig = {
  // Diagrams repeat the text of their list or table view; hidden parts (toolbars before enhancement) are not content.
  // A page's source list and its citation marks ("[1] bron: …") repeat the titles of sources, which are results of
  // their own: on the page they only made it rank for a source's words and cluttered its excerpts.
  excludeSelectors: ['svg', '[hidden]', '.source-list', '.citation'],
};

export interface IndexSummary {
  /** HTML documents given to Pagefind: pages, and the sections of long pages. */
  documents: number;
  records: number;
}

/** Every HTML file under `site` (outside pagefind/) with the URL it is served at: /uitleg/ for uitleg/index.html. */
function htmlFiles(site: string): { url: string; file: string }[] {
  return filesUnder(site)
    .map((file) => relative(site, file))
    .filter((path) => path.endsWith('.html') && !path.startsWith(`pagefind${sep}`))
    .map((path) => ({ url: `/${path.split(sep).join('/')}`.replace(/(^|\/)index\.html$/, '$1'), file: join(site, path) }));
}

/** Indexes the HTML pages under `site` and the given records, and writes the bundle to `site`/pagefind. */
export async function indexSite(site: string, records: SearchRecord[] = [], options: PagefindServiceConfig = PAGEFIND_OPTIONS): Promise<IndexSummary> {
  const { index, errors } = await pagefind.createIndex(options);
  if (!index) throw new Error(`Pagefind did not start: ${errors.join('; ')}`);
  try {
    let documents = 0;
    for (const { url, file } of htmlFiles(site)) {
      for (const document of indexDocuments(url, readFileSync(file, 'utf8'), { ...SECTION_RULES, excluded: options.excludeSelectors ?? [] })) {
        const added = await index.addHTMLFile({ url: document.url, content: document.html });
        if (added.errors.length) throw new Error(`Pagefind could not index ${file} (${document.url}): ${added.errors.join('; ')}`);
        documents += 1;
      }
    }
    for (const record of records) {
      const result = await index.addCustomRecord(record);
      if (result.errors.length) throw new Error(`Pagefind could not index ${record.url}: ${result.errors.join('; ')}`);
    }
    const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
    if (written.errors.length) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
    // The site searches with its own interface (src/features/search/browser/search-view.ts): Pagefind's ready-made ones stay unshipped.
    for (const name of readdirSync(join(site, 'pagefind'))) {
      if (/^pagefind-(component-ui|modular-ui|ui|highlight)\./.test(name)) rmSync(join(site, 'pagefind', name));
    }
    return { documents, records: records.length };
  } finally {
    await pagefind.close();
  }
}

if (import.meta.main) {
  const site = process.argv[2] ?? distDir();
  const { data } = loadCheckedContent(resolve(process.env.CONTENT_DIR ?? 'content'), process.cwd());
  const started = Date.now();
  const summary = await indexSite(site, searchRecords(data));
  console.log(`search index: ${summary.documents} pages and sections and ${summary.records} events, terms and sources in ${site}/pagefind (${Date.now() - started} ms)`);
}
