// Every page's language attributes and counterpart are checked in the built HTML (tests/dist/languages.test.ts);
// here, that a reader sees the switch to the other language on each page type, and that it leads there.
import { test, expect } from './fixtures.ts';
import { PAGE_TYPES } from './site.ts';

for (const path of PAGE_TYPES.filter((p) => p !== '/404.html')) {
  test(`${path} shows the switch to the other language, which leads to its counterpart`, async ({ page }) => {
    await page.goto(path);
    const lang = await page.locator('html').getAttribute('lang');
    const switcher = page.locator('.language-switch');
    await expect(switcher).toBeVisible();
    await switcher.click();
    await expect(page.locator('html')).toHaveAttribute('lang', lang === 'nl' ? 'en' : 'nl');
    await expect(page.locator('.language-switch')).toHaveAttribute('href', path);
  });
}
