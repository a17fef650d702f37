import { test, expect, type Page } from './fixtures.ts';
import { gzipSync } from 'node:zlib';
import { axeViolations } from './site.ts';

const chart = (page: Page) => page.locator('org-chart');
const option = (page: Page, name: string | RegExp) => chart(page).getByRole('option', { name });
const live = (page: Page) => chart(page).locator('[data-live]');

// The whole page is checked in every-page.spec.ts and accessibility.spec.ts; here each interactive state of the diagram is.
const axe = (page: Page) => axeViolations(page, 'org-chart');

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the chart is a complete SVG with an equivalent list', async ({ page }) => {
    await page.goto('/wie-doet-wat/');
    const svg = page.locator('[data-viewport] svg.orgchart-svg');
    await expect(svg).toHaveAttribute('role', 'img');
    const nodes = await svg.locator('g.node').count();
    expect(nodes).toBeGreaterThanOrEqual(35);
    expect(await svg.locator('path.edge').count()).toBeGreaterThanOrEqual(60);
    // Every box has its entry; organisations that have ended are listed after the bands, not drawn.
    await expect(page.locator('.orgchart-list li[data-actor]:not([data-ended])')).toHaveCount(nodes);
    await expect(page.locator('#groep-opgeheven + ul > li[data-ended]').first()).toContainText('Opgeheven op');
    await expect(page.locator('[data-toolbar]')).toBeHidden();
    await expect(page.locator('#actor-politie')).toContainText('Rol nu');
  });

  test('each actor page has roles, linked relations, sources and a link into the chart', async ({ page }) => {
    await page.goto('/organisaties/comensha/');
    await expect(page.locator('h1')).toContainText('CoMensha');
    await expect(page.locator('#rol-nu')).toBeVisible();
    await expect(page.locator('ul.relations a[href^="/organisaties/"]').first()).toBeVisible();
    await expect(page.locator('.source-list li').first()).toBeVisible();
    await expect(page.getByRole('link', { name: /in het overzicht wie doet wat/ })).toHaveAttribute('href', '/wie-doet-wat/?actor=comensha');
  });
});

test('enhancement makes one listbox of named organisations and shows the controls', async ({ page }) => {
  await page.goto('/wie-doet-wat/');
  await expect(page.locator('[data-toolbar]')).toBeVisible();
  await expect(chart(page).getByRole('listbox', { name: 'Organisaties' })).toBeVisible();
  await expect(option(page, /^Politie.* — politie en justitie, nationaal, \d+ relaties$/)).toHaveCount(1);
  await expect(chart(page).locator('[role="option"][tabindex="0"]')).toHaveCount(1);
});

test('views: the chart opens on today; proposed and difference show what they should', async ({ page }) => {
  // Relations are drawn on demand (issue 20): the views are checked in the whole network ("Alle relaties").
  await page.goto('/wie-doet-wat/?relations=all');
  const proposedOnlyActor = chart(page).locator('g.node[data-views="voorgesteld"]').first();
  const proposedEdge = chart(page).locator('path.edge[data-state="voorgesteld"]').first();
  await expect(page.getByRole('button', { name: 'Huidig' })).toHaveAttribute('aria-pressed', 'true');
  await expect(proposedOnlyActor).toBeHidden();
  await expect(proposedEdge).toBeHidden();
  await page.getByRole('button', { name: 'Voorgesteld' }).click();
  await expect(page).toHaveURL(/\?view=voorgesteld&relations=all$/);
  await expect(proposedOnlyActor).toBeVisible();
  await expect(proposedEdge).toBeVisible();
  await expect(live(page)).toContainText(/Weergave voorgesteld\. \d+ organisaties en \d+ relaties zichtbaar/);
  await page.getByRole('button', { name: 'Verschil' }).click();
  await expect(page).toHaveURL(/\?view=verschil&relations=all$/);
  // Added relations differ by pattern and width, not by colour alone.
  const style = await proposedEdge.evaluate((el) => getComputedStyle(el).strokeWidth);
  expect(parseFloat(style)).toBeGreaterThanOrEqual(3);
  await expect(chart(page).locator('g.node[data-diff="toegevoegd"] .node__shape--chart .node__badge').first()).toBeVisible();
  await expect(proposedOnlyActor).toHaveAttribute('aria-label', /, nieuw in het voorstel$/);
  await page.getByRole('button', { name: 'Huidig' }).click();
  await expect(page).toHaveURL(/\/wie-doet-wat\/\?relations=all$/);
  await expect(proposedOnlyActor).toBeHidden();
});

