// What the search specs read of the results of a search, in the dialog or on the search page.
import { expect, type Locator, type Page } from '@playwright/test';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** "32 resultaten voor regie, 10 getoond", "1 result for x", "Geen resultaten voor x", once the search for `term` is done. */
export function summaryPattern(term: string): RegExp {
  return new RegExp(`^(([\\d.,]+) (resultaten|resultaat|results?) (voor|for) ${escape(term)}(, ([\\d.,]+) (getoond|shown))?|(Geen resultaten voor|No results for) ${escape(term)})$`);
}

/** Waits until the search for `term` inside `scope` is done, with its results on screen; returns the number found. */
export async function resultCount(scope: Page | Locator, term: string): Promise<number> {
  const summary = scope.locator('.search-summary');
  await expect(summary).toHaveText(summaryPattern(term));
  const count = summaryPattern(term).exec((await summary.textContent()) ?? '')?.[2];
  const total = count ? Number(count.replace(/[.,]/g, '')) : 0;
  if (total) await expect(resultLinks(scope).first()).toBeVisible();
  return total;
}

/** The number of results shown, as the summary says it. */
export async function shownCount(scope: Page | Locator, term: string): Promise<number> {
  const match = summaryPattern(term).exec((await scope.locator('.search-summary').textContent()) ?? '');
  return match?.[6] ? Number(match[6].replace(/[.,]/g, '')) : await resultCount(scope, term);
}

/** The title link of each result shown. */
export const resultLinks = (scope: Page | Locator) => scope.locator('.search-result__link');
