// The search dialog that the header opens on every page: loading only on demand, keyboard, focus, announcements, axe.
import { test, expect, type Page } from './fixtures.ts';
import { gzipSync } from 'node:zlib';
import { axeViolations } from './site.ts';
import { resultCount } from './search-results.ts';

const dialog = (page: Page) => page.locator('dialog.search-dialog');
const field = (page: Page) => dialog(page).getByRole('searchbox');

/** Waits until the search for `term` in the dialog is done, with its results on screen. */
async function results(page: Page, term: string): Promise<void> {
  await resultCount(dialog(page), term);
}

async function noViolations(page: Page): Promise<void> {
  expect(await axeViolations(page)).toEqual([]);
}

test('a text page loads no Pagefind file on first paint, only a launcher of at most 2 KB gzipped', async ({ page, request }) => {
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.goto('/uitleg/');
  await page.waitForLoadState('networkidle');
  expect(requested.filter((path) => path.startsWith('/pagefind/'))).toEqual([]);
  // Neither Pagefind's interface nor our code that loads it (which names its files) came with the page.
  const scripts = await Promise.all(requested.filter((path) => path.endsWith('.js')).map(async (path) => (await request.get(path)).body()));
  expect(scripts.filter((body) => body.toString().includes('/pagefind/'))).toEqual([]);
  const launchers = scripts.filter((body) => body.toString().includes('"search-launcher"') || body.toString().includes('`search-launcher`'));
  expect(launchers).toHaveLength(1);
  expect(gzipSync(launchers[0]).length).toBeLessThanOrEqual(2048);
  // Opening search is what fetches Pagefind's engine and the Dutch index; the interface is the site's own.
  await page.keyboard.press('Control+k');
  await expect(field(page)).toBeFocused();
  await field(page).fill('regie');
  await results(page, 'regie');
  for (const file of ['/pagefind/pagefind.js', '/pagefind/wasm.nl.pagefind']) expect(requested).toContain(file);
  expect(requested.filter((path) => path.startsWith('/pagefind/index/nl_')).length).toBeGreaterThan(0);
  expect(requested.filter((path) => /^\/pagefind\/pagefind-(component-ui|ui|modular-ui|worker)\./.test(path))).toEqual([]);
});

test('the header button opens the dialog, the keyboard goes through results, and Escape gives focus back', async ({ page }) => {
  await page.goto('/advies/');
  const button = page.locator('.site-search button');
  await expect(button).toHaveAttribute('aria-haspopup', 'dialog');
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(dialog(page)).toBeVisible();
  await expect(dialog(page)).toHaveAccessibleName('Zoeken op deze site');
  await expect(field(page)).toBeFocused();
  await page.keyboard.type('regie');
  await results(page, 'regie');
  const links = dialog(page).locator('.search-results a');
  await page.keyboard.press('ArrowDown');
  await expect(links.nth(0)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(links.nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(field(page)).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(dialog(page).getByRole('button', { name: 'Wissen' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(dialog(page).getByRole('button', { name: 'Sluiten' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toBeHidden();
  await expect(button).toBeFocused();
});

test('Ctrl+K opens the dialog from anywhere, and Enter on a result opens it', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Control+k');
  await expect(field(page)).toBeFocused();
  await page.keyboard.type('bikker');
  await results(page, 'bikker');
  await page.keyboard.press('ArrowDown');
  const href = await page.evaluate(() => document.activeElement?.getAttribute('href'));
  expect(href).toMatch(/^\/[a-z-]+\/(#[a-z0-9-]+)?$/);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${href!.replace(/[/#]/g, '\\$&')}$`));
});

test('what was typed in the header field is searched in the dialog; the close button gives focus back', async ({ page }) => {
  await page.goto('/en/explanation/');
  await page.locator('#site-search-q').fill('steers');
  await page.locator('#site-search-q').press('Enter');
  await expect(field(page)).toHaveValue('steers');
  await results(page, 'steers');
  await expect(dialog(page).locator('.search-summary')).toHaveText(/^\d+ results? for steers(, 10 shown)?$/);
  await dialog(page).getByRole('button', { name: 'Close' }).click();
  await expect(dialog(page)).toBeHidden();
  await expect(page.locator('#site-search-q')).toBeFocused();
});

test('result counts are announced from a live region inside the open dialog', async ({ page }) => {
  await page.goto('/uitleg/');
  await page.keyboard.press('Control+k');
  await expect(field(page)).toBeFocused();
  // The announcer empties itself shortly after speaking; record what it says.
  await page.evaluate(() => {
    const said: string[] = ((window as unknown as { said: string[] }).said = []);
    new MutationObserver(() => {
      for (const region of document.querySelectorAll('dialog[open] [aria-live]')) if (region.textContent) said.push(region.textContent);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  await field(page).fill('regie');
  await results(page, 'regie');
  const count = (await dialog(page).locator('.search-summary').textContent())!;
  await expect.poll(() => page.evaluate(() => (window as unknown as { said: string[] }).said)).toContain(count);
  await field(page).fill('xyzzyq');
  await expect.poll(() => page.evaluate(() => (window as unknown as { said: string[] }).said)).toContain('Geen resultaten voor xyzzyq');
});

test('the dialog has no WCAG 2.2 AA violations: empty, with results, filters open, with no results', async ({ page }) => {
  await page.goto('/tijdlijn/');
  await page.keyboard.press('Control+k');
  await expect(field(page)).toBeFocused();
  await noViolations(page);
  await field(page).fill('motie');
  await results(page, 'motie');
  await noViolations(page);
  await dialog(page).getByText('Verfijnen', { exact: true }).click();
  await expect(dialog(page).locator('.search-filters__group').first()).toBeVisible();
  await noViolations(page);
  await field(page).fill('xyzzyq');
  await results(page, 'xyzzyq');
  await expect(dialog(page).locator('.search-help')).toBeVisible();
  await noViolations(page);
});

test.describe('dark scheme', () => {
  test.use({ colorScheme: 'dark' });
  test('the dialog with results has no WCAG 2.2 AA violations', async ({ page }) => {
    await page.goto('/en/');
    await page.keyboard.press('Control+k');
    await field(page).fill('shelter');
    await results(page, 'shelter');
    await noViolations(page);
  });
});
