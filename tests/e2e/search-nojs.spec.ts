// Without JavaScript: the header form still goes to the search page, which says search needs JavaScript and points
// to the A–Z index; that index links every page, organisation, event and term.
import { test, expect, type Browser, type Page } from './fixtures.ts';
import { PAGES } from './site.ts';

async function withoutJs(browser: Browser, run: (page: Page) => Promise<void>): Promise<void> {
  const context = await browser.newContext({ javaScriptEnabled: false });
  try {
    await run(await context.newPage());
  } finally {
    await context.close();
  }
}

for (const { lang, from, searchPage, index, message } of [
  { lang: 'nl', from: '/advies/', searchPage: '/zoeken/', index: '/register/', message: 'Zoeken werkt alleen met JavaScript.' },
  { lang: 'en', from: '/en/advice/', searchPage: '/en/search/', index: '/en/index/', message: 'Search only works with JavaScript.' },
]) {
  test(`(${lang}) the header form submits to ${searchPage}?q=…, which explains JavaScript is needed and links to the A–Z index`, async ({ browser }) => {
    await withoutJs(browser, async (page) => {
      await page.goto(from);
      await page.locator('#site-search-q').fill('zorg en opvang');
      await page.locator('.site-search button').click();
      await expect(page).toHaveURL(`${searchPage}?q=zorg+en+opvang`);
      await expect(page.getByText(message)).toBeVisible();
      await expect(page.locator('.search-page__form')).toBeVisible();
      await page.locator('.search-page__fallback').getByRole('link', { name: /A–Z/ }).click();
      await expect(page).toHaveURL(index);
      await expect(page.locator('h1')).toHaveText(/A–Z/);
    });
  });

  test(`(${lang}) the A–Z index links every page, organisation, event and term`, async ({ browser }) => {
    await withoutJs(browser, async (page) => {
      // Events and terms live on one page each, under their own anchors.
      const anchored: string[] = [];
      for (const [listPage, selector] of lang === 'nl'
        ? [['/tijdlijn/', 'li[data-event]'], ['/begrippen/', 'dl.glossary dt[id]']]
        : [['/en/timeline/', 'li[data-event]'], ['/en/glossary/', 'dl.glossary dt[id]']]) {
        await page.goto(listPage);
        const ids = await page.locator(selector).evaluateAll((elements) => elements.map((element) => element.id));
        expect(ids.length, `${listPage} lists its ${selector}`).toBeGreaterThan(10);
        anchored.push(...ids.map((id) => `${listPage}#${id}`));
      }
      await page.goto(index);
      const linked = new Set(await page.locator('.az-index__entries a').evaluateAll((links) => links.map((a) => a.getAttribute('href'))));
      const pages = PAGES.filter((p) => p.lang === lang && !p.isErrorPage && !p.isEmbed && !p.isVersion && p.path !== index).map((p) => p.path);
      expect(pages.length).toBeGreaterThan(40);
      expect([...pages, ...anchored].filter((href) => !linked.has(href))).toEqual([]);
      const letters = page.getByRole('navigation', { name: 'Letters' }).getByRole('link');
      expect(await letters.count()).toBeGreaterThan(15);
      for (const href of await letters.evaluateAll((links) => links.map((a) => a.getAttribute('href')))) {
        await expect(page.locator(`section[id="${href!.slice(1)}"] h2`)).toHaveCount(1);
      }
    });
  });
}
