// Fast on a phone, measured in bytes and layout shift, never in time: what each page loads (gzipped sizes of the
// files in the build, so the figures are the same on every machine) and whether anything moves after it appears.
import { test, expect } from './fixtures.ts';
import { readFileSync } from 'node:fs';
import { PAGE_TYPES } from './site.ts';
import { htmlPages } from '../dist/site-files.ts';
import { gzipSync } from 'node:zlib';
import { DIAGRAM_PAGES, STORY_PAGES, distFile, gzipSize, pageKind, recordWeight, useDiagram, watchLayoutShift, type PageWeight } from './page-probes.ts';
import { inlineCode } from '../../src/production/csp.ts';

const KB = 1024;
export const BUDGET = {
  /**
   * Text pages ship no JavaScript until search is opened, except the search launcher, the copy-link buttons, the
   * phone's menu button (0.4 KB since December 2026: 2.2 KB in all on the home page) and, since 6 December 2026, the
   * Citeer block's copy button (0.5 KB with its clipboard lines): 2.8 KB on the home page.
   */
  textPageJs: 3 * KB,
  /**
   * 32 KB since 6 December 2026 (was 30): the longest page, /en/explanation/, grew from 29.1 to about 31 KB with what
   * issues 21 and 22 ask of every page: metadata that reference managers read (citation_* tags, JSON-LD with the
   * page's sources), abbreviations written out, the PDF and "Klopt er iets niet?" links (HTML +1.7 KB, CSS +0.6 KB).
   */
  textPageHtmlCss: 32 * KB,
  diagramPageJs: 35 * KB,
  /** From opening search to its first results: interface, engine, the page language's index, ten excerpts. */
  searchToFirstResults: 120 * KB,
  searchToFirstResultsRequests: 22,
};

const describe = (weight: PageWeight) =>
  `HTML ${(weight.html / KB).toFixed(1)} KB, CSS ${(weight.css / KB).toFixed(1)} KB, JS ${(weight.js / KB).toFixed(1)} KB` +
  (weight.scripts.length ? ` (${weight.scripts.map((s) => `${s.name} ${(s.bytes / KB).toFixed(1)} KB`).join(', ')})` : '');

/** What a page's HTML asks for before any interaction: its stylesheets, scripts and module preloads, gzipped. */
function referencedWeight(path: string, html: string): PageWeight {
  const weight: PageWeight = { html: gzipSize(distFile(path)!), css: 0, js: 0, scripts: [] };
  for (const [tag] of html.matchAll(/<link\b[^>]*>/g)) {
    const href = /\shref="(\/[^"]+)"/.exec(tag)?.[1];
    const file = href && distFile(href);
    if (!file) continue;
    if (/\brel="stylesheet"/.test(tag)) weight.css += gzipSize(file);
    if (/\brel="modulepreload"/.test(tag)) weight.scripts.push({ name: href, bytes: gzipSize(file) });
  }
  for (const [, src] of html.matchAll(/<script\b[^>]*\ssrc="(\/[^"]+)"/g)) {
    if (distFile(src)) weight.scripts.push({ name: src, bytes: gzipSize(distFile(src)!) });
  }
  for (const script of inlineCode(html).scripts) weight.scripts.push({ name: 'inline script', bytes: gzipSync(script, { level: 9 }).length });
  const distinct = new Map(weight.scripts.map((script) => [script.name, script]));
  weight.scripts = [...distinct.values()];
  weight.js = weight.scripts.reduce((sum, script) => sum + script.bytes, 0);
  return weight;
}

const overBudget = (weight: PageWeight) => weight.js > BUDGET.textPageJs || weight.html + weight.css > BUDGET.textPageHtmlCss;

test(`every text page asks for at most ${BUDGET.textPageJs / KB} KB of JavaScript and ${BUDGET.textPageHtmlCss / KB} KB of HTML and CSS, gzipped`, () => {
  const pages = htmlPages().filter(({ path }) => pageKind(path) === 'text');
  expect(pages.length).toBeGreaterThan(100);
  const over = pages.map(({ path, file }) => ({ path, weight: referencedWeight(path, readFileSync(file, 'utf8')) })).filter(({ weight }) => overBudget(weight));
  expect(over.map(({ path, weight }) => `${path}: ${describe(weight)}`)).toEqual([]);
});

test('text page types load no more than that in the browser, whatever their scripts fetch after loading', async ({ page, baseURL }) => {
  const over: string[] = [];
  for (const path of PAGE_TYPES.filter((p) => pageKind(p) === 'text')) {
    const recorder = recordWeight(page, new URL(baseURL!).origin);
    await page.goto(path, { waitUntil: 'networkidle' });
    const weight = recorder.weigh();
    page.removeAllListeners('response');
    expect(weight.html, `${path}: the page itself was not measured`).toBeGreaterThan(0);
    if (overBudget(weight)) over.push(`${path}: ${describe(weight)}`);
  }
  expect(over, over.join('\n')).toEqual([]);
});

test('diagram pages load at most 35 KB of JavaScript, gzipped, also once the diagram is used', async ({ page, baseURL }) => {
  const over: string[] = [];
  for (const path of DIAGRAM_PAGES) {
    const recorder = recordWeight(page, new URL(baseURL!).origin);
    await page.goto(path, { waitUntil: 'networkidle' });
    await useDiagram(page);
    const weight = recorder.weigh();
    page.removeAllListeners('response');
    console.log(`${path}: ${describe(weight)}`);
    if (weight.js > BUDGET.diagramPageJs) over.push(`${path}: ${describe(weight)}`);
  }
  expect(over, over.join('\n')).toEqual([]);
});

