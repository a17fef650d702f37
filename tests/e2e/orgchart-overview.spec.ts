// The explorer's first view is an overview (issue 20): every organisation readable on one screen, relations on
// demand; an organisation chosen shows the focus view of its neighbourhood; a set in the URL is shown in the network.
import { test, expect, type Page } from './fixtures.ts';
import { axeViolations } from './site.ts';

const chart = (page: Page) => page.locator('org-chart');
const svg = (page: Page) => page.locator('[data-viewport] svg.orgchart-svg');
const option = (page: Page, name: string | RegExp) => chart(page).getByRole('option', { name });

/** With the chart's top scrolled to the window's top: what the reader sees without scrolling the chart. */
async function firstScreen(page: Page) {
  await expect(chart(page)).toHaveAttribute('data-enhanced');
  await page.locator('[data-viewport]').evaluate((el) => el.scrollIntoView({ block: 'start' }));
  return page.locator('[data-viewport]').evaluate((frame) => {
    const inWindow = (el: Element) => {
      const r = el.getBoundingClientRect();
      const f = frame.getBoundingClientRect();
      return r.width > 0 && r.top >= 0 && r.left >= 0 && r.bottom <= Math.min(innerHeight, f.bottom) + 0.5 && r.right <= Math.min(innerWidth, f.right) + 0.5;
    };
    const nodes = [...frame.querySelectorAll('g.node')].filter((n) => n.getBoundingClientRect().width > 0);
    const labels = nodes.map((node) => {
      const shape = [...node.querySelectorAll('.node__shape')].find((s) => getComputedStyle(s).display !== 'none')!;
      const text = shape.querySelector('text')!;
      return parseFloat(getComputedStyle(text).fontSize) * text.getScreenCTM()!.a;
    });
    return {
      shown: nodes.length,
      inWindow: nodes.filter(inWindow).length,
      smallest: Math.min(...labels),
      edges: [...frame.querySelectorAll('path.edge')].filter((e) => e.getBoundingClientRect().width > 0 || e.getBoundingClientRect().height > 0).length,
      scrolls: frame.scrollHeight > frame.clientHeight + 1 || frame.scrollWidth > frame.clientWidth + 1,
    };
  });
}

