/** Pages of the built site for browser tests, with the language each one must have. */
import type { Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { htmlPages, isErrorPage } from '../dist/site-files.ts';
import { currentPageOf } from '../../src/routes/routes.ts';

export const PAGES = htmlPages().map(({ path }) => ({
  path,
  lang: path.startsWith('/en/') ? 'en' : 'nl',
  isErrorPage: isErrorPage(path),
  /** A diagram alone, for an <iframe> elsewhere: not indexed, its canonical URL is the full page. */
  isEmbed: path.endsWith('/embed/'),
  /** A dated version of a page, or its comparison with the page now: found from the page, not in the A–Z index. */
  isVersion: currentPageOf(path) !== undefined,
}));

export { PAGE_TYPES } from '../dist/site-files.ts';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const AXE_IS_LOADED = 'typeof window.axe?.run === "function"';
const pagesWithAxe = new WeakSet<Page>();

/**
 * Puts axe-core in the page's frames now and, as an init script, in every document it opens later. AxeBuilder on its
 * own evaluates axe's 550 KB source twice per check; loaded once per document, a visit with axe takes about 40 % less
 * (11 pages: 11.5 -> 7.0 s), which over every page and every diagram state is minutes of the suite.
 */
async function loadAxe(page: Page): Promise<void> {
  if (!pagesWithAxe.has(page)) {
    pagesWithAxe.add(page);
    await page.addInitScript({ content: AXE_SOURCE });
  }
  for (const frame of page.frames()) if (!(await frame.evaluate(AXE_IS_LOADED))) await frame.evaluate(AXE_SOURCE);
}

/**
 * axe violations as short readable lines, for the whole page or within one element (a diagram in a given state).
 * Legacy mode runs axe.run in the page itself; the default (runPartial) opens an extra page for every check, which
 * doubles the time over the whole site. It leaves out frames of another origin, which these pages do not have.
 * Only violations are reported in full (resultTypes), which saves passing every passed check back. AxeBuilder gets,
 * instead of axe's source, a check that loadAxe put it there.
 */
export async function axeViolations(page: Page, include?: string): Promise<string[]> {
  await loadAxe(page);
  const axeSource = `if (!(${AXE_IS_LOADED})) throw new Error('axe-core is not loaded in this frame');`;
  let builder = new AxeBuilder({ page, axeSource }).withTags(AXE_TAGS).setLegacyMode(true).options({ resultTypes: ['violations'] });
  if (include) builder = builder.include(include);
  const results = await builder.analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}