test('selecting an actor opens its details, highlights its neighbours, and Escape clears', async ({ page }) => {
  await page.goto('/wie-doet-wat/');
  await option(page, /^CoMensha/).click();
  await expect(page).toHaveURL(/actor=comensha/);
  const panel = chart(page).locator('[data-panel]');
  await expect(panel).toBeVisible();
  await expect(panel.getByRole('heading', { level: 3 })).toContainText('CoMensha');
  await expect(panel).toContainText('Rol nu');
  await expect(panel.getByRole('link', { name: /Alles over/ })).toHaveAttribute('href', '/organisaties/comensha/');
  await expect(option(page, /^CoMensha/)).toHaveAttribute('aria-selected', 'true');
  expect(await chart(page).locator('g.node.is-neighbour').count()).toBeGreaterThan(0);
  expect(await axe(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(page).not.toHaveURL(/actor=/);
});

test('keyboard only: one Tab stop into the chart, arrows move, Enter selects', async ({ page }) => {
  await page.goto('/wie-doet-wat/');
  // The filters are the last control before the chart.
  await page.locator('.chart-toolbar__filters summary').focus();
  await page.keyboard.press('Tab');
  const focused = page.locator(':focus');
  await expect(focused).toHaveAttribute('role', 'option');
  const first = await focused.getAttribute('data-id');
  await page.keyboard.press('ArrowRight');
  await expect(page.locator(':focus')).not.toHaveAttribute('data-id', first!);
  await page.keyboard.press('ArrowDown');
  const chosen = await page.locator(':focus').getAttribute('data-id');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`actor=${chosen}`));
  await expect(live(page)).toContainText('Gekozen:');
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).not.toHaveAttribute('role', 'option');
  await page.keyboard.press('Shift+Tab');
  await expect(page.locator(':focus')).toHaveAttribute('data-id', chosen!);
});

test('filters on relation type, domain and level narrow the chart and live in the URL', async ({ page }) => {
  await page.goto('/wie-doet-wat/?relations=all');
  await page.getByText('Filters', { exact: true }).click();
  const reports = chart(page).locator('path.edge[data-type="meldt-aan"]').first();
  await expect(reports).toBeVisible();
  await page.getByRole('checkbox', { name: 'meldt aan' }).uncheck();
  await expect(reports).toBeHidden();
  await expect(page).toHaveURL(/types=/);
  await page.getByLabel('Niveau').selectOption('internationaal');
  await expect(page).toHaveURL(/level=internationaal/);
  await expect(option(page, /^Politie/)).toBeHidden();
  await expect(option(page, /^GRETA/)).toBeVisible();
  await page.getByLabel('Terrein').selectOption('zorg-en-opvang');
  await expect(page).toHaveURL(/domain=zorg-en-opvang/);
  await page.goBack();
  await expect(page).not.toHaveURL(/domain=/);
  await expect(page.getByLabel('Terrein')).toHaveValue('');
  await page.getByRole('button', { name: 'Alles tonen' }).click();
  await expect(option(page, /^Politie/)).toBeVisible();
  await expect(reports).toBeVisible();
});

test('the legend of relation kinds is a filter: one kind at a time, drawn in full', async ({ page }) => {
  await page.goto('/wie-doet-wat/?relations=all');
  const cooperation = chart(page).locator('path.edge[data-type="werkt-samen-met"]').first();
  const steering = chart(page).locator('path.edge[data-type="stuurt-aan"]').first();
  // The whole network draws cooperation faint, so the other relations can be followed.
  expect(Number(await cooperation.evaluate((el) => getComputedStyle(el).opacity))).toBeLessThan(0.5);
  expect(Number(await steering.evaluate((el) => getComputedStyle(el).opacity))).toBeGreaterThan(0.5);
  const toggle = page.getByRole('button', { name: 'werkt samen met' });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(page).toHaveURL(/types=werkt-samen-met&relations=all$/);
  await expect(steering).toBeHidden();
  await expect.poll(() => cooperation.evaluate((el) => Number(getComputedStyle(el).opacity))).toBeGreaterThan(0.5);
  await expect(live(page)).toContainText(/\d+ relaties zichtbaar/);
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await expect(steering).toBeVisible();
});

test('the details panel says when the role does not change, and marks relations the filters hide', async ({ page }) => {
  await page.goto('/wie-doet-wat/?actor=politie&types=meldt-aan');
  const panel = chart(page).locator('[data-panel]');
  await expect(panel).toContainText('De brief van de Rapporteur van 5 september 2025 noemt geen andere rol voor deze organisatie.');
  const hidden = panel.locator('li[data-relation].is-filtered');
  expect(await hidden.count()).toBeGreaterThan(0);
  await expect(hidden.first()).toContainText('Verborgen door de filters:');
  for (const item of await panel.locator('li[data-relation][data-type="meldt-aan"]').all()) await expect(item).not.toHaveClass(/is-filtered/);
  // The title breaks between words only.
  const title = panel.getByRole('heading', { level: 3 });
  expect(await title.evaluate((el) => getComputedStyle(el).hyphens)).toBe('manual');
});

