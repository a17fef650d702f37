// On a narrow screen the list of a diagram page comes before the diagram, in the DOM and so in focus order.
import { test, expect, type Page } from './fixtures.ts';
import { watchLayoutShift } from './page-probes.ts';

const NARROW = { width: 320, height: 640 };
const WIDE = { width: 1280, height: 800 };

const PAGES = [
  { path: '/wie-doet-wat/', skipLink: 'Direct naar de lijst van organisaties', state: '?view=voorgesteld' },
  { path: '/en/timeline/', skipLink: 'Go straight to the list of events', state: '?banen=parlement' },
];

/** True when the list block precedes the diagram block in the document. */
const listComesFirst = (page: Page) =>
  page.evaluate(() => {
    const list = document.querySelector('[data-diagram-list]')!;
    const diagram = document.querySelector('[data-diagram]')!;
    return Boolean(list.compareDocumentPosition(diagram) & Node.DOCUMENT_POSITION_FOLLOWING);
  });

/** Where Tab goes from the intro's link to the list: into the list, or into the diagram. */
async function tabAfterSkipLink(page: Page, skipLink: string): Promise<'list' | 'diagram'> {
  await page.getByRole('link', { name: skipLink }).focus();
  await page.keyboard.press('Tab');
  return page.evaluate(() => (document.activeElement?.closest('[data-diagram-list]') ? 'list' : document.activeElement?.closest('[data-diagram]') ? 'diagram' : 'elsewhere') as 'list' | 'diagram');
}

for (const { path, skipLink, state } of PAGES) {
  test.describe(path, () => {
    test('on a narrow screen the list comes first, before the first paint, and Tab reaches it first', async ({ page }) => {
      await page.setViewportSize(NARROW);
      const layoutShift = await watchLayoutShift(page);
      await page.goto(path, { waitUntil: 'networkidle' });
      expect(await listComesFirst(page)).toBe(true);
      expect(await tabAfterSkipLink(page, skipLink)).toBe('list');
      expect(await layoutShift.total()).toBe(0);
    });

    test('on a wide screen the diagram comes first', async ({ page }) => {
      await page.setViewportSize(WIDE);
      await page.goto(path);
      expect(await listComesFirst(page)).toBe(false);
      expect(await tabAfterSkipLink(page, skipLink)).toBe('diagram');
    });

    test('a link into the diagram state keeps the diagram first on a narrow screen', async ({ page }) => {
      await page.setViewportSize(NARROW);
      await page.goto(path + state);
      expect(await listComesFirst(page)).toBe(false);
    });

    test('the list moves when the width crosses the limit, and focus stays where it was', async ({ page }) => {
      await page.setViewportSize(WIDE);
      await page.goto(path);
      // The first link of the list itself, not the link down to the diagram that only a narrow screen shows.
      const firstListLink = page.locator('[data-diagram-list] > :not(.diagram-list__to-diagram) a').first();
      await firstListLink.focus();
      await page.setViewportSize(NARROW);
      await expect.poll(() => listComesFirst(page)).toBe(true);
      await expect(firstListLink).toBeFocused();
      await page.setViewportSize(WIDE);
      await expect.poll(() => listComesFirst(page)).toBe(false);
      await expect(firstListLink).toBeFocused();
    });

    test('without JavaScript the diagram comes first, with a link to the list', async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false, viewport: NARROW });
      const page = await context.newPage();
      await page.goto(path);
      expect(await listComesFirst(page)).toBe(false);
      await expect(page.getByRole('link', { name: skipLink })).toHaveAttribute('href', '#lijst');
      await context.close();
    });
  });
}

test('on a narrow screen the list starts with a link down to the chart, which a wide screen does not need', async ({ page }) => {
  await page.setViewportSize(NARROW);
  await page.goto('/wie-doet-wat/');
  const link = page.locator('[data-diagram-list]').getByRole('link', { name: 'Naar het schema' });
  await expect(link).toBeVisible();
  await expect(link).toHaveAttribute('href', '#schema');
  await link.click();
  await expect(page.locator('#schema')).toBeInViewport();
  await page.setViewportSize(WIDE);
  await expect.poll(() => listComesFirst(page)).toBe(false);
  await expect(link).toBeHidden();
});
