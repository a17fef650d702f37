/**
 * A second engine: Debian's Firefox ESR through Puppeteer (WebDriver BiDi), against the build served by nginx with the
 * deploy configuration (so the real Content-Security-Policy applies). A smoke suite: each page type loads cleanly, both
 * diagrams enhance and answer every kind of control, search finds, focus shows. The Chromium suite tests the details.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'puppeteer-core';
import { launchFirefox } from '../../scripts/lib/firefox.ts';
import { startNginx, type RunningNginx } from '../../scripts/lib/nginx.ts';
import { PAGE_TYPES } from '../dist/site-files.ts';

let browser: Browser;
let nginx: RunningNginx;
let page: Page;
const problems: string[] = [];

beforeAll(async () => {
  [browser, nginx] = await Promise.all([launchFirefox(), startNginx()]);
  page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  await page.evaluateOnNewDocument(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline code'}`);
    });
  });
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error instanceof Error ? error.message : String(error)}`));
});

afterAll(async () => {
  await browser?.close();
  await nginx?.stop();
});

async function open(path: string): Promise<number> {
  const response = await page.goto(`${nginx.url}${path}`, { waitUntil: 'load' });
  return response?.status() ?? 0;
}

/** Waits until `predicate` holds in the page (a function of the page, no closures over test variables). */
async function until(predicate: string): Promise<void> {
  await page.waitForFunction(predicate, { timeout: 10_000 });
}

/** Whether an element is drawn at all (runs in the page). */
function isDrawn(element: Element): boolean {
  const style = getComputedStyle(element);
  return style.display !== 'none' && style.visibility !== 'hidden' && Number(style.opacity) > 0;
}

