import { test, expect } from './fixtures.ts';

test('an explanation page has "In het kort", numbered sources and its last-changed date', async ({ page }) => {
  await page.goto('/uitleg/');
  await expect(page.getByRole('complementary', { name: 'In het kort' })).toBeVisible();
  const sources = page.getByRole('region', { name: 'Bronnen bij deze pagina' });
  await expect(sources.locator('li').first()).toBeVisible();
  await expect(page.locator('.last-changed time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
});

test('a citation is numbered by its place in the source list and leads to it', async ({ page }) => {
  await page.goto('/advies/');
  const citation = page.locator('.citation a').first();
  const href = await citation.getAttribute('href');
  const number = Number((await citation.innerText()).match(/\[(\d+)\]/)![1]);
  const items = page.locator('.source-list li');
  await expect(items.nth(number - 1)).toHaveAttribute('id', href!.slice(1));
  await citation.click();
  await expect(page.locator(`${href}`)).toBeInViewport();
});

test('the letters\' anchors on the explanation page exist in both languages', async ({ page }) => {
  const anchors = ['leiderschap-en-regie', 'coordinatie', 'rollen-en-verantwoordelijkheden', 'borging-van-afspraken', 'nationaal-coordinator', 'verwijzingsmechanisme', 'regionale-samenwerking', 'taskforce', 'onafhankelijke-monitoring', 'duurzame-inbedding'];
  for (const path of ['/uitleg/', '/en/explanation/']) {
    await page.goto(path);
    for (const id of anchors) await expect(page.locator(`h2#${id}`)).toHaveCount(1);
  }
});

test('uncertain facts and interpretations are marked in words, not only by colour', async ({ page }) => {
  await page.goto('/uitleg/');
  await expect(page.locator('.marked--uncertain .marked__label').first()).toHaveText('Onzeker:');
  await expect(page.locator('.marked--interpretation .marked__label').first()).toHaveText('Interpretatie:');
  await page.goto('/en/explanation/');
  await expect(page.locator('.marked--uncertain .marked__label').first()).toHaveText('Uncertain:');
});

test('the figures chart is an SVG made at build time, with a table of the same data', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/cijfers/');
  await expect(page.locator('.figures-chart svg path.series__line')).toHaveCount(2);
  const rows = page.locator('.table-scroll table').first().locator('tbody tr');
  expect(await rows.count()).toBeGreaterThan(5);
  await expect(page.locator('.figures-chart').getByText(/onderbreking/)).toBeVisible();
  await context.close();
});

test('the glossary and the sources give each record its own anchor', async ({ page }) => {
  await page.goto('/begrippen/#regie');
  await expect(page.locator('dt#regie')).toBeVisible();
  await page.goto('/bronnen/#brief-nrm-2025-09-05');
  await expect(page.locator('li#brief-nrm-2025-09-05')).toContainText('Uitblijven inhoudelijke reactie');
});

test('the 404 page answers with status 404 and helps the reader on', async ({ page }) => {
  const response = await page.goto('/bestaat-niet/');
  expect(response!.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Pagina niet gevonden');
  await expect(page.getByRole('link', { name: /uitleg van de governance/ })).toBeVisible();
});

test('a redirect for a moved page leads to the new page', async ({ page }) => {
  await page.goto('/toegankelijkheid/');
  await expect(page).toHaveURL(/\/toegankelijkheidsverklaring\/$/);
  await expect(page.locator('h1')).toBeVisible();
});
