/**
 * Shared by the production, privacy, budget and layout specs: which pages are diagrams or search, how to use a diagram
 * and open search as a reader would, the bytes a page costs and how far it shifts. Generic on purpose: nothing here names a script file.
 */
import { expect, type Page } from '@playwright/test';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { currentPageOf, embedUrl, pageUrl, sectionUrl } from '../../src/routes/routes.ts';
import { inlineCode } from '../../src/production/csp.ts';
import { DIST } from '../dist/site-files.ts';

/** The diagrams on their own, for an <iframe> on another site. */
export const EMBED_PAGES = (['nl', 'en'] as const).flatMap((lang) => [embedUrl(lang, 'orgChart'), embedUrl(lang, 'timeline')]);
export const DIAGRAM_PAGES = [...(['nl', 'en'] as const).flatMap((lang) => [sectionUrl(lang, 'orgChart'), sectionUrl(lang, 'timeline')]), ...EMBED_PAGES];
export const SEARCH_PAGES = (['nl', 'en'] as const).map((lang) => sectionUrl(lang, 'search'));
/** The guided story: a text page whose figures are diagrams, so its JavaScript counts against the diagrams' budget. */
export const STORY_PAGES = [pageUrl('nl', 'in-stappen'), pageUrl('en', 'in-steps')];

/** Splits a list into `count` groups of nearly equal size, in order. */
export function inGroups<T>(items: readonly T[], count: number): T[][] {
  const size = Math.ceil(items.length / count);
  return Array.from({ length: Math.ceil(items.length / size) }, (_, index) => items.slice(index * size, (index + 1) * size));
}

export type PageKind = 'diagram' | 'story' | 'search' | 'text';
export function pageKind(path: string): PageKind {
  if (DIAGRAM_PAGES.includes(path)) return 'diagram';
  // A dated state of a diagram (/wie-doet-wat/versies/<date>/) and its pinned embed are diagram pages; the comparison of states is text.
  const live = currentPageOf(path);
  if (live && DIAGRAM_PAGES.includes(live) && !/\/(wat-is-er-veranderd|what-changed)\/$/.test(path)) return 'diagram';
  if (STORY_PAGES.includes(path)) return 'story';
  if (SEARCH_PAGES.includes(path)) return 'search';
  return 'text';
}

/** Clicks into the diagram and moves through it with the keyboard: enough for its script to set up and react. */
export async function useDiagram(page: Page): Promise<void> {
  const diagram = page.locator('main svg[role="img"], main svg[role="application"], main svg[role="group"], main svg[role="tree"]').first();
  await expect(diagram).toBeVisible();
  await diagram.scrollIntoViewIfNeeded();
  const box = (await diagram.boundingBox())!;
  await page.mouse.click(box.x + Math.min(box.width / 2, 200), box.y + Math.min(box.height / 2, 200));
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Escape');
  await page.waitForLoadState('networkidle');
}

/**
 * Opens search as a reader does: types into the search field in the header and submits. With JavaScript the
 * header's launcher may open a dialog in place; without it, the form leads to the search page. Either way, the
 * search must fetch its Pagefind index from this site.
 */
export async function openSearch(page: Page, query = 'regie'): Promise<void> {
  const field = page.getByRole('banner').getByRole('search').getByRole('searchbox').or(page.locator('#site-search-q')).first();
  const pagefind = page.waitForResponse((response) => new URL(response.url()).pathname.startsWith('/pagefind/'), { timeout: 15_000 });
  await field.fill(query);
  await field.press('Enter');
  await pagefind;
  await page.waitForLoadState('networkidle');
}

const gzipCache = new Map<string, number>();

/** The file in the build that answers a site path, as the static server and nginx resolve it. */
export function distFile(pathname: string): string | undefined {
  const decoded = decodeURIComponent(pathname);
  const candidates = decoded.endsWith('/') ? [join(DIST, decoded, 'index.html')] : [join(DIST, decoded), join(DIST, decoded, 'index.html')];
  return candidates.find((file) => existsSync(file) && statSync(file).isFile());
}

export function gzipSize(file: string): number {
  let size = gzipCache.get(file);
  if (size === undefined) {
    size = gzipSync(readFileSync(file), { level: 9 }).length;
    gzipCache.set(file, size);
  }
  return size;
}

export interface PageWeight {
  html: number;
  css: number;
  js: number;
  /** Each script: URL path (or "inline") and its gzipped bytes. */
  scripts: { name: string; bytes: number }[];
}

/** Starts recording what a page loads; `weigh()` returns gzipped bytes per type of everything loaded so far. */
export function recordWeight(page: Page, origin: string): { weigh(): PageWeight } {
  const loaded = new Map<string, string>();
  page.on('response', (response) => {
    const url = new URL(response.url());
    if (url.origin === origin) loaded.set(url.pathname, response.request().resourceType());
  });
  return {
    weigh() {
      const weight: PageWeight = { html: 0, css: 0, js: 0, scripts: [] };
      for (const [pathname, type] of loaded) {
        const file = distFile(pathname);
        if (!file) continue;
        if (type === 'document') {
          weight.html += gzipSize(file);
          for (const script of inlineCode(readFileSync(file, 'utf8')).scripts) {
            const bytes = gzipSync(script, { level: 9 }).length;
            weight.js += bytes;
            weight.scripts.push({ name: `inline script in ${pathname}`, bytes });
          }
        } else if (type === 'stylesheet') weight.css += gzipSize(file);
        else if (type === 'script' || (type === 'other' && /\.m?js$/.test(pathname))) {
          weight.js += gzipSize(file);
          weight.scripts.push({ name: pathname, bytes: gzipSize(file) });
        }
      }
      return weight;
    },
  };
}

/**
 * From the next page load on, adds up layout shifts not caused by the reader's input (the CLS sum); `total()` reads
 * it for the page now loaded.
 */
export async function watchLayoutShift(page: Page): Promise<{ total(): Promise<number> }> {
  await page.addInitScript(() => {
    (window as unknown as { layoutShift: number }).layoutShift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!entry.hadRecentInput) (window as unknown as { layoutShift: number }).layoutShift += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  return { total: () => page.evaluate(() => (window as unknown as { layoutShift: number }).layoutShift) };
}

/** Collects CSP violations (the DOM event and Chromium's console report), uncaught errors and console errors. */
export async function watchForProblems(page: Page): Promise<() => Promise<string[]>> {
  const problems: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline code'} (${event.sourceFile}:${event.lineNumber})`);
    });
  });
  page.on('console', (message) => {
    if (message.type() === 'error' || /Content Security Policy|Permissions-Policy/i.test(message.text())) problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  return async () => {
    await page.waitForLoadState('load');
    return problems.splice(0);
  };
}
