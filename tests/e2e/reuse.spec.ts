// Reuse: the data can be found where people need it, and both diagrams can be embedded on another site in any
// state, framed only on their embed paths (through the deploy nginx), accessible in the frame, private, and working
// without JavaScript.
import { test, expect, type Page } from './fixtures.ts';
import { createServer, type Server } from 'node:http';
import AxeBuilder from '@axe-core/playwright';
import { test as nginxTest } from './nginx.ts';
import { AXE_TAGS, axeViolations } from './site.ts';
import { EMBED_PAGES } from './page-probes.ts';

const SITE = 'https://governance-mensenhandel.example';

/** The links of a disclosure menu in a diagram's toolbar or share bar, after opening it. */
async function menuLinks(page: Page, summary: string): Promise<string[]> {
  await page.locator(':is([data-toolbar], [data-share]) summary', { hasText: summary }).click();
  return page.locator(':is([data-toolbar], [data-share]) details[open] a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
}

test.describe('downloads where people need them', () => {
  for (const [path, summary, files] of [
    ['/wie-doet-wat/', 'Download de gegevens', ['/data/relations.csv', '/data/relations.json', '/data/actors.csv', '/data/actors.json', '/data/']],
    ['/en/who-does-what/', 'Download the data', ['/data/relations.csv', '/data/relations.json', '/data/actors.csv', '/data/actors.json', '/en/data/']],
    ['/tijdlijn/', 'Download de gegevens', ['/data/events.csv', '/data/events.json', '/data/verwacht.ics', '/data/']],
    ['/en/timeline/', 'Download the data', ['/data/events.csv', '/data/events.json', '/data/expected.ics', '/en/data/']],
  ] as const) {
    test(`${path}: the toolbar menu "${summary}" and the sources line link the diagram's files`, async ({ page, request }) => {
      await page.goto(path);
      expect(await menuLinks(page, summary)).toEqual(files);
      const sourcesLine = await page.locator('.diagram-sources a[download]').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      expect(sourcesLine).toEqual(files.filter((file) => !file.endsWith('/')));
      for (const file of files) expect((await request.get(file)).status(), file).toBe(200);
    });
  }

  for (const [path, name] of [
    ['/organisaties/politie/', 'Download de relaties van Politie'],
    ['/en/organisations/politie/', 'Download the relations of Police'],
  ] as const) {
    test(`${path} offers its own relations as CSV and JSON`, async ({ page, request }) => {
      await page.goto(path);
      const line = page.locator('.actor-data');
      await expect(line).toContainText(name);
      await expect(line.getByRole('link', { name: 'CSV' })).toHaveAttribute('href', '/data/organisaties/politie/relaties.csv');
      await expect(line.getByRole('link', { name: 'JSON' })).toHaveAttribute('href', '/data/organisaties/politie/relaties.json');
      const csv = await request.get('/data/organisaties/politie/relaties.csv');
      expect(csv.headers()['content-type']).toMatch(/^text\/csv/);
      const body = (await csv.body()).toString('utf8');
      expect(body.startsWith('\uFEFFid,from_id,from_name_nl,from_name_en,to_id,')).toBe(true);
      // The name has commas, so RFC 4180 quotes it.
      expect(body).toMatch(/,politie,"Politie – [^"]+, [^"]+",/);
    });
  }
});

test.describe('embed pages', () => {
  test('show just the diagram in the state of the address, and link to that state on the site', async ({ page }) => {
    await page.goto('/wie-doet-wat/embed/?view=voorgesteld&actor=politie');
    await expect(page.locator('org-chart g.node[data-id="politie"]')).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByRole('button', { name: 'Voorgesteld' })).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('h1')).toHaveText('Wie doet wat in de aanpak van mensenhandel');
    const back = page.getByRole('link', { name: /^Bekijk op de site/ });
    await expect(back).toHaveAttribute('href', '/wie-doet-wat/?view=voorgesteld&actor=politie');
    // Links open in a new tab, so the reader keeps the page that embeds the diagram.
    expect(await page.evaluate(() => document.querySelector('base')?.target)).toBe('_blank');
    // Changing the state in the frame changes where the link leads.
    await page.getByRole('button', { name: 'Verschil' }).click();
    await back.hover();
    await expect(back).toHaveAttribute('href', /^\/wie-doet-wat\/\?view=verschil/);
    await expect(page.locator('.orgchart-legend')).toBeVisible();
    await expect(page.locator('.diagram-sources')).toContainText('vrij te gebruiken (CC0)');
    await expect(page.locator('.site-header, .site-footer')).toHaveCount(0);
    await expect(page.locator('[data-toolbar] [data-export]').first()).toBeHidden();
  });

  test('the timeline embed opens on the period and event of the address', async ({ page }) => {
    await page.goto('/en/timeline/');
    const preset = page.locator('[data-preset][data-from]').first();
    const [from, to] = [await preset.getAttribute('data-from'), await preset.getAttribute('data-to')];
    const event = await page.locator('time-line g.event').nth(3).getAttribute('data-id');
    await page.goto(`/en/timeline/embed/?van=${from}&tot=${to}&event=${event}`);
    await expect(page.locator(`[data-preset][data-from="${from}"]`)).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator(`time-line g.event[data-id="${event}"]`)).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByRole('link', { name: /^View on the site/ })).toHaveAttribute('href', `/en/timeline/?van=${from}&tot=${to}&event=${event}`);
    await expect(page.locator('.timeline-legend')).toBeVisible();
  });

  test('are not indexed, name their full page as canonical, and carry no site header or footer', async ({ request }) => {
    for (const path of EMBED_PAGES) {
      const html = await (await request.get(path)).text();
      expect(html, path).toContain('<meta name="robots" content="noindex">');
      expect(html, path).toContain(`<link rel="canonical" href="${SITE}${path.replace(/embed\/$/, '')}">`);
      expect(html, path).not.toMatch(/class="site-(header|footer)"|<header class="site|data-pagefind-body/);
    }
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });

    test('the embed is a complete static diagram with legend, sources and a link to the site', async ({ page }) => {
      for (const [path, svg, legend] of [
        ['/wie-doet-wat/embed/', '[data-viewport] svg.orgchart-svg', '.orgchart-legend'],
        ['/tijdlijn/embed/', '[data-viewport] svg.timeline-svg', '.timeline-legend'],
      ] as const) {
        await page.goto(path);
        await expect(page.locator(`main ${svg}`).first()).toHaveAttribute('role', 'img');
        await expect(page.locator(legend)).toBeVisible();
        await expect(page.locator('[data-toolbar]')).toBeHidden();
        await expect(page.getByRole('link', { name: /^Bekijk op de site/ })).toHaveAttribute('href', path.replace('embed/', ''));
        await expect(page.locator('.diagram-sources a[download]').first()).toBeVisible();
        // The same data as a list, folded away under the diagram.
        await page.locator('details.diagram-list > summary').click();
        await expect(page.locator('details.diagram-list li').first()).toBeVisible();
      }
    });
  });
});

