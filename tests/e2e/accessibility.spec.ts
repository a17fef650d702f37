import { test, expect, type Page } from '@playwright/test';
import { VISITED_PAGES, PAGE_TYPES, axeViolations } from './site.ts';
import { inGroups } from './page-probes.ts';

/**
 * One test per page, in groups that each keep one browser page for all of theirs: a fresh page per test costs about
 * as much as axe itself over 200 pages. A failing test does not skip the rest of its group (mode 'default').
 */
function axeEveryPage(title: string, paths: readonly string[], colorScheme: 'light' | 'dark') {
  for (const [index, group] of inGroups(paths, colorScheme === 'light' ? 8 : 2).entries()) {
    test.describe(`${title}, group ${index + 1}`, () => {
      test.describe.configure({ mode: 'default' });
      let page: Page;
      test.beforeAll(async ({ browser }, testInfo) => {
        const { baseURL, locale } = testInfo.project.use;
        page = await browser.newPage({ baseURL, locale, colorScheme });
      });
      test.afterAll(() => page.close());
      for (const path of group) {
        test(`${path}${colorScheme === 'dark' ? ' in dark mode' : ''} has no WCAG 2.2 AA violations`, async () => {
          await page.goto(path);
          expect(await axeViolations(page)).toEqual([]);
        });
      }
    });
  }
}

axeEveryPage('axe, light scheme, every page', VISITED_PAGES.map(({ path }) => path), 'light');
axeEveryPage('axe, dark scheme, every page type', PAGE_TYPES, 'dark');
