// Site search with JavaScript: the search page and its links, the index per language, filters, anchors.
import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { AXE_TAGS } from './site.ts';
import { firstResultsFilledIn } from './search-results.ts';

/** The number in "12 resultaten voor regie" / "12 results for regie", once the search for `term` is done. */
async function resultCount(page: Page, term: string): Promise<number> {
  const summary = page.locator('.pf-summary');
  await expect(summary).toHaveText(new RegExp(`^(\\d+ (resulta(at|ten)|results?) for|\\d+ resulta(at|ten) voor|Geen resultaten voor|No results for) ${term}$`));
  const text = (await summary.textContent()) ?? '';
  return /^\d+/.test(text) ? Number(text.match(/^\d+/)![0]) : 0;
}

const resultLinks = (page: Page) => page.locator('pagefind-results .pf-result-link');

test.describe('search page', () => {
  test('a Dutch query finds a page that holds only another form of the word (Dutch stemming)', async ({ page, request }) => {
    // The page says "taken" and never "taak": only the Dutch stemmer joins the two.
    const html = await (await request.get('/europees-kader/')).text();
    expect(html).toMatch(/\btaken\b/);
    expect(html).not.toMatch(/\btaak/i);
    await page.goto('/zoeken/?q=taak&soort=pagina');
    expect(await resultCount(page, 'taak')).toBeGreaterThan(0);
    await expect(resultLinks(page).filter({ hasText: 'Het Europese kader' })).toHaveAttribute('href', '/europees-kader/');
  });

  test('an English word is found in the English index and not in the Dutch one', async ({ page }) => {
    await page.goto('/en/search/?q=shelter');
    expect(await resultCount(page, 'shelter')).toBeGreaterThan(0);
    await expect(resultLinks(page).first()).toHaveAttribute('href', /^\/en\//);
    await page.goto('/zoeken/?q=shelter');
    expect(await resultCount(page, 'shelter')).toBe(0);
  });

  test('a search that finds nothing points to the A–Z index and the glossary', async ({ page }) => {
    await page.goto('/zoeken/?q=xyzzyq');
    expect(await resultCount(page, 'xyzzyq')).toBe(0);
    const help = page.locator('search-suggestions');
    await expect(help).toBeVisible();
    await expect(help.getByRole('link', { name: 'het register A–Z' })).toHaveAttribute('href', '/register/');
    await expect(help.getByRole('link', { name: 'de begrippenlijst' })).toHaveAttribute('href', '/begrippen/');
    await page.locator('#zoekterm').fill('regie');
    expect(await resultCount(page, 'regie')).toBeGreaterThan(0);
    await expect(help).toBeHidden();
  });

  for (const [group, param] of [
    ['Soort', 'soort'],
    ['Terrein', 'terrein'],
    ['Baan', 'baan'],
  ] as const) {
    test(`the filter "${param}" narrows the results and shows in the address`, async ({ page }) => {
      await page.goto('/zoeken/?q=regie');
      const all = await resultCount(page, 'regie');
      await page.getByText('Verfijnen', { exact: true }).click();
      const fieldset = page.locator('fieldset.pf-filter-group').filter({ has: page.locator('legend', { hasText: group }) });
      const option = fieldset.locator('label.pf-filter-checkbox:not([data-pf-hidden])').first();
      const value = (await option.locator('input').getAttribute('value'))!;
      const expected = Number(await option.locator('.pf-filter-checkbox-count').textContent());
      await option.locator('input').check();
      await expect(page).toHaveURL(new RegExp(`[?&]${param}=${encodeURIComponent(value).replace(/%20/g, '\\+')}(&|$)`));
      const narrowed = await resultCount(page, 'regie');
      expect(narrowed).toBe(expected);
      expect(narrowed).toBeGreaterThan(0);
      expect(narrowed).toBeLessThan(all);
      await option.locator('input').uncheck();
      expect(await resultCount(page, 'regie')).toBe(all);
    });
  }

  test('the kind filter keeps only results of that kind, each with its kind and date shown', async ({ page }) => {
    await page.goto('/zoeken/?q=motie&soort=gebeurtenis');
    const count = await resultCount(page, 'motie');
    expect(count).toBeGreaterThan(0);
    await expect(resultLinks(page)).toHaveCount(count);
    for (const href of await resultLinks(page).evaluateAll((links) => links.map((a) => a.getAttribute('href')))) expect(href).toMatch(/^\/tijdlijn\/#/);
    await expect(page.locator('.search-result-meta').first()).toHaveText(/^\S.* · \S/);
    await expect(page.locator('.search-filters summary')).toHaveText('Verfijnen (1 gekozen)');
  });

  test('the address of the page follows the search, so it can be shared', async ({ page, context }) => {
    await page.goto('/zoeken/');
    await page.locator('#zoekterm').fill('zorgcoördinator');
    const count = await resultCount(page, 'zorgcoördinator');
    await expect(page).toHaveURL(/\/zoeken\/\?q=zorgco%C3%B6rdinator$/);
    const shared = await context.newPage();
    await shared.goto(page.url());
    expect(await resultCount(shared, 'zorgcoördinator')).toBe(count);
    await expect(shared.locator('#zoekterm')).toHaveValue('zorgcoördinator');
  });

  test('a result links to its anchor, and the browser lands there', async ({ page }) => {
    await page.goto('/zoeken/?q=bikker&soort=gebeurtenis');
    expect(await resultCount(page, 'bikker')).toBeGreaterThan(0);
    await firstResultsFilledIn(page.locator('search-page'));
    const href = (await resultLinks(page).first().getAttribute('href'))!;
    expect(href).toMatch(/^\/tijdlijn\/#[a-z0-9-]+$/);
    // By its address: a result filled in later must not change which link is clicked.
    await resultLinks(page).and(page.locator(`[href="${href}"]`)).first().click();
    await expect(page).toHaveURL(new RegExp(`${href.replace(/[/#]/g, '\\$&')}$`));
    await expect(page.locator(`[id="${href.split('#')[1]}"]`)).toBeInViewport();
  });

  test('a sub-result links to the heading of the section that matches', async ({ page }) => {
    await page.goto('/zoeken/?q=taak&soort=pagina');
    expect(await resultCount(page, 'taak')).toBeGreaterThan(0);
    await firstResultsFilledIn(page.locator('search-page'));
    const subResults = page.locator('pagefind-results .pf-heading-link');
    const href = (await subResults.first().getAttribute('href'))!;
    expect(href).toMatch(/^\/[a-z-]+\/#[a-z0-9-]+$/);
    await subResults.and(page.locator(`[href="${href}"]`)).first().click();
    await expect(page.locator(`h2[id="${href.split('#')[1]}"], h3[id="${href.split('#')[1]}"]`)).toBeInViewport();
  });

  test('the keyboard moves from the field to the results and back', async ({ page }) => {
    await page.goto('/zoeken/');
    const field = page.locator('#zoekterm');
    await field.focus();
    await page.keyboard.type('regie');
    expect(await resultCount(page, 'regie')).toBeGreaterThan(1);
    await firstResultsFilledIn(page.locator('search-page'));
    await page.keyboard.press('ArrowDown');
    await expect(page.locator('pagefind-results a').first()).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(page.locator('pagefind-results a').nth(1)).toBeFocused();
    // Typing on a result goes back to the field and searches on.
    await page.keyboard.type('s');
    await expect(field).toBeFocused();
    await expect(field).toHaveValue('regies');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\?q=regies$/);
  });

  test('with results, the search page has no WCAG 2.2 AA violations', async ({ page }) => {
    await page.goto('/zoeken/?q=regie');
    await resultCount(page, 'regie');
    await page.getByText('Verfijnen', { exact: true }).click();
    const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});
