// `npm run readability`: per content page, sentences, words per sentence, share of long words and Flesch-Douma,
// then the glossary terms a page uses before it links them. Reads the built pages in dist/ (run `npm run build`
// first). B1 aims at 15 words per sentence or fewer.
import { readFileSync, existsSync } from 'node:fs';
import { readContent, splitFrontmatter } from '../src/model/read-content.ts';
import { termForms, unlinkedFirstUses } from '../src/features/explanation/build/term-uses.ts';
import { readability, textBlocks } from '../src/model/readability.ts';
import { pageUrl } from '../src/routes/routes.ts';
import { distDir } from './lib/test-env.ts';

const { pages, data } = readContent('content', process.cwd());
const rows = pages
  .sort((a, b) => a.lang.localeCompare(b.lang) || a.path.localeCompare(b.path))
  .map((page) => {
    const url = pageUrl(page.lang, page.path);
    const file = `${distDir()}${url}index.html`;
    if (!existsSync(file)) return undefined;
    const html = readFileSync(file, 'utf8');
    const prose = html.slice(html.indexOf('<div class="prose">'), html.indexOf('<section class="source-list'));
    return { url, lang: page.lang, ...readability(textBlocks(prose)) };
  })
  .filter((row) => row !== undefined);

const pad = (value: string | number, width: number) => String(value).padStart(width);
console.log(`${'page'.padEnd(34)}${pad('sentences', 10)}${pad('words', 7)}${pad('w/sent', 8)}${pad('long', 7)}${pad('Flesch-Douma', 14)}`);
for (const row of rows) {
  console.log(`${row.url.padEnd(34)}${pad(row.sentences, 10)}${pad(row.words, 7)}${pad(row.wordsPerSentence, 8)}${pad(`${(row.longWordShare * 100).toFixed(1)}%`, 7)}${pad(row.fleschDouma, 14)}`);
}
for (const lang of ['nl', 'en'] as const) {
  const own = rows.filter((r) => r.lang === lang);
  const words = own.reduce((s, r) => s + r.words, 0);
  const sentences = own.reduce((s, r) => s + r.sentences, 0);
  console.log(`${lang}: ${own.length} pages, ${words} words, ${(words / sentences).toFixed(1)} words per sentence on average`);
}

// The glossary page lists every term itself; the other pages link a term where they first use it.
console.log('\nGlossary terms used before they are linked (link the first use with <Begrip id="...">):');
let unlinked = 0;
for (const lang of ['nl', 'en'] as const) {
  const own = pages.filter((page) => page.lang === lang && page.key !== 'begrippen');
  const forms = termForms(data.terms, own.map((page) => page.body), lang);
  for (const page of own) {
    const bodyLine = splitFrontmatter(readFileSync(page.file, 'utf8'))?.bodyLine ?? 1;
    for (const use of unlinkedFirstUses(page.body, forms, lang)) {
      console.log(`  ${page.file}:${bodyLine + use.line - 1}  ${use.term}: "${use.text}"`);
      unlinked += 1;
    }
  }
}
console.log(`${unlinked} first uses without a link`);
