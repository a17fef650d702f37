import { test, expect } from '@playwright/test';
import { PAGES, PAGE_TYPES, axeViolations } from './site.ts';

test.describe('axe, light scheme, every page', () => {
  for (const { path } of PAGES) {
    test(`${path} has no WCAG 2.2 AA violations`, async ({ page }) => {
      await page.goto(path);
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});

test.describe('axe, dark scheme, every page type', () => {
  test.use({ colorScheme: 'dark' });
  for (const path of PAGE_TYPES) {
    test(`${path} in dark mode has no WCAG 2.2 AA violations`, async ({ page }) => {
      await page.goto(path);
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});