test('a dimmed box that gets focus is drawn in full', async ({ page }) => {
  await page.goto('/wie-doet-wat/?actor=greta');
  const far = chart(page).locator('g.node:not(.is-neighbour):not(.is-selected)').last();
  // Polled: the boxes fade to their state (a CSS transition), so right after loading one may still be at full strength.
  await expect.poll(() => far.evaluate((el) => Number(getComputedStyle(el).opacity))).toBeLessThan(1);
  await option(page, /^GRETA/).focus();
  await page.keyboard.press('End');
  const focused = page.locator(':focus');
  await expect(focused).toHaveAttribute('role', 'option');
  await expect.poll(() => focused.evaluate((el) => Number(getComputedStyle(el).opacity))).toBe(1);
});

test('a link to an actor that exists only in the proposal opens the proposed view', async ({ page }) => {
  await page.goto('/wie-doet-wat/?actor=nationaal-coordinator');
  await expect(page.getByRole('button', { name: 'Voorgesteld' })).toHaveAttribute('aria-pressed', 'true');
  await expect(option(page, /^Nationaal coördinator/)).toHaveAttribute('aria-selected', 'true');
});

for (const screen of [
  // The toolbar's row for "Overzicht" and "Alle relaties" (issue 20) and the link to the story (issue 19) put the
  // chart's top at about 660 px: its first band is on the first screen, and one scroll brings the whole overview into
  // view (orgchart-overview.spec.ts).
  { name: '1280×900', viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1, maxTop: 680 },
  { name: '640×450 at 2× (200 % zoom)', viewport: { width: 640, height: 450 }, deviceScaleFactor: 2, maxTop: Infinity },
]) {
  test.describe(`first sight at ${screen.name}`, () => {
    test.use({ viewport: screen.viewport, deviceScaleFactor: screen.deviceScaleFactor });
    test('every name in a box is drawn at 12 CSS px or more, whole, inside its box', async ({ page }) => {
      await page.goto('/wie-doet-wat/');
      await expect(chart(page)).toHaveAttribute('data-enhanced');
      const top = await page.locator('[data-viewport]').evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
      expect(top).toBeLessThanOrEqual(screen.maxTop);
      const labels = await chart(page)
        .locator('g.node')
        .evaluateAll((nodes) =>
          nodes.map((node) => {
            // A box has a shape per drawing (overview at two widths, network); the one shown now.
            const shape = [...node.querySelectorAll('.node__shape')].find((s) => getComputedStyle(s).display !== 'none')!;
            const text = shape.querySelector('text')!;
            const box = shape.querySelector('rect')!.getBoundingClientRect();
            const ink = text.getBoundingClientRect();
            return {
              id: (node as SVGGElement).dataset.id,
              px: parseFloat(getComputedStyle(text).fontSize) * (text as SVGTextElement).getScreenCTM()!.a,
              inside: ink.left >= box.left && ink.right <= box.right && ink.top >= box.top && ink.bottom <= box.bottom,
              text: text.textContent!,
            };
          }),
        );
      expect(labels.length).toBeGreaterThanOrEqual(35);
      for (const label of labels) {
        expect(label.px, label.id).toBeGreaterThanOrEqual(12);
        expect(label.inside, `${label.id} fits its box`).toBe(true);
        expect(label.text).not.toContain('…');
      }
    });
  });
}

test('the find box moves focus to the matching actor', async ({ page }) => {
  await page.goto('/wie-doet-wat/');
  await page.getByLabel('Zoek een organisatie').fill('comensha');
  await page.getByLabel('Zoek een organisatie').press('Enter');
  await expect(page.locator(':focus')).toHaveAttribute('data-id', 'comensha');
  await expect(page).toHaveURL(/actor=comensha/);
});

test('zoom with buttons and keys, and fit', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/wie-doet-wat/');
  const layer = chart(page).locator('[data-zoom-layer]');
  await page.getByRole('button', { name: 'Inzoomen' }).click();
  await expect(layer).toHaveAttribute('transform', /scale\(1\.4\)/);
  await option(page, /^CoMensha/).focus();
  await page.keyboard.press('-');
  await expect(layer).toHaveAttribute('transform', /scale\(1\)|translate\(0,0\) scale\(1\)/);
  await page.keyboard.press('+');
  await page.keyboard.press('0');
  await expect(layer).toHaveAttribute('transform', 'translate(0,0) scale(1)');
});

