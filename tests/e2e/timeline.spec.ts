import { test, expect, type Page } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { axeViolations } from './site.ts';
import { addYears } from '../../src/lib/dates.ts';

const timeline = (page: Page) => page.locator('time-line');
const options = (page: Page) => timeline(page).getByRole('option');
const live = (page: Page) => timeline(page).locator('[data-live]');

// The whole page is checked in accessibility.spec.ts; here each interactive state of the diagram is.
const axe = (page: Page) => axeViolations(page, 'time-line');

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the timeline is a complete SVG with lanes, a today marker and an equivalent list by year', { tag: '@date' }, async ({ page }) => {
    await page.goto('/tijdlijn/');
    const svg = page.locator('svg.timeline-svg');
    await expect(svg.locator('g.lane')).toHaveCount(5);
    await expect(svg.locator('.today text')).toContainText('vandaag');
    const events = await svg.locator('g.event').count();
    expect(events).toBeGreaterThanOrEqual(50);
    await expect(page.locator('.timeline-list li[data-event]')).toHaveCount(events);
    await expect(page.locator('.timeline-list h3#jaar-2024')).toBeVisible();
    await expect(svg.locator('g.event[data-status="verwacht"]').first()).toContainText('(verwacht)');
    await expect(page.locator('[data-toolbar]')).toBeHidden();
  });

  test('month- and year-precise dates render as such, never as a day', async ({ page }) => {
    await page.goto('/tijdlijn/');
    for (const [precision, pattern] of [
      ['maand', /^(januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) \d{4}/],
      ['jaar', /^\d{4}( – |$)/],
      ['dag', /^\d{1,2} [a-z]+ \d{4}/],
    ] as const) {
      const event = page.locator(`svg g.event[data-precision="${precision}"]:not([data-period])`).first();
      const id = await event.getAttribute('data-id');
      await expect(page.locator(`li#${id} time`)).toHaveText(pattern);
      if (precision !== 'dag') {
        // Drawn as a bar over the whole month or year, not as a point.
        expect(await event.locator('rect.event__mark').count()).toBe(1);
      } else {
        expect(await event.locator('circle.event__mark').count()).toBe(1);
      }
    }
  });

  test('each event has a permanent anchor with date, summary, linked actors and sources', async ({ page }) => {
    await page.goto('/tijdlijn/#advies-governance-2024');
    const item = page.locator('li#advies-governance-2024');
    await expect(item).toBeInViewport();
    await expect(item.locator('time')).toHaveText('7 oktober 2024');
    await expect(item.locator('a[href^="/bronnen/#"]').first()).toBeVisible();
    await expect(item.locator('a[href^="/organisaties/"]').first()).toBeVisible();
  });
});

test('enhancement: one listbox of events named by date, title and lane', async ({ page }) => {
  await page.goto('/tijdlijn/');
  await expect(page.locator('[data-toolbar]')).toBeVisible();
  await expect(timeline(page).getByRole('listbox', { name: 'Gebeurtenissen' })).toBeVisible();
  await expect(options(page).filter({ hasText: '' }).first()).toHaveAttribute('aria-label', /^.+: .+ — (Kabinet en ministeries|Parlement|Nationaal Rapporteur|Uitvoering|EU en internationaal)$/);
  await expect(timeline(page).getByRole('option', { name: /^7 oktober 2024: Advies .* — Nationaal Rapporteur$/ })).toHaveCount(1);
});

test('presets and zoom buttons change the visible period and the URL', { tag: '@date' }, async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/tijdlijn/');
  const ticks = timeline(page).locator('.axis .tick text');
  await page.getByRole('button', { name: 'Sinds 2018' }).click();
  await expect(page).toHaveURL(/\?van=2018-01-01&tot=\d{4}-\d{2}-\d{2}$/);
  await expect(page.getByRole('button', { name: 'Sinds 2018' })).toHaveAttribute('aria-pressed', 'true');
  await expect(ticks.first()).toHaveText(/2018/);
  // "Today" is the build date the page shows, not the day this test was written or runs.
  const today = (await timeline(page).locator('.today').getAttribute('data-today'))!;
  await page.getByRole('button', { name: 'Laatste twee jaar' }).click();
  await expect(page).toHaveURL(new RegExp(`\\?van=${addYears(today, -2)}&`));
  await page.getByRole('button', { name: 'Alles' }).click();
  await expect(page).toHaveURL(/\/tijdlijn\/$/);
  await page.getByRole('button', { name: 'Inzoomen' }).click();
  await expect(page).toHaveURL(/van=/);
  await page.getByRole('button', { name: 'Eerder in de tijd' }).click();
  await page.getByRole('button', { name: 'Uitzoomen' }).click();
});