describe('Firefox ESR', () => {
  it('loads every page type with no page error and no CSP violation', async () => {
    const failures: string[] = [];
    for (const path of [...PAGE_TYPES.filter((p) => p !== '/404.html'), '/en/who-does-what/', '/en/timeline/']) {
      const status = await open(path);
      if (status !== 200) failures.push(`${path}: status ${status}`);
      failures.push(...problems.splice(0).map((problem) => `${path}: ${problem}`));
    }
    expect(await open('/bestaat-niet/')).toBe(404);
    expect(await page.$eval('h1', (h) => h.textContent)).toMatch(/niet gevonden/i);
    failures.push(...problems.splice(0));
    expect(failures).toEqual([]);
  });

  it('org chart: enhances, switches view, selects, filters, zooms, and restores its URL state', async () => {
    await open('/wie-doet-wat/');
    await until(`document.querySelector('org-chart [role="listbox"]') !== null`);
    expect(await page.$eval('[data-toolbar]', (toolbar) => getComputedStyle(toolbar).display)).not.toBe('none');

    await page.click('org-chart [data-view="voorgesteld"]');
    await until(`new URLSearchParams(location.search).get('view') === 'voorgesteld'`);
    expect(await page.$eval('[data-view="voorgesteld"]', (b) => b.getAttribute('aria-pressed'))).toBe('true');

    await page.click('org-chart g.node[data-id="comensha"]');
    await until(`new URLSearchParams(location.search).get('actor') === 'comensha'`);
    await until(`getComputedStyle(document.querySelector('org-chart [data-panel]')).display !== 'none'`);
    expect(await page.$eval('org-chart [data-panel] h3', (h) => h.textContent)).toContain('CoMensha');

    await page.keyboard.press('Escape');
    await until(`!location.search.includes('actor=')`);

    await page.click('org-chart details summary');
    await page.click('org-chart input[type="checkbox"][value="meldt-aan"]');
    await until(`location.search.includes('types=')`);
    expect(await page.$eval('org-chart [data-viewport] path.edge[data-type="meldt-aan"]', isDrawn)).toBe(false);

    const layer = 'org-chart [data-zoom-layer]';
    const before = await page.$eval(layer, (g) => g.getAttribute('transform'));
    await page.click('org-chart [data-zoom="in"]');
    await until(`document.querySelector('${layer}').getAttribute('transform') !== ${JSON.stringify(before)}`);

    await open('/wie-doet-wat/?view=huidig&actor=nationaal-rapporteur');
    await until(`document.querySelector('org-chart g.node[data-id="nationaal-rapporteur"]')?.getAttribute('aria-selected') === 'true'`);
    expect(await page.$eval('[data-view="huidig"]', (b) => b.getAttribute('aria-pressed'))).toBe('true');
    await page.click('org-chart [data-view="voorgesteld"]');
    await until(`new URLSearchParams(location.search).get('view') === 'voorgesteld'`);
    // Back and Forward within the page's own history (pushState) restore the state.
    await page.evaluate(() => history.back());
    await until(`document.querySelector('[data-view="huidig"]').getAttribute('aria-pressed') === 'true'`);
    await page.evaluate(() => history.forward());
    await until(`document.querySelector('[data-view="voorgesteld"]').getAttribute('aria-pressed') === 'true'`);
    expect(problems.splice(0)).toEqual([]);
  });

  it('timeline: enhances, applies a preset, zooms, selects, filters, and restores its URL state', async () => {
    await open('/tijdlijn/');
    await until(`document.querySelector('time-line [role="listbox"]') !== null`);

    const preset = await page.$$eval('time-line [data-toolbar] button[aria-pressed]', (buttons) => buttons.find((b) => /2018/.test(b.textContent ?? ''))?.textContent);
    expect(preset).toBeTruthy();
    await page.evaluate(() => [...document.querySelectorAll<HTMLButtonElement>('time-line [data-toolbar] button[aria-pressed]')].find((b) => /2018/.test(b.textContent ?? ''))!.click());
    await until(`location.search.startsWith('?van=2018-01-01')`);

    const range = await page.evaluate(() => location.search);
    await page.click('time-line [data-zoom="in"]');
    await until(`location.search !== ${JSON.stringify(range)}`);

    // The mark itself: its label may be hidden where the frame would cut it.
    await page.click('time-line g.event[data-id="advies-governance-2024"] .event__mark');
    await until(`location.search.includes('event=advies-governance-2024')`);
    await until(`getComputedStyle(document.querySelector('time-line [data-panel]')).display !== 'none'`);

    await page.click('time-line details summary');
    await page.click('time-line input[type="checkbox"][value="parlement"]');
    await until(`location.search.includes('banen=')`);
    expect(await page.$eval('time-line g.event[data-lane="parlement"]', isDrawn)).toBe(false);

    await open('/tijdlijn/?van=2020&tot=2025&event=advies-governance-2024');
    await until(`document.querySelector('time-line g.event[data-id="advies-governance-2024"]')?.getAttribute('aria-selected') === 'true'`);
    expect(await page.$eval('time-line .axis .tick text', (tick) => tick.textContent)).toMatch(/2020/);
    expect(problems.splice(0)).toEqual([]);
  });

  it('story: every step with its figure, next moves focus to the next step\u2019s heading and its #anchor into the address', async () => {
    for (const path of ['/in-stappen/', '/en/in-steps/']) {
      await open(path);
      const steps = await page.$$eval('section.story-step', (sections) =>
        sections.map((section) => ({
          id: section.getAttribute('data-step')!,
          heading: section.querySelector('h2')?.id,
          figure: [...section.querySelectorAll('.story-figure svg[role="img"]')].filter((svg) => getComputedStyle(svg).display !== 'none').length,
          explore: section.querySelector<HTMLAnchorElement>('.story-step__explore a')?.search ?? '',
        })),
      );
      expect(steps.length, path).toBeGreaterThanOrEqual(6);
      for (const step of steps) {
        expect(step.heading).toBe(step.id);
        expect(step.figure, step.id).toBe(1);
        expect(step.explore, step.id).toContain('focus=');
      }
      await page.$eval(`section[data-step="${steps[0].id}"] a[rel="next"]`, (link) => (link as HTMLElement).focus());
      await page.keyboard.press('Enter');
      await until(`document.activeElement?.id === ${JSON.stringify(steps[1].id)}`);
      expect(await page.evaluate(() => location.hash)).toBe(`#${steps[1].id}`);
      expect(await page.$eval(`h2#${steps[1].id}`, (h) => h.getBoundingClientRect().top < innerHeight && h.getBoundingClientRect().bottom > 0)).toBe(true);
    }
    expect(problems.splice(0)).toEqual([]);
  });

  it('search finds results in the dialog and on the search page', async () => {
    await open('/uitleg/');
    await page.type('#site-search-q', 'regie');
    await page.keyboard.press('Enter');
    await until(`document.querySelectorAll('dialog.search-dialog[open] .search-results a[href^="/"]').length > 0`);

    await open('/zoeken/?q=regie');
    await until(`document.querySelectorAll('main .search-results a[href^="/"]').length > 0`);
    expect(await page.$eval('main .search-summary', (summary) => summary.textContent)).toMatch(/^\d+ resultaten voor regie/);
    expect(problems.splice(0)).toEqual([]);
  });

  it('shows where keyboard focus is', async () => {
    await open('/');
    await page.keyboard.press('Tab');
    const skip = await page.evaluate(() => {
      const focused = document.activeElement as HTMLElement;
      const style = getComputedStyle(focused);
      const box = focused.getBoundingClientRect();
      return { text: focused.textContent, outline: style.outlineStyle, width: parseFloat(style.outlineWidth), visible: box.width > 0 && box.top >= 0 };
    });
    expect(skip).toMatchObject({ text: 'Naar de inhoud', outline: 'solid', visible: true });
    expect(skip.width).toBeGreaterThanOrEqual(2);

    await open('/wie-doet-wat/');
    await until(`document.querySelector('org-chart [role="option"][tabindex="0"]') !== null`);
    await page.$eval('org-chart [role="option"][tabindex="0"]', (option) => (option as SVGGElement).focus());
    await page.keyboard.press('ArrowRight');
    const option = await page.evaluate(() => {
      const focused = document.activeElement as SVGGElement;
      const box = getComputedStyle(focused.querySelector('.node__box')!);
      const focusColour = getComputedStyle(document.documentElement).getPropertyValue('--basis-color-focus').trim();
      const probe = document.createElement('span');
      probe.style.color = focusColour;
      document.body.append(probe);
      const expected = getComputedStyle(probe).color;
      probe.remove();
      return { role: focused.getAttribute('role'), stroke: box.stroke, expected, width: parseFloat(box.strokeWidth) };
    });
    // The focused box is drawn in the focus colour, with a line at least 2 px wide.
    expect(option.role).toBe('option');
    expect(option.stroke).toBe(option.expected);
    expect(option.width).toBeGreaterThanOrEqual(2);
  });
});
