// "Klopt er iets niet?": on every kind of page that has it, a mailto: link to the publisher whose e-mail already holds
// the page's permanent URL, its version date and, for an organisation or event, its id. Expected values are read from
// the pages themselves (the version list, the last-changed date, the colofon's version date), never from today.
import { test, expect, specHeaders, type Page } from './fixtures.ts';
import { MAX_MAILTO_LENGTH, readMailto } from '../../src/features/report/report-mailto.ts';

interface Mail {
  to: string;
  subject: string;
  /** The facts of the body by label ("Pagina", "Versie", "Code"). */
  facts: Map<string, string>;
  href: string;
}

async function mailOf(page: Page, name: string, within = page.locator('body')): Promise<Mail> {
  const link = within.getByRole('link', { name, exact: true });
  await expect(link).toHaveCount(1);
  const href = (await link.getAttribute('href'))!;
  expect(href.startsWith('mailto:')).toBe(true);
  const { to, subject, body } = readMailto(href);
  const facts = new Map(body.split('\n').filter((line) => /^[^:]+: /.test(line)).map((line) => line.split(/: (.*)/s).slice(0, 2) as [string, string]));
  return { to, subject, facts, href };
}

/** The path of an absolute URL of this site (whatever origin the build was made for). */
const pathOf = (url: string) => new URL(url).pathname;

let publisher: string;
let siteVersion: string;
test.beforeAll(async ({ browser }, testInfo) => {
  const page = await browser.newPage({ baseURL: testInfo.project.use.baseURL, extraHTTPHeaders: specHeaders() });
  await page.goto('/toegankelijkheidsverklaring/');
  publisher = (await page.locator('[data-figure="adres"]').innerText()).trim();
  await page.goto('/colofon/');
  siteVersion = (await page.locator('p:has-text("Deze versie van de uitleg is van") time').getAttribute('datetime'))!;
  await page.close();
});

for (const { path, name, lang } of [
  { path: '/uitleg/', name: 'Klopt er iets niet?', lang: 'nl' },
  { path: '/advies/', name: 'Klopt er iets niet?', lang: 'nl' },
  { path: '/en/explanation/', name: 'Something wrong?', lang: 'en' },
]) {
  test(`(${lang}) ${path}: the link's e-mail holds the permanent URL (the version equal to the page now, if any) and its date`, async ({ page }) => {
    await page.goto(path);
    const mail = await mailOf(page, name, page.locator('article'));
    expect(mail.to).toBe(publisher);
    expect(mail.href.length).toBeLessThanOrEqual(MAX_MAILTO_LENGTH);
    expect(mail.subject).toContain(await page.locator('h1').innerText());
    const [pageLabel, versionLabel] = lang === 'nl' ? ['Pagina', 'Versie'] : ['Page', 'Version'];
    const sameAsNow = page.locator('.version-list li').filter({ hasText: lang === 'nl' ? 'gelijk aan de huidige tekst' : 'same as the current text' });
    if (await sameAsNow.count()) {
      expect(pathOf(mail.facts.get(pageLabel)!)).toBe(await sameAsNow.locator('a').first().getAttribute('href'));
      expect(mail.facts.get(versionLabel)).toBe(await sameAsNow.locator('time').first().getAttribute('datetime'));
    } else {
      expect(pathOf(mail.facts.get(pageLabel)!)).toBe(path);
      expect(mail.facts.get(versionLabel)).toBe(await page.locator('.last-changed time').getAttribute('datetime'));
    }
  });
}

test('a dated version: the e-mail holds the version\'s own URL and date', async ({ page }) => {
  await page.goto('/uitleg/');
  const versionLink = page.locator('.version-list li a:has(time)').first();
  const versionPath = (await versionLink.getAttribute('href'))!;
  const date = await versionLink.locator('time').getAttribute('datetime');
  await page.goto(versionPath);
  const mail = await mailOf(page, 'Klopt er iets niet?', page.locator('article'));
  expect(pathOf(mail.facts.get('Pagina')!)).toBe(versionPath);
  expect(mail.facts.get('Versie')).toBe(date);
});

for (const { path, name, lang, id } of [
  { path: '/organisaties/politie/', name: 'Klopt er iets niet?', lang: 'nl', id: 'politie' },
  { path: '/en/organisations/comensha/', name: 'Something wrong?', lang: 'en', id: 'comensha' },
]) {
  test(`(${lang}) an organisation page: the e-mail holds its URL, the site's version date and the organisation's id`, async ({ page }) => {
    await page.goto(path);
    const mail = await mailOf(page, name, page.locator('article'));
    expect(mail.to).toBe(publisher);
    const [pageLabel, versionLabel, idLabel] = lang === 'nl' ? ['Pagina', 'Versie', 'Code'] : ['Page', 'Version', 'Id'];
    expect(pathOf(mail.facts.get(pageLabel)!)).toBe(path);
    expect(mail.facts.get(versionLabel)).toBe(siteVersion);
    expect(mail.facts.get(idLabel)).toBe(id);
  });
}

for (const { path, diagram, id, choose } of [
  { path: '/wie-doet-wat/', diagram: 'org-chart', id: 'politie', choose: '?actor=politie' },
  { path: '/tijdlijn/', diagram: 'time-line', id: 'advies-governance-2024', choose: '?event=advies-governance-2024' },
]) {
  test(`${path}: the details panel of a chosen item has the link, with the diagram's URL, the version date and the item's id`, async ({ page }) => {
    await page.goto(`${path}${choose}`);
    const panel = page.locator(`${diagram} [data-panel]`);
    await expect(panel).toBeVisible();
    const mail = await mailOf(page, 'Klopt er iets niet?', panel);
    expect(mail.to).toBe(publisher);
    expect(pathOf(mail.facts.get('Pagina')!)).toBe(path);
    expect(mail.facts.get('Versie')).toBe(siteVersion);
    expect(mail.facts.get('Code')).toBe(id);
    expect(mail.subject).toContain(await panel.locator('h3').innerText());
  });
}

test('without JavaScript the link is on the page as it is: a plain link, no script needed', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/organisaties/politie/');
  await expect(page.locator('article').getByRole('link', { name: 'Klopt er iets niet?', exact: true })).toHaveAttribute('href', /^mailto:/);
  await context.close();
});
