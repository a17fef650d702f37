import { test, expect, testHeaders, type Page } from './fixtures.ts';
import { PAGE_TYPES, axeViolations } from './site.ts';

// Every page in the light scheme is checked by axe in every-page.spec.ts, in the same visit as CSP and privacy; here
// one page of each type in the dark scheme. One browser page for all of them: a fresh page per test costs about as
// much as axe itself. A failing test does not skip the rest (mode 'default').
test.describe('axe, dark scheme, every page type', () => {
  test.describe.configure({ mode: 'default' });
  let page: Page;
  test.beforeAll(async ({ browser }, testInfo) => {
    const { baseURL, locale } = testInfo.project.use;
    page = await browser.newPage({ baseURL, locale, colorScheme: 'dark' });
  });
  test.afterAll(() => page.close());
  for (const path of PAGE_TYPES) {
    test(`${path} in dark mode has no WCAG 2.2 AA violations`, async () => {
      await page.setExtraHTTPHeaders(testHeaders());
      await page.goto(path);
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});
