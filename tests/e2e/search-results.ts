// Pagefind fills each result in (a skeleton becomes a link) as its data arrives, in any order.
import { expect, type Locator } from '@playwright/test';

/** Waits until the first `count` results inside `scope` (or all, when fewer) are filled in. */
export async function firstResultsFilledIn(scope: Locator, count = 2): Promise<void> {
  const items = scope.locator('pagefind-results li.pf-result');
  await expect(items.first()).toBeVisible();
  const shown = Math.min(count, await items.count());
  for (let i = 0; i < shown; i++) await expect(items.nth(i).locator('.pf-result-link')).toBeVisible();
}
