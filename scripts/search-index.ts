/**
 * The site search index (Pagefind), built by `npm run build` after `astro build`, into <OUT_DIR or dist>/pagefind/.
 * - Every page with data-pagefind-body, in one index per language taken from its <html lang> (Dutch stemming for nl).
 * - Each event, term and source as a result of its own, linking to its anchor, with its filters and date: they
 *   live in lists on the timeline, glossary and sources pages, which the index therefore skips.
 * This file holds the Pagefind options; `node scripts/search-index.ts [site]` indexes another folder.
 */
import { join, resolve } from 'node:path';
import * as pagefind from 'pagefind';
import type { PagefindServiceConfig } from 'pagefind';
import { distDir } from './lib/test-env.ts';
import { loadCheckedContent } from '../src/lib/read-content.ts';
import { searchRecords, type SearchRecord } from '../src/lib/search-records.ts';

export const PAGEFIND_OPTIONS: PagefindServiceConfig = {
  // Diagrams repeat the text of their list or table view; hidden parts (toolbars before enhancement) are not content.
  excludeSelectors: ['svg', '[hidden]'],
};

export interface IndexSummary {
  pages: number;
  records: number;
}

/** Indexes the HTML pages under `site` and the given records, and writes the bundle to `site`/pagefind. */
export async function indexSite(site: string, records: SearchRecord[] = [], options: PagefindServiceConfig = PAGEFIND_OPTIONS): Promise<IndexSummary> {
  const { index, errors } = await pagefind.createIndex(options);
  if (!index) throw new Error(`Pagefind did not start: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: site });
    if (added.errors.length) throw new Error(`Pagefind could not index ${site}: ${added.errors.join('; ')}`);
    for (const record of records) {
      const result = await index.addCustomRecord(record);
      if (result.errors.length) throw new Error(`Pagefind could not index ${record.url}: ${result.errors.join('; ')}`);
    }
    const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
    if (written.errors.length) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
    return { pages: added.page_count, records: records.length };
  } finally {
    await pagefind.close();
  }
}

if (import.meta.main) {
  const site = process.argv[2] ?? distDir();
  const { data } = loadCheckedContent(resolve(process.env.CONTENT_DIR ?? 'content'), process.cwd());
  const started = Date.now();
  const summary = await indexSite(site, searchRecords(data));
  console.log(`search index: ${summary.pages} pages and ${summary.records} events, terms and sources in ${site}/pagefind (${Date.now() - started} ms)`);
}
