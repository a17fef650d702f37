/**
 * Search bench: index size on disk, bytes fetched to open search and for a first and a second query, the time
 * from the last keystroke to the first result in Chromium, and the longest task on the page's main thread meanwhile
 * (search runs there, not in a worker). For the built site (OUT_DIR or dist/; run `npm run build` first) and for a
 * synthetic site of 5,000 Dutch pages, indexed the same way (not built by Astro) and searched with the site's own
 * search page, copied from the build. Times run from the last keystroke (typed 40 ms apart) and include the search's
 * wait for a pause in typing; they depend on the machine and its load, which is printed. Figures go to stdout and
 * bench-results/search.json.
 */
import { chromium, type Page } from '@playwright/test';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { filesUnder } from '../lib/files.ts';
import { startStaticServer } from '../lib/static-server.ts';
import { chromiumPath, CHROMIUM_ARGS, distDir } from '../lib/test-env.ts';
import { indexSite } from '../search-index.ts';
import { pageUrl, sectionUrl } from '../../src/routes/routes.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const SYNTHETIC_PAGES = Number(process.env.BENCH_PAGES ?? 5000);

/** Bytes as served, and as gzip would serve them (Pagefind's index files are gzipped already). */
function sizes(files: string[]): { bytes: number; gzip: number } {
  let bytes = 0;
  let gzip = 0;
  for (const file of files) {
    const body = readFileSync(file);
    bytes += body.length;
    gzip += /\.(js|css|json|html)$/.test(file) ? gzipSync(body).length : body.length;
  }
  return { bytes, gzip };
}

function indexOnDisk(site: string) {
  const files = filesUnder(join(site, 'pagefind')).filter((file) => !/\.(gz|br)$/.test(file));
  const index = files.filter((file) => /\.(pf_meta|pf_index|pf_fragment|pf_filter)$/.test(file));
  const languages = Object.keys(JSON.parse(readFileSync(join(site, 'pagefind/pagefind-entry.json'), 'utf8')).languages);
  return {
    total: sizes(files).bytes,
    index: sizes(index).bytes,
    files: index.length,
    perLanguage: Object.fromEntries(languages.map((lang) => [lang, sizes(index.filter((file) => relative(site, file).includes(`${lang}_`))).bytes])),
  };
}

/** Records the paths a page fetches from now until the network has been quiet for a moment. */
async function fetchedDuring(page: Page, action: () => Promise<void>): Promise<string[]> {
  const paths: string[] = [];
  let last = Date.now();
  const listener = (request: { url(): string }) => {
    paths.push(decodeURIComponent(new URL(request.url()).pathname));
    last = Date.now();
  };
  page.on('request', listener);
  await action();
  await page.waitForLoadState('networkidle');
  while (Date.now() - last < 400) await page.waitForTimeout(100);
  page.off('request', listener);
  return paths;
}

const RESULT_LINK = '.search-result__link';

/**
 * Types `term` into the focused field: milliseconds from the last key to the first result link on screen, and the
 * longest main-thread task from the first key on.
 */
async function typeToFirstResult(page: Page, term: string): Promise<{ ms: number; longestTaskMs: number }> {
  await page.evaluate((selector) => {
    const w = window as unknown as { benchLastKey: number; benchLongest: number; benchFirst?: Promise<number> };
    w.benchLastKey = 0;
    w.benchLongest = 0;
    const tasks = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.benchLongest = Math.max(w.benchLongest, entry.duration);
    });
    tasks.observe({ type: 'longtask' });
    const onKey = () => (w.benchLastKey = performance.now());
    document.addEventListener('keydown', onKey, { capture: true });
    const old = new Set(document.querySelectorAll(selector));
    w.benchFirst = new Promise((resolve) => {
      new MutationObserver((_records, observer) => {
        if ([...document.querySelectorAll(selector)].some((link) => !old.has(link))) {
          observer.disconnect();
          document.removeEventListener('keydown', onKey, { capture: true });
          const at = performance.now();
          // Long tasks are reported after they end: give the last one a moment.
          setTimeout(() => (tasks.disconnect(), resolve(at)), 100);
        }
      }).observe(document.body, { subtree: true, childList: true });
    });
  }, RESULT_LINK);
  await page.keyboard.press('Control+A');
  await page.keyboard.type(term, { delay: 40 });
  return page.evaluate(async () => {
    const w = window as unknown as { benchLastKey: number; benchLongest: number; benchFirst: Promise<number> };
    const first = await w.benchFirst;
    return { ms: first - w.benchLastKey, longestTaskMs: Math.round(w.benchLongest) };
  });
}