test('filters by lane and kind hide events and are announced', async ({ page }) => {
  await page.goto('/tijdlijn/');
  await page.getByText('Filters', { exact: true }).click();
  const parliament = timeline(page).locator('g.event[data-lane="parlement"]').first();
  await expect(parliament).toBeVisible();
  await page.getByRole('checkbox', { name: 'Parlement' }).uncheck();
  await expect(parliament).toBeHidden();
  await expect(page).toHaveURL(/banen=/);
  await expect(live(page)).toContainText('gebeurtenissen zichtbaar');
  await page.getByRole('checkbox', { name: 'brief' }).uncheck();
  await expect(timeline(page).locator('g.event[data-kind="brief"]').first()).toBeHidden();
  await expect(page).toHaveURL(/soorten=/);
  await page.goBack();
  await expect(timeline(page).locator('g.event[data-kind="brief"]').first()).toBeVisible();
});

test('keyboard: one Tab stop, arrows move in date order, Enter opens details, Escape clears', async ({ page }) => {
  await page.goto('/tijdlijn/');
  await page.getByRole('button', { name: 'Download PNG' }).focus();
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveAttribute('role', 'option');
  const starts: number[] = [];
  for (let i = 0; i < 4; i++) {
    starts.push(Number(await page.locator(':focus').getAttribute('data-start')));
    await page.keyboard.press('ArrowRight');
  }
  expect([...starts].sort((a, b) => a - b)).toEqual(starts);
  await page.keyboard.press('Enter');
  const panel = timeline(page).locator('[data-panel]');
  await expect(panel).toBeVisible();
  await expect(page).toHaveURL(/event=/);
  await expect(live(page)).toContainText('Gekozen:');
  expect(await axe(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).not.toHaveAttribute('role', 'option');
});

test('deep links: range, filters and event in the URL; an event anchor opens the timeline on it', async ({ page }) => {
  await page.goto('/tijdlijn/?van=2020&tot=2025&banen=rapporteur&event=advies-governance-2024');
  await expect(timeline(page).locator('g.event[data-id="advies-governance-2024"]')).toHaveAttribute('aria-selected', 'true');
  await expect(timeline(page).locator('g.event[data-lane="kabinet"]').first()).toBeHidden();
  await expect(timeline(page).locator('.axis .tick text').first()).toHaveText(/2020/);
  await page.goto('/stand-van-zaken/');
  await page.goto('/tijdlijn/#brief-nrm-2025-09');
  const selected = timeline(page).locator('g.event[aria-selected="true"]');
  await expect(selected).toHaveCount(1);
  await expect(selected).toHaveAttribute('data-id', 'brief-nrm-2025-09');
});

test('export SVG and PNG of the current view', async ({ page }) => {
  await page.goto('/tijdlijn/?van=2018&tot=2026');
  const [svg] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download SVG' }).click()]);
  expect(svg.suggestedFilename()).toBe('tijdlijn.svg');
  const [png] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download PNG' }).click()]);
  const bytes = Buffer.concat(await (await png.createReadStream()).toArray());
  expect(bytes.subarray(1, 4).toString()).toBe('PNG');
});

test('data at stable URLs: JSON, CSV and an iCalendar file of expected dates', { tag: '@date' }, async ({ request }) => {
  const events = await (await request.get('/data/events.json')).json();
  expect(events.events.length).toBeGreaterThanOrEqual(50);
  const csv = await (await request.get('/data/events.csv')).text();
  expect(csv.startsWith('\uFEFFid,date,end,kind,lane,status,')).toBe(true);
  const ics = await request.get('/data/verwacht.ics');
  expect(ics.headers()['content-type']).toContain('text/calendar');
  const text = await ics.text();
  expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
  const expected = events.events.filter((e: { status: string }) => e.status === 'verwacht').length;
  expect(text.match(/BEGIN:VEVENT/g)?.length ?? 0).toBe(expected);
  expect(text).not.toMatch(/DTSTART[^\r]*T\d{6}/);
});

test('axe in each state, in English and dark mode; JavaScript stays within 35 KB gzipped', async ({ page, request }) => {
  const scripts: string[] = [];
  page.on('response', (r) => r.request().resourceType() === 'script' && scripts.push(r.url()));
  await page.goto('/tijdlijn/?van=2018&tot=2026&event=advies-governance-2024');
  await page.getByText('Filters', { exact: true }).click();
  expect(await axe(page)).toEqual([]);
  let total = 0;
  for (const url of scripts) total += gzipSync(await (await request.get(url)).body()).length;
  expect(total).toBeGreaterThan(0);
  expect(total).toBeLessThanOrEqual(35 * 1024);
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/en/timeline/?event=advies-governance-2024');
  await expect(timeline(page).getByRole('option', { name: /^7 October 2024/ })).toHaveAttribute('aria-selected', 'true');
  expect(await axe(page)).toEqual([]);
});
