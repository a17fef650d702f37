import { test, expect } from '@playwright/test';
import { PAGES } from './site.ts';
import { currentPageOf } from '../../src/lib/versions.ts';

const SITE = 'https://governance-mensenhandel.example';

test.describe('languages and canonical URLs', () => {
  for (const { path, lang, isNotFound } of PAGES) {
    test(`${path} has lang="${lang}", a canonical URL and its counterpart`, async ({ page, request }) => {
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      if (isNotFound) return;
      // An old version of a page names the current page as canonical.
      await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${SITE}${currentPageOf(path) ?? path}`);
      const other = lang === 'nl' ? 'en' : 'nl';
      const alternate = page.locator(`link[rel="alternate"][hreflang="${other}"]`);
      await expect(alternate).toHaveCount(1);
      await expect(page.locator(`link[rel="alternate"][hreflang="${lang}"]`)).toHaveAttribute('href', `${SITE}${path}`);
      const switcher = page.locator('.language-switch');
      await expect(switcher).toBeVisible();
      const href = await switcher.getAttribute('href');
      expect(`${SITE}${href}`).toBe(await alternate.getAttribute('href'));
      await expect(switcher).toHaveAttribute('hreflang', other);
      // The counterpart exists, is in the other language, and links back here.
      const response = await request.get(href!);
      expect(response.status()).toBe(200);
      const html = await response.text();
      expect(html).toContain(`<html lang="${other}"`);
      expect(html).toContain(`class="language-switch" href="${path}"`);
    });
  }
});