test.describe('"Insluiten": the iframe code for the state shown', () => {
  test('by keyboard: open, pass the choice of live or pinned, read the code, copy it, hear that it was copied', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL!).origin });
    await page.goto('/wie-doet-wat/?view=voorgesteld');
    await page.locator('[data-downloads] summary').focus();
    await page.keyboard.press('Tab');
    const summary = page.locator('[data-embed] summary');
    await expect(summary).toBeFocused();
    await expect(summary).toHaveText('Insluiten');
    await page.keyboard.press('Enter');
    await expect(page.locator('[data-embed]')).toHaveAttribute('open', '');
    // First the choice between the live chart and the chart pinned to its dated state: live is chosen.
    await page.keyboard.press('Tab');
    await expect(page.getByRole('radio', { name: /^Live/ })).toBeFocused();
    await expect(page.getByRole('radio', { name: /^Live/ })).toBeChecked();
    await page.keyboard.press('Tab');
    const code = page.getByRole('textbox', { name: /Code om dit schema op uw eigen site te tonen/ });
    await expect(code).toBeFocused();
    const expected = `<iframe src="${SITE}/wie-doet-wat/embed/?view=voorgesteld" title="Wie doet wat in de aanpak van mensenhandel" width="100%" height="640" loading="lazy" style="border: 0"></iframe>`;
    await expect(code).toHaveValue(expected);
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Kopieer de code' })).toBeFocused();
    await page.keyboard.press('Enter');
    const live = page.locator('[data-embed-live]');
    await expect(live).toHaveAttribute('aria-live', 'polite');
    await expect(live).toHaveText('Code gekopieerd. Plak hem in de HTML van uw pagina.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
  });

  test('follows the state while it is open, in both diagrams and languages, and passes axe', async ({ page }) => {
    await page.goto('/en/who-does-what/');
    await page.locator('[data-embed] summary').click();
    await page.getByRole('button', { name: 'Proposed' }).click();
    await page.locator('#orgchart-zoek').fill((await page.locator('datalist option[data-id="politie"]').getAttribute('value'))!);
    await page.locator('#orgchart-zoek').press('Enter');
    const code = page.locator('[data-embed-code]');
    await expect(code).toHaveValue(/src="https:\/\/governance-mensenhandel\.example\/en\/who-does-what\/embed\/\?view=voorgesteld&amp;actor=politie"/);
    await page.locator('[data-downloads] summary').click();
    expect(await axeViolations(page, 'org-chart')).toEqual([]);

    await page.goto('/tijdlijn/');
    await page.locator('[data-embed] summary').click();
    await page.locator('[data-preset][data-from]').first().click();
    await expect(page.locator('[data-embed-code]')).toHaveValue(/src="https:\/\/governance-mensenhandel\.example\/tijdlijn\/embed\/\?van=\d{4}-\d{2}-\d{2}&amp;tot=\d{4}-\d{2}-\d{2}" title="Tijdlijn van de aanpak van mensenhandel" width="100%" height="560" loading="lazy"/);
    await page.locator('[data-downloads] summary').click();
    expect(await axeViolations(page, 'time-line')).toEqual([]);
  });
});