/** Pagefind's engine alone, in a fresh page: results and milliseconds for search() plus the first result's data. */
async function engineTimes(page: Page, queries: string[]): Promise<{ query: string; results: number; ms: number }[]> {
  return page.evaluate(async (terms) => {
    const pagefind = await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`);
    // As the site runs it (src/features/search/browser/search-engine.ts).
    await pagefind.options({ noWorker: true });
    const times = [];
    for (const query of terms) {
      const started = performance.now();
      const found = await pagefind.search(query);
      await found.results[0]?.data();
      times.push({ query, results: found.results.length, ms: Math.round(performance.now() - started) });
    }
    return times;
  }, queries);
}

interface Measure {
  site: string;
  /** Page to start on, and how search is opened there (its field must end up focused). */
  start: string;
  open: (page: Page) => Promise<void>;
  queries: [string, string];
}

async function measure({ site, start, open, queries }: Measure) {
  const { server, url } = await startStaticServer(site);
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  const files = (paths: string[]) => [...new Set(paths)].map((path) => join(site, path.endsWith('/') ? `${path}index.html` : path)).filter((file) => existsSync(file));
  const firstTimes: number[] = [];
  const secondTimes: number[] = [];
  const longestTasks: number[] = [];
  let phases: Record<string, { requests: number; bytes: number; gzip: number }> = {};
  let engine: Awaited<ReturnType<typeof engineTimes>> = [];
  try {
    for (let run = 0; run < RUNS; run += 1) {
      const page = await (await browser.newContext()).newPage();
      const load = await fetchedDuring(page, async () => void (await page.goto(url + start)));
      const opened = await fetchedDuring(page, () => open(page));
      let first = { ms: 0, longestTaskMs: 0 };
      let second = { ms: 0, longestTaskMs: 0 };
      const firstQuery = await fetchedDuring(page, async () => void (first = await typeToFirstResult(page, queries[0])));
      const secondQuery = await fetchedDuring(page, async () => void (second = await typeToFirstResult(page, queries[1])));
      firstTimes.push(first.ms);
      secondTimes.push(second.ms);
      longestTasks.push(Math.max(first.longestTaskMs, second.longestTaskMs));
      if (run === 0) {
        const phase = (paths: string[]) => ({ requests: paths.length, ...sizes(files(paths)) });
        phases = {
          'page load': phase(load),
          'open search': phase(opened),
          [`first query "${queries[0]}"`]: phase(firstQuery),
          [`second query "${queries[1]}"`]: phase(secondQuery),
        };
      }
      await page.context().close();
    }
    const fresh = await (await browser.newContext()).newPage();
    await fresh.goto(url + start);
    engine = await engineTimes(fresh, queries);
  } finally {
    await browser.close();
    server.close();
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  return {
    phases,
    firstResultMs: { first: Math.round(median(firstTimes)), second: Math.round(median(secondTimes)), runs: RUNS },
    longestMainThreadTaskMs: Math.max(...longestTasks),
    engine,
  };
}

/** A seeded random generator, so the synthetic site is the same every run. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Words of the real Dutch content, most frequent first: the vocabulary of the synthetic site. */
function dutchVocabulary(): string[] {
  const counts = new Map<string, number>();
  const files = [...filesUnder('content/pages/nl'), ...filesUnder('content/data')];
  for (const file of files) {
    for (const word of readFileSync(file, 'utf8').toLowerCase().match(/\p{L}{3,}/gu) ?? []) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([word]) => word);
}

/**
 * Writes `count` simple Dutch pages (about 300 words, three sections each), copies the site's search page and its
 * scripts and styles from the build in `site`, and indexes them like the site.
 */
async function syntheticSite(count: number, site: string): Promise<{ dir: string; indexMs: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'gmh-bench-search-'));
  const words = dutchVocabulary();
  const next = random(20261129);
  // Zipf-like: a few words are everywhere, most are rare, as in real text.
  const word = () => words[Math.floor(words.length ** next()) - 1];
  const sentence = (length: number) => Array.from({ length }, word).join(' ');
  for (let n = 1; n <= count; n += 1) {
    const id = String(n).padStart(5, '0');
    const sections = ['een', 'twee', 'drie']
      .map((name) => `<h2 id="${name}">${sentence(3)}</h2>` + Array.from({ length: 6 }, () => `<p>${sentence(16)}.</p>`).join(''))
      .join('');
    mkdirSync(join(dir, 'p', id), { recursive: true });
    writeFileSync(
      join(dir, 'p', id, 'index.html'),
      `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Pagina ${id}</title>` +
        `<meta name="search-filter-soort" content="${n % 5 === 0 ? 'organisatie' : 'pagina'}" data-pagefind-filter="soort[content]"></head>` +
        `<body><nav>menu</nav><main data-pagefind-body><h1>${sentence(4)} ${id}</h1>${sections}</main></body></html>`,
    );
  }
  for (const part of ['zoeken', '_astro']) cpSync(join(site, part), join(dir, part), { recursive: true });
  const started = Date.now();
  await indexSite(dir);
  return { dir, indexMs: Date.now() - started };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function report(title: string, disk: ReturnType<typeof indexOnDisk>, result: Awaited<ReturnType<typeof measure>>, extra = '') {
  console.log(`\n## ${title}${extra}`);
  console.log(`index on disk: ${kb(disk.index)} in ${disk.files} files (${Object.entries(disk.perLanguage).map(([lang, bytes]) => `${lang} ${kb(bytes)}`).join(', ')}); whole pagefind/ folder ${kb(disk.total)}`);
  console.log(`${'phase'.padEnd(34)}${'requests'.padStart(9)}${'bytes'.padStart(12)}${'gzip'.padStart(12)}`);
  for (const [phase, figures] of Object.entries(result.phases)) {
    console.log(`${phase.padEnd(34)}${String(figures.requests).padStart(9)}${kb(figures.bytes).padStart(12)}${kb(figures.gzip).padStart(12)}`);
  }
  const { first, second, runs } = result.firstResultMs;
  console.log(`last keystroke to first result on screen (median of ${runs}): first query ${first} ms, second query ${second} ms`);
  console.log(`longest main-thread task while typing and searching (worst of ${runs} runs): ${result.longestMainThreadTaskMs} ms`);
  console.log(`engine alone (search and first result's data): ${result.engine.map((e) => `"${e.query}" ${e.results} results in ${e.ms} ms`).join('; ')}`);
}

const dist = distDir();
const results: Record<string, unknown> = { loadAverage: loadavg().map((load) => Number(load.toFixed(2))) };
console.log(`machine load average (1, 5, 15 min): ${loadavg().map((load) => load.toFixed(2)).join(', ')}`);
if (!existsSync(join(dist, 'pagefind', 'pagefind-entry.json'))) {
  console.error(`No search index in ${dist}/pagefind: run \`npm run build\` first (with the same OUT_DIR).`);
  process.exit(1);
}

const openDialog = async (page: Page) => {
  await page.keyboard.press('Control+k');
  await page.waitForFunction(() => document.activeElement?.matches('dialog[open] input[type="search"]'));
};
const siteDisk = indexOnDisk(dist);
const site = await measure({ site: dist, start: pageUrl('nl', 'uitleg'), open: openDialog, queries: ['regie', 'coördinatie'] });
report(`Built site (${dist}), dialog opened with Ctrl+K on /uitleg/`, siteDisk, site);
results.site = { disk: siteDisk, ...site };

const synthetic = await syntheticSite(SYNTHETIC_PAGES, dist);
try {
  const focusField = async (page: Page) => {
    await page.locator('#zoekterm').click();
  };
  const syntheticDisk = indexOnDisk(synthetic.dir);
  const measured = await measure({ site: synthetic.dir, start: sectionUrl('nl', 'search'), open: focusField, queries: ['regie', 'coördinatie'] });
  report(`Synthetic site of ${SYNTHETIC_PAGES} pages, search page`, syntheticDisk, measured, ` (indexed in ${(synthetic.indexMs / 1000).toFixed(1)} s)`);
  results.synthetic = { pages: SYNTHETIC_PAGES, indexMs: synthetic.indexMs, disk: syntheticDisk, ...measured };
} finally {
  if (process.env.BENCH_KEEP) console.log(`Kept the synthetic site in ${synthetic.dir}`);
  else rmSync(synthetic.dir, { recursive: true, force: true });
}

mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/search.json', `${JSON.stringify(results, null, 2)}\n`);
console.log('\nWrote bench-results/search.json');