test('deep links open the chart in the right state; Back and Forward work', async ({ page }) => {
  await page.goto('/wie-doet-wat/?view=voorgesteld&actor=nationaal-rapporteur');
  await expect(page.getByRole('button', { name: 'Voorgesteld' })).toHaveAttribute('aria-pressed', 'true');
  await expect(option(page, /^Nationaal Rapporteur/)).toHaveAttribute('aria-selected', 'true');
  await page.getByRole('button', { name: 'Huidig' }).click();
  await page.goBack();
  await expect(page.getByRole('button', { name: 'Voorgesteld' })).toHaveAttribute('aria-pressed', 'true');
  await page.goForward();
  await expect(page.getByRole('button', { name: 'Huidig' })).toHaveAttribute('aria-pressed', 'true');
});

test('the explanation page links into the chart in the proposed view', async ({ page }) => {
  await page.goto('/uitleg/');
  const link = page.locator('a[href^="/wie-doet-wat/?view=voorgesteld&actor="]').first();
  const href = await link.getAttribute('href');
  await link.click();
  const actor = new URL(href!, 'http://x').searchParams.get('actor');
  await expect(chart(page).locator(`g.node[data-id="${actor}"]`)).toHaveAttribute('aria-selected', 'true');
});

test('copy link puts the current state on the clipboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/wie-doet-wat/?view=huidig');
  await page.getByRole('button', { name: 'Kopieer link' }).click();
  await expect(live(page)).toHaveText('Link gekopieerd.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/wie-doet-wat\/\?view=huidig$/);
});

test('export the current view as SVG and PNG', async ({ page }) => {
  await page.goto('/wie-doet-wat/?view=huidig');
  const [svg] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download SVG' }).click()]);
  expect(svg.suggestedFilename()).toBe('wie-doet-wat-huidig.svg');
  const text = (await (await svg.createReadStream()).toArray()).join('');
  expect(text).toContain('<svg');
  expect(text).toContain('stroke-dasharray');
  const [png] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download PNG' }).click()]);
  expect(png.suggestedFilename()).toBe('wie-doet-wat-huidig.png');
  const bytes = Buffer.concat(await (await png.createReadStream()).toArray());
  expect(bytes.subarray(1, 4).toString()).toBe('PNG');
});

test('axe finds nothing in each view, with an actor selected, in English and in dark mode', async ({ page }) => {
  for (const view of ['huidig', 'voorgesteld', 'verschil']) {
    await page.goto(`/wie-doet-wat/?view=${view}&actor=politie`);
    await expect(chart(page).locator('[data-panel]')).toBeVisible();
    expect(await axe(page), view).toEqual([]);
  }
  await page.goto('/en/who-does-what/?actor=ministerie-jenv');
  await expect(option(page, /^Ministry of Justice/)).toHaveAttribute('aria-selected', 'true');
  expect(await axe(page)).toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.getByText('Filters', { exact: true }).click();
  expect(await axe(page)).toEqual([]);
});

test('open data at stable URLs matches the chart', async ({ request, page }) => {
  const actors = await (await request.get('/data/actors.json')).json();
  expect(actors.version).toBe(1);
  expect(actors.actors.length).toBeGreaterThanOrEqual(35);
  const csv = await (await request.get('/data/relations.csv')).text();
  // A byte-order mark, then names beside the ids (see tests/e2e/reuse.spec.ts and tests/dist/open-data.test.ts).
  expect(csv.split('\r\n')[0]).toBe('\uFEFFid,from_id,from_name_nl,from_name_en,to_id,to_name_nl,to_name_en,type,state,basis,note_nl,note_en,sources,uncertain_nl,uncertain_en,as_of');
  await page.goto('/wie-doet-wat/');
  // The chart draws the organisations that still exist; those that ended stay in the data with their end date.
  expect(await chart(page).locator('g.node').count()).toBe(actors.actors.filter((actor: { end?: string }) => !actor.end).length);
  expect(csv.trim().split('\r\n').length - 1).toBeGreaterThanOrEqual(await chart(page).locator('[data-viewport] path.edge').count());
});

test('the chart page ships at most 35 KB of JavaScript, gzipped', async ({ page, request }) => {
  const scripts: string[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') scripts.push(response.url());
  });
  await page.goto('/wie-doet-wat/');
  await page.waitForLoadState('networkidle');
  expect(scripts.length).toBeGreaterThan(0);
  let total = 0;
  for (const url of scripts) total += gzipSync(await (await request.get(url)).body()).length;
  expect(total).toBeLessThanOrEqual(35 * 1024);
});
