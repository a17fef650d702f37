// A dated state of the data as a reader meets it: the live org chart says which state it shows and "Citeer deze
// stand" leads to that state's dated page, which shows the frozen data (an ended organisation named as ended),
// passes axe, and offers a pinned embed. Dates come from the pages, never from today.
import { test, expect } from './fixtures.ts';
import { axeViolations } from './site.ts';

test('"Citeer deze stand" leads from the live org chart to its dated state, which passes axe', async ({ page }) => {
  await page.goto('/wie-doet-wat/');
  const state = page.locator('.diagram-sources [data-state]');
  const date = (await state.locator('time').getAttribute('datetime'))!;
  await expect(state).toContainText('stand van');
  await state.getByRole('link', { name: 'Citeer deze stand' }).click();
  await expect(page).toHaveURL(new RegExp(`/wie-doet-wat/versies/${date}/$`));
  await expect(page.locator('.version-banner')).toContainText('Dit is de stand van');
  await expect(page.getByRole('link', { name: 'Bekijk de huidige stand' })).toHaveAttribute('href', '/wie-doet-wat/');
  // The Ministerie van Asiel en Migratie ended on 23 February 2026: the state names it as ended, not left out.
  await expect(page.locator('.orgchart-ended')).toContainText('Asiel en Migratie');
  await expect(page.locator('svg.orgchart-svg, svg').first()).toBeVisible();
  await expect(page.locator('.diagram-sources').getByRole('link', { name: 'CSV' }).first()).toHaveAttribute('href', new RegExp(`^/data/${date}/`));
  expect(await axeViolations(page)).toEqual([]);
});

test('the embed menu offers the live chart or the chart pinned to its state', async ({ page }) => {
  await page.goto('/en/who-does-what/');
  const date = (await page.locator('.diagram-sources [data-state] time').getAttribute('datetime'))!;
  await page.locator('[data-embed] summary').click();
  const code = page.locator('[data-embed-code]');
  await expect(code).toHaveValue(/\/en\/who-does-what\/embed\//);
  await page.getByRole('radio', { name: /^As on / }).check();
  await expect(code).toHaveValue(new RegExp(`/en/who-does-what/versions/${date}/embed/`));
  expect(await axeViolations(page, '[data-embed]')).toEqual([]);
});

test('/data/ says its state and links the state\'s page, whose files and comparison pass axe', async ({ page }) => {
  await page.goto('/data/');
  const date = (await page.locator('p[data-state] time').getAttribute('datetime'))!;
  await page.locator('p[data-state]').getByRole('link', { name: 'Citeer deze stand' }).click();
  await expect(page).toHaveURL(new RegExp(`/data/versies/${date}/$`));
  await expect(page.getByRole('link', { name: 'actors.csv' })).toHaveAttribute('href', `/data/${date}/actors.csv`);
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole('link', { name: 'Wat is er veranderd in de gegevens?' }).click();
  await expect(page.locator('h1')).toHaveText('Wat is er veranderd in de gegevens?');
  expect(await axeViolations(page)).toEqual([]);
});
