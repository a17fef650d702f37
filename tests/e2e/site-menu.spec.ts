// The header on a phone is the page's top, not the page: at most 120 px, with the navigation and the search behind
// "Menu" (a link that opens them with :target without JavaScript, a disclosure button with it). Desktop is unchanged.
import { test, expect, type Page } from './fixtures.ts';
import { axeViolations } from './site.ts';

const header = (page: Page) => page.locator('header.site-header');
const toggle = (page: Page) => page.locator('.menu-toggle');
const nav = (page: Page) => page.getByRole('navigation', { name: 'Hoofdmenu' });

async function scrollWidth(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth);
}

for (const width of [320, 360, 390]) {
  test(`at ${width} px the header is at most 120 px tall and "In het kort" starts in the top half of the screen`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('/uitleg/');
    expect((await header(page).boundingBox())!.height).toBeLessThanOrEqual(120);
    await expect(nav(page)).toBeHidden();
    await expect(page.getByRole('search')).toBeHidden();
    await expect(page.locator('.language-switch')).toBeVisible();
    expect((await page.locator('.in-short').boundingBox())!.y).toBeLessThan(400);
    expect(await scrollWidth(page)).toBe(width);
    await toggle(page).click();
    await expect(nav(page)).toBeVisible();
    await expect(page.getByRole('search')).toBeVisible();
    expect(await scrollWidth(page), 'the open menu fits the screen').toBe(width);
  });
}

test('at 200 % zoom (640 px) the header is the narrow one, and the wide screen keeps navigation and search in view', async ({ page }) => {
  await page.setViewportSize({ width: 640, height: 450 });
  await page.goto('/');
  expect((await header(page).boundingBox())!.height).toBeLessThanOrEqual(120);
  await expect(toggle(page)).toBeVisible();
  await page.setViewportSize({ width: 1280, height: 900 });
  await expect(toggle(page)).toBeHidden();
  await expect(nav(page)).toBeVisible();
  await expect(page.getByRole('search')).toBeVisible();
});

test('with the keyboard only: the menu button opens, its links follow, Escape closes and keeps focus', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto('/uitleg/');
  await expect(toggle(page)).toHaveAttribute('aria-expanded', 'false');
  await expect(toggle(page)).toHaveAttribute('role', 'button');
  for (let i = 0; i < 6 && !(await toggle(page).evaluate((el) => el === document.activeElement)); i += 1) await page.keyboard.press('Tab');
  await expect(toggle(page)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(toggle(page)).toHaveAttribute('aria-expanded', 'true');
  await expect(nav(page)).toBeVisible();
  expect(page.url()).not.toContain('#site-menu');
  // The language link comes next, then the search, then the navigation.
  await page.keyboard.press('Tab');
  await expect(page.locator('.language-switch')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.locator('#site-search-q')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(toggle(page)).toBeFocused();
  await expect(toggle(page)).toHaveAttribute('aria-expanded', 'false');
  await expect(nav(page)).toBeHidden();
  await page.keyboard.press('Space');
  await expect(toggle(page)).toHaveAttribute('aria-expanded', 'true');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('"Menu" is a link that opens the navigation and the search', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto('/uitleg/');
    expect((await header(page).boundingBox())!.height).toBeLessThanOrEqual(120);
    await expect(nav(page)).toBeHidden();
    await page.getByRole('link', { name: 'Menu' }).click();
    await expect(nav(page)).toBeVisible();
    await expect(page.getByRole('search')).toBeVisible();
    await expect(nav(page).getByRole('link', { name: 'Wie doet wat' })).toBeVisible();
  });
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds nothing in the closed and the open menu, ${scheme}, and in forced colours`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.emulateMedia({ colorScheme: scheme, forcedColors: scheme === 'dark' ? 'active' : 'none' });
    await page.goto('/');
    expect(await axeViolations(page)).toEqual([]);
    await toggle(page).click();
    expect(await axeViolations(page)).toEqual([]);
  });
}