test.describe('at 1280 × 900', () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  test('the first view shows every organisation of today at once, readable, in bands, with no relation drawn', async ({ page }) => {
    await page.goto('/wie-doet-wat/');
    const today = await svg(page).locator('g.node[data-views~="huidig"]').count();
    expect(today).toBeGreaterThanOrEqual(40);
    const screen = await firstScreen(page);
    expect(screen.shown).toBe(today);
    expect(screen.inWindow).toBe(today);
    expect(screen.scrolls).toBe(false);
    expect(screen.smallest).toBeGreaterThanOrEqual(12);
    expect(screen.edges).toBe(0);
    // The national bands first, where the eye lands.
    await expect(svg(page).locator('.bands:not([hidden]) .band__label').filter({ visible: true }).first()).toContainText('Rijksoverheid');
    await expect(page.getByRole('button', { name: 'Overzicht' })).toHaveAttribute('aria-pressed', 'true');
    // Each box shows how many relations it has in the view, the number its accessible name gives.
    const counts = async () =>
      svg(page).evaluate((drawing) => ({
        shown: [...drawing.querySelectorAll('.node__count[data-id="comensha"] text')].filter((t) => t.getBoundingClientRect().width > 0).map((t) => t.textContent!.trim()),
        named: drawing.querySelector('g.node[data-id="comensha"]')!.getAttribute('aria-label')!.match(/(\d+) relaties/)![1],
      }));
    const inToday = await counts();
    expect(inToday.shown).toEqual([inToday.named]);
    await page.getByRole('button', { name: 'Voorgesteld' }).click();
    const proposal = await counts();
    expect(proposal.shown).toEqual([proposal.named]);
    await page.getByRole('button', { name: 'Huidig' }).click();
    expect(await axeViolations(page, 'org-chart')).toEqual([]);
  });

  test('choosing an organisation shows its neighbourhood without scrolling, the details beside it; Escape goes back with focus kept', async ({ page }) => {
    await page.goto('/wie-doet-wat/');
    await option(page, /^CoMensha/).click();
    await expect(page).toHaveURL(/\?actor=comensha$/);
    await expect(svg(page)).toHaveAttribute('data-drawing', 'focus');
    const relations = await svg(page).locator('path.edge:not([data-state="voorgesteld"])').evaluateAll(
      (edges) => edges.filter((e) => (e as SVGElement).dataset.from === 'comensha' || (e as SVGElement).dataset.to === 'comensha').length,
    );
    const screen = await firstScreen(page);
    expect(screen.edges).toBe(relations);
    expect(screen.inWindow).toBe(screen.shown);
    expect(screen.shown).toBeGreaterThan(5);
    expect(screen.scrolls).toBe(false);
    expect(screen.smallest).toBeGreaterThanOrEqual(12);
    const panel = chart(page).locator('[data-panel]');
    await expect(panel).toBeVisible();
    const [frameBox, panelBox] = [await page.locator('[data-viewport]').boundingBox(), await panel.boundingBox()];
    expect(panelBox!.x).toBeGreaterThanOrEqual(frameBox!.x + frameBox!.width);
    expect(await axeViolations(page, 'org-chart')).toEqual([]);
    await option(page, /^CoMensha/).focus();
    await page.keyboard.press('Escape');
    await expect(page).not.toHaveURL(/actor=/);
    await expect(svg(page)).toHaveAttribute('data-drawing', 'overview');
    await expect(panel).toBeHidden();
    await expect(page.locator(':focus')).toHaveAttribute('data-id', 'comensha');
    expect((await firstScreen(page)).inWindow).toBeGreaterThanOrEqual(40);
  });

  test('the difference view shows what changes for the chosen organisation', async ({ page }) => {
    await page.goto('/wie-doet-wat/?view=verschil&actor=comensha');
    await expect(svg(page)).toHaveAttribute('data-drawing', 'focus');
    const own = svg(page).locator('path.edge.in-focus');
    const states = await own.evaluateAll((edges) => edges.filter((e) => e.getBoundingClientRect().width + e.getBoundingClientRect().height > 0).map((e) => (e as SVGElement).dataset.diff));
    // Every relation of CoMensha, today's and the proposal's, each marked by what happens to it.
    expect(states.length).toBe(await own.count());
    expect(new Set(states).size).toBeGreaterThan(1);
    await page.getByRole('button', { name: 'Huidig' }).click();
    const today = await own.evaluateAll((edges) => edges.filter((e) => e.getBoundingClientRect().width + e.getBoundingClientRect().height > 0).length);
    expect(today).toBeLessThan(states.length);
  });

  test('keyboard only: into the overview, Enter shows the neighbourhood, arrows stay in it, Escape returns', async ({ page }) => {
    await page.goto('/wie-doet-wat/');
    await page.locator('.chart-toolbar__filters summary').focus();
    await page.keyboard.press('Tab');
    const focused = page.locator(':focus');
    await expect(focused).toHaveAttribute('role', 'option');
    const chosen = (await focused.getAttribute('data-id'))!;
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`actor=${chosen}`));
    await expect(svg(page)).toHaveAttribute('data-drawing', 'focus');
    for (const key of ['ArrowDown', 'ArrowRight', 'End']) {
      await page.keyboard.press(key);
      await expect(page.locator(':focus')).toHaveClass(/in-focus/);
    }
    await page.keyboard.press('Escape');
    await expect(svg(page)).toHaveAttribute('data-drawing', 'overview');
    await expect(page.locator(':focus')).toHaveAttribute('role', 'option');
  });

  test('"Alle relaties" and a kind of relation show the whole network; "Overzicht" goes back', async ({ page }) => {
    await page.goto('/wie-doet-wat/');
    await page.getByRole('button', { name: 'Alle relaties' }).click();
    await expect(page).toHaveURL(/\?relations=all$/);
    await expect(svg(page)).toHaveAttribute('data-drawing', 'network');
    await expect(svg(page).locator('path.edge').first()).toBeVisible();
    expect(await axeViolations(page, 'org-chart')).toEqual([]);
    await page.getByRole('button', { name: 'Overzicht' }).click();
    await expect(svg(page)).toHaveAttribute('data-drawing', 'overview');
    await page.getByRole('button', { name: 'financiert' }).click();
    await expect(page).toHaveURL(/\?types=financiert$/);
    await expect(svg(page)).toHaveAttribute('data-drawing', 'network');
    await expect(svg(page).locator('path.edge[data-type="financiert"]').first()).toBeVisible();
    await expect(svg(page).locator('path.edge[data-type="stuurt-aan"]').first()).toBeHidden();
  });

  test('a focus set in the URL shows those organisations and the relations among them in the network', async ({ page }) => {
    await page.goto('/wie-doet-wat/?focus=politie,openbaar-ministerie,comensha');
    await expect(svg(page)).toHaveAttribute('data-drawing', 'network');
    await expect(svg(page)).toHaveClass(/has-focus-set/);
    for (const id of ['politie', 'openbaar-ministerie', 'comensha']) {
      await expect(svg(page).locator(`g.node[data-id="${id}"]`)).toHaveClass(/in-focus/);
      await expect.poll(() => svg(page).locator(`g.node[data-id="${id}"]`).evaluate((el) => Number(getComputedStyle(el).opacity))).toBe(1);
    }
    const shown = await svg(page).locator('path.edge').evaluateAll((edges) =>
      edges.filter((e) => getComputedStyle(e).display !== 'none').map((e) => [(e as SVGElement).dataset.from, (e as SVGElement).dataset.to]),
    );
    expect(shown.length).toBeGreaterThan(0);
    for (const ends of shown) for (const end of ends) expect(['politie', 'openbaar-ministerie', 'comensha']).toContain(end);
    expect(await axeViolations(page, 'org-chart')).toEqual([]);
    await option(page, /^Politie/).focus();
    await page.keyboard.press('Escape');
    await expect(page).not.toHaveURL(/focus=/);
    await expect(svg(page)).toHaveAttribute('data-drawing', 'overview');
  });

  test('dark mode: axe finds nothing in the overview and a focus view', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/en/who-does-what/');
    expect(await axeViolations(page, 'org-chart')).toEqual([]);
    await page.goto('/en/who-does-what/?actor=politie');
    await expect(svg(page)).toHaveAttribute('data-drawing', 'focus');
    expect(await axeViolations(page, 'org-chart')).toEqual([]);
  });
});

test.describe('on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 800 } });

  test('the overview fits the width at 12 px or more, the boxes of a band wrapping', async ({ page }) => {
    await page.goto('/wie-doet-wat/');
    await expect(chart(page)).toHaveAttribute('data-enhanced');
    await expect(svg(page)).toHaveAttribute('data-layout', 'overview-narrow');
    const frame = await page.locator('[data-viewport]').evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
    expect(frame.scroll).toBeLessThanOrEqual(frame.client);
    const screen = await firstScreen(page);
    expect(screen.smallest).toBeGreaterThanOrEqual(12);
    // The largest neighbourhood, in the phone's focus view: no sideways panning either.
    await page.goto('/wie-doet-wat/?actor=ministerie-jenv');
    await expect(svg(page)).toHaveAttribute('data-layout', 'focus-narrow');
    const focus = await firstScreen(page);
    expect(focus.edges).toBeGreaterThan(5);
    expect(focus.smallest).toBeGreaterThanOrEqual(12);
    expect(await page.locator('[data-viewport]').evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
  });
});
