// Site search with JavaScript: the search page and its links, the index per language, filters, anchors, results
// ten at a time, bad input from the address bar, ranking and excerpts.
import { test, expect } from './fixtures.ts';
import { axeViolations } from './site.ts';
import { resultCount, resultLinks, shownCount } from './search-results.ts';

test.describe('search page', () => {
  test('a Dutch query finds a page that holds only another form of the word (Dutch stemming)', async ({ page, request }) => {
    // The page says "taken" and never "taak": only the Dutch stemmer joins the two.
    const html = await (await request.get('/europees-kader/')).text();
    expect(html).toMatch(/\btaken\b/);
    expect(html).not.toMatch(/\btaak/i);
    await page.goto('/zoeken/?q=taak&soort=pagina');
    expect(await resultCount(page, 'taak')).toBeGreaterThan(0);
    // The page is long, so its sections are results of their own.
    await expect(resultLinks(page).and(page.locator('[href^="/europees-kader/"]')).first()).toBeVisible();
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
    const help = page.locator('.search-help');
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
      const fieldset = page.locator('fieldset.search-filters__group').filter({ has: page.locator('legend', { hasText: group }) });
      const option = fieldset.locator('label.search-filters__option:not([hidden])').first();
      const value = (await option.locator('input').getAttribute('value'))!;
      const expected = Number((await option.locator('.search-filters__count').textContent())!.replace(/\D/g, ''));
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
    await expect(resultLinks(page)).toHaveCount(Math.min(count, 10));
    for (const href of await resultLinks(page).evaluateAll((links) => links.map((a) => a.getAttribute('href')))) expect(href).toMatch(/^\/tijdlijn\/#/);
    await expect(page.locator('.search-result__meta').first()).toHaveText(/^\S.* · \S/);
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
    const subResults = page.locator('.search-result__section-link');
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
    await page.keyboard.press('ArrowDown');
    await expect(page.locator('.search-results a').first()).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(page.locator('.search-results a').nth(1)).toBeFocused();
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
    await expect(page.locator('.search-filters__group').first()).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });

  test('results come ten at a time: the count says how many are shown, and "more" moves focus to the next ten', async ({ page }) => {
    await page.goto('/zoeken/?q=regie');
    const total = await resultCount(page, 'regie');
    expect(total, 'this test needs a query with more than 20 results').toBeGreaterThan(20);
    await expect(resultLinks(page)).toHaveCount(10);
    await expect(page.locator('.search-summary')).toHaveText(`${total} resultaten voor regie, 10 getoond`);
    await expect(page.locator('search-view [aria-live="polite"]')).toHaveText(`${total} resultaten voor regie, 10 getoond`);
    // By keyboard: from the last link of the ten, ↓ reaches the button.
    await page.locator('.search-results a').last().focus();
    await page.keyboard.press('ArrowDown');
    const more = page.getByRole('button', { name: 'Meer resultaten' });
    await expect(more).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(resultLinks(page)).toHaveCount(20);
    await expect(resultLinks(page).nth(10)).toBeFocused();
    expect(await shownCount(page, 'regie')).toBe(20);
    await expect(page.locator('search-view [aria-live="polite"]')).toHaveText(`${total} resultaten voor regie, 20 getoond`);
    for (let shown = 20; shown < total; shown += 10) {
      await more.click();
      await expect(resultLinks(page)).toHaveCount(Math.min(shown + 10, total));
    }
    await expect(more).toBeHidden();
    await expect(page.locator('.search-summary')).toHaveText(`${total} resultaten voor regie`);
  });

  test('parameters in the address that are no filter change nothing: same results, no error, a clean address', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto('/zoeken/?q=regie');
    const plain = await resultCount(page, 'regie');
    const first = await resultLinks(page).first().getAttribute('href');
    for (const junk of ['utm_source=nieuwsbrief', 'fbclid=IwAR2F4-nieuwsbrief', '__proto__=x', 'constructor=x', 'toString=1', 'soort=bestaat-niet']) {
      await page.goto(`/zoeken/?q=regie&${junk}`);
      expect(await resultCount(page, 'regie'), junk).toBe(plain);
      await expect(resultLinks(page).first(), junk).toHaveAttribute('href', first!);
      await expect(page.locator('.search-filters summary'), junk).toHaveText('Verfijnen');
      await expect(page, junk).toHaveURL(/\/zoeken\/\?q=regie$/);
    }
    expect(errors).toEqual([]);
  });

  test('the explanation’s own sections come first, and lists of sources are no sections', async ({ page }) => {
    const top3 = async (term: string) => {
      await page.goto(`/zoeken/?q=${encodeURIComponent(term)}`);
      await resultCount(page, term);
      return resultLinks(page).evaluateAll((links) => links.slice(0, 3).map((a) => a.getAttribute('href')));
    };
    // Topics the explanation has a section on.
    for (const [term, section] of [
      ['regie', '/uitleg/#leiderschap-en-regie'],
      ['taskforce', '/uitleg/#taskforce'],
      ['verwijzingsmechanisme', '/uitleg/#verwijzingsmechanisme'],
      ['GRETA', '/europees-kader/#greta'],
    ]) {
      expect(await top3(term), term).toContain(section);
    }
    // A page's list of sources is no section: it never shows under a result.
    await page.goto('/zoeken/?q=zorgcoordinatoren');
    await resultCount(page, 'zorgcoordinatoren');
    await expect(page.locator('.search-result__section-link', { hasText: 'Bronnen bij deze pagina' })).toHaveCount(0);
  });

  test('excerpts keep the spaces between parts of the page and hold no citation marks', async ({ page }) => {
    await page.goto('/zoeken/?q=voorzitter');
    await resultCount(page, 'voorzitter');
    const excerpts = await page.locator('.search-result__excerpt, .search-result__section-excerpt').allTextContents();
    expect(excerpts.length).toBeGreaterThan(0);
    // On organisation pages a relation reads "… (nu en in het voorstel) CoMensha is voorzitter …".
    expect(excerpts.filter((text) => /\)\p{L}|\[\d+\]|bron:/u.test(text))).toEqual([]);
  });
});

