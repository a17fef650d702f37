// The "Citeer" block: its copy button works from the keyboard and puts the reference on the clipboard, a screen
// reader hears that it did, the block passes axe, it stays whole in print, and without JavaScript the reference is
// plain text to select and the RIS file is a download.
import { test, expect } from './fixtures.ts';
import { axeViolations } from './site.ts';

const BLOCK = 'section.cite-block';

test.describe('the Citeer block', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  for (const path of ['/uitleg/', '/en/explanation/', '/wie-doet-wat/', '/organisaties/politie/', '/data/']) {
    test(`${path}: the reference is copied with the keyboard and the copy is announced`, async ({ page }) => {
      await page.goto(path);
      const block = page.locator(BLOCK);
      const reference = (await block.locator('[data-copy-source]').innerText()).replace(/\s+/g, ' ').trim();
      const url = await page.locator('meta[name="citation_public_url"]').getAttribute('content');
      expect(reference).toContain(url!);
      const button = block.getByRole('button', { name: path.startsWith('/en/') ? 'Copy the reference' : 'Kopieer de verwijzing' });
      await button.focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(reference);
      await expect(block.locator('[data-copy-status]')).toHaveText(path.startsWith('/en/') ? 'Reference copied.' : 'Verwijzing gekopieerd.');
      // Space works too, as on any button.
      await page.evaluate(() => navigator.clipboard.writeText(''));
      await page.keyboard.press('Space');
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(reference);
      expect(await axeViolations(page, BLOCK)).toEqual([]);
    });
  }

  test('the RIS link downloads the page’s RIS file', async ({ page, request }) => {
    await page.goto('/uitleg/');
    const href = await page.locator(`${BLOCK} a[download][type="application/x-research-info-systems"]`).getAttribute('href');
    const response = await request.get(href!);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toMatch(/^application\/x-research-info-systems/);
    expect(await response.text()).toMatch(/^TY {2}- /);
  });

  test('in dark mode at 360 px the block passes axe', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto('/organisaties/politie/');
    expect(await axeViolations(page, BLOCK)).toEqual([]);
  });

  test('in print the block stays on one page and the button is not printed', async ({ page }) => {
    await page.goto('/uitleg/');
    await page.emulateMedia({ media: 'print' });
    const block = page.locator(BLOCK);
    expect(await block.evaluate((element) => getComputedStyle(element).breakInside)).toBe('avoid');
    await expect(block.locator('button')).toBeHidden();
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the reference is selectable text and no dead button is shown', async ({ page }) => {
    await page.goto('/uitleg/');
    const block = page.locator(BLOCK);
    await expect(block.locator('[data-copy-source]')).toBeVisible();
    expect(await block.locator('[data-copy-source]').evaluate((element) => getComputedStyle(element).userSelect)).not.toBe('none');
    await expect(block.locator('button')).toBeHidden();
  });
});