/** A plain page on another origin that frames the given paths of the nginx-served site. */
async function hostPage(siteOrigin: string, paths: string[]): Promise<{ url: string; server: Server }> {
  const server = createServer((_, response) => {
    response.setHeader('content-type', 'text/html; charset=utf-8');
    const frames = paths.map((path, i) => `<iframe src="${siteOrigin}${path}" title="Ingesloten schema ${i + 1}" width="600" height="450"></iframe>`).join('\n');
    response.end(`<!doctype html><html lang="nl"><head><title>Een andere site</title></head><body><main><h1>Een artikel op een andere site</h1>${frames}</main></body></html>`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as { port: number }).port}/`, server };
}

nginxTest.describe('framed on another site, through the deploy nginx', () => {
  nginxTest('only the embed paths may be framed; the embeds then load, pass axe, set no cookie and ask nothing of a third origin', async ({ page, context, nginx }) => {
    const framed = ['/wie-doet-wat/embed/?actor=politie', '/en/timeline/embed/', '/wie-doet-wat/', '/data/'];
    const host = await hostPage(nginx.url, framed);
    const origins = new Set<string>();
    page.on('request', (r) => origins.add(new URL(r.url()).origin));
    try {
      await page.goto(host.url);
      await page.waitForLoadState('networkidle');
      const frames = page.frames().slice(1);
      expect(frames).toHaveLength(framed.length);
      const byPath = (path: string) => frames.find((f) => f.url() === `${nginx.url}${path}`);
      for (const path of framed.slice(0, 2)) {
        const frame = byPath(path)!;
        expect(frame, path).toBeTruthy();
        await expect(frame.locator('h1')).toHaveText(/Wie doet wat|Timeline/);
        await expect(frame.locator('[data-toolbar]')).toBeVisible();
      }
      await expect(page.frameLocator('iframe[src$="/wie-doet-wat/embed/?actor=politie"]').locator('g.node[data-id="politie"]')).toHaveAttribute('aria-selected', 'true');
      // The other pages refuse to be framed: Chromium shows its own error page in their place.
      expect(frames.filter((f) => f.url().startsWith('chrome-error://'))).toHaveLength(2);
      const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).exclude('iframe[src$="/wie-doet-wat/"]').exclude('iframe[src$="/data/"]').analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      expect([...origins].sort()).toEqual([new URL(host.url).origin, nginx.url].sort());
      expect(await context.cookies()).toEqual([]);
    } finally {
      host.server.close();
    }
  });
});
