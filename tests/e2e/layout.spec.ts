import { test, expect } from './fixtures.ts';
import { PAGE_TYPES } from './site.ts';

test('the skip link is the first Tab stop and moves focus to the main content', async ({ page }) => {
  await page.goto('/uitleg/');
  await page.keyboard.press('Tab');
  const skip = page.locator('.skip-link');
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main#inhoud')).toBeFocused();
});

test('header, main navigation, breadcrumbs and footer are present and keyboard reachable', async ({ page }) => {
  await page.goto('/advies/');
  await expect(page.getByRole('banner').getByRole('link', { name: /Governance aanpak mensenhandel/ })).toBeVisible();
  const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
  await expect(nav.getByRole('link')).toHaveCount(7);
  await expect(nav.getByRole('link', { name: 'Het advies' })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('search')).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Kruimelpad' }).getByRole('link')).toHaveCount(2);
  const footer = page.getByRole('contentinfo');
  for (const name of ['Colofon', 'Toegankelijkheid', 'Privacy', 'Bronnen', 'Nationaal Rapporteur Mensenhandel']) {
    await expect(footer.getByRole('link', { name })).toBeVisible();
  }
  // Keyboard only: after the skip link come the site name, the language switch and the search field.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.locator('.site-header__name')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.locator('.language-switch')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.locator('#site-search-q')).toBeFocused();
});

test('a focused link shows a visible focus indicator', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  const outline = await page.locator('.site-header__name').evaluate((el) => getComputedStyle(el).outlineWidth);
  expect(parseFloat(outline)).toBeGreaterThanOrEqual(2);
});

test('the search form in the header works without JavaScript as a GET to the search page', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/uitleg/');
  await page.locator('#site-search-q').fill('regie');
  await page.locator('#site-search-q').press('Enter');
  await expect(page).toHaveURL(/\/zoeken\/\?q=regie$/);
  await context.close();
});

test.describe('320 px wide', () => {
  test.use({ viewport: { width: 320, height: 640 } });
  for (const path of PAGE_TYPES) {
    test(`${path} does not scroll sideways`, async ({ page }) => {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }
});

test('print shows text and link URLs, without navigation chrome', async ({ page }) => {
  await page.goto('/advies/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Hoofdmenu' })).toBeHidden();
  await expect(page.locator('.site-search')).toBeHidden();
  await expect(page.locator('.breadcrumbs')).toBeHidden();
  await expect(page.locator('h1')).toBeVisible();
  const after = await page
    .locator('main a[href^="/"]')
    .first()
    .evaluate((el) => getComputedStyle(el, '::after').content);
  expect(after).toContain('/');
});

test('forced colours keep the focus ring and the marking of uncertain text', async ({ page }) => {
  await page.emulateMedia({ forcedColors: 'active' });
  await page.goto('/uitleg/');
  const marked = page.locator('.marked').first();
  await expect(marked).toBeVisible();
  const border = await marked.evaluate((el) => getComputedStyle(el).borderInlineStartWidth);
  expect(parseFloat(border)).toBeGreaterThan(0);
  await page.keyboard.press('Tab');
  const outline = await page.locator('.skip-link').evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe('none');
});