test('the story pages load at most the diagram budget of JavaScript, gzipped, also once a reader steps through them', async ({ page, baseURL }) => {
  const over: string[] = [];
  for (const path of STORY_PAGES) {
    const recorder = recordWeight(page, new URL(baseURL!).origin);
    await page.goto(path, { waitUntil: 'networkidle' });
    for (const link of (await page.locator('.story-step__nav a[rel="next"]').all()).slice(0, 2)) await link.click();
    await page.waitForLoadState('networkidle');
    const weight = recorder.weigh();
    page.removeAllListeners('response');
    console.log(`${path}: ${describe(weight)}`);
    if (weight.js > BUDGET.diagramPageJs) over.push(`${path}: ${describe(weight)}`);
  }
  expect(over, over.join('\n')).toEqual([]);
});

for (const { start, term, lang, other } of [
  { start: '/uitleg/', term: 'regie', lang: 'nl', other: 'en' },
  { start: '/en/explanation/', term: 'steers', lang: 'en', other: 'nl' },
]) {
  test(`(${lang}) opening search and its first results cost at most ${BUDGET.searchToFirstResults / KB} KB gzipped in ${BUDGET.searchToFirstResultsRequests} requests, of the page's language only`, async ({ page }) => {
    await page.goto(start, { waitUntil: 'networkidle' });
    const requested: string[] = [];
    page.on('request', (request) => requested.push(decodeURIComponent(new URL(request.url()).pathname)));
    await page.keyboard.press('Control+k');
    const field = page.getByRole('dialog').getByRole('searchbox');
    // A byte budget, not a time limit: on a busy machine loading the dialog's code took longer than the 5 s default.
    await expect(field).toBeFocused({ timeout: 20_000 });
    // The whole word at once: typed key by key, how many in-between words get searched (and their index chunks and
    // excerpts fetched) depends on how busy the machine is, which a byte budget must not (29 or 31 requests seen in CI).
    await field.fill(term);
    await expect(page.getByRole('dialog').locator('.search-result__link').first()).toBeVisible();
    await page.waitForLoadState('networkidle');
    // Pagefind's index files are compressed already: their size on disk is what travels.
    const bytes = requested.reduce((sum, path) => sum + (distFile(path) ? gzipSize(distFile(path)!) : 0), 0);
    console.log(`${start} "${term}": ${requested.length} requests, ${(bytes / KB).toFixed(1)} KB`);
    expect(requested.filter((path) => !distFile(path)), 'every request is a file of the build').toEqual([]);
    expect(bytes).toBeLessThanOrEqual(BUDGET.searchToFirstResults);
    expect(requested.length).toBeLessThanOrEqual(BUDGET.searchToFirstResultsRequests);
    expect(requested.filter((path) => path.startsWith('/pagefind/') && (path.includes(`/${other}_`) || path.includes(`.${other}_`) || path.includes(`wasm.${other}.`)))).toEqual([]);
  });
}

test('every image and diagram has its size in the HTML, so nothing moves when it loads', () => {
  const unsized: string[] = [];
  for (const { path, file } of htmlPages()) {
    const html = readFileSync(file, 'utf8');
    for (const [tag] of html.matchAll(/<img\b[^>]*>/g)) if (!/\swidth="\d+"/.test(tag) || !/\sheight="\d+"/.test(tag)) unsized.push(`${path}: ${tag}`);
    // Outermost SVG elements only: nested ones are laid out inside their parent.
    let depth = 0;
    for (const [tag] of html.matchAll(/<\/?svg\b[^>]*>/g)) {
      if (tag.startsWith('</')) depth -= 1;
      else {
        if (depth === 0 && (!/\swidth="[\d.]+"/.test(tag) || !/\sheight="[\d.]+"/.test(tag))) unsized.push(`${path}: ${tag.slice(0, 120)}`);
        if (!tag.endsWith('/>')) depth += 1;
      }
    }
  }
  expect(unsized, unsized.join('\n')).toEqual([]);
});

/**
 * None at all. The shifts of a few ten-thousandths that came and went on a busy machine were pages painted half parsed
 * (the header before its search form, a toolbar before its summaries); every page now holds its first paint until those
 * are parsed (tests/dist/first-paint.test.ts).
 */

test.describe('no layout shift', () => {
  for (const viewport of [
    { name: 'phone', width: 390, height: 844 },
    { name: 'desktop', width: 1280, height: 800 },
  ]) {
    test(`on every page type, ${viewport.name}`, async ({ page }) => {
      await page.setViewportSize(viewport);
      const layoutShift = await watchLayoutShift(page);
      const shifts: string[] = [];
      for (const path of [...PAGE_TYPES, ...DIAGRAM_PAGES.filter((p) => !PAGE_TYPES.includes(p))]) {
        await page.goto(path, { waitUntil: 'networkidle' });
        // Scroll through the page so content further down is laid out and observed too.
        await page.evaluate(async () => {
          for (let y = 0; y < document.documentElement.scrollHeight; y += window.innerHeight) {
            window.scrollTo(0, y);
            await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
          }
        });
        const shift = await layoutShift.total();
        if (shift > 0) shifts.push(`${path}: CLS ${shift.toFixed(5)}`);
      }
      expect(shifts, shifts.join('\n')).toEqual([]);
    });
  }
});
