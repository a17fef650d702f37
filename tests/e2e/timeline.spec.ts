import { test, expect, type Page } from './fixtures.ts';
import { gzipSync } from 'node:zlib';
import { axeViolations } from './site.ts';
import { addYears } from '../../src/model/dates.ts';
import { isOverdue } from '../../src/features/timeline/build/status.ts';

const timeline = (page: Page) => page.locator('time-line');
const options = (page: Page) => timeline(page).getByRole('option');
const live = (page: Page) => timeline(page).locator('[data-live]');
/** "Today" as the build fixed it (BUILD_DATE), read from the page: never the day a test was written or runs. */
const buildDay = async (page: Page) => (await page.locator('svg.timeline-svg .today').getAttribute('data-today'))!;

// The whole page is checked in every-page.spec.ts and accessibility.spec.ts; here each interactive state of the diagram is.
const axe = (page: Page) => axeViolations(page, 'time-line');

/**
 * How the chart's labels read right now: how many show an ellipsis, the smallest text size in CSS px, pairs of
 * labels (or a label and another event's mark) that overlap, labels cut by the frame, and any attribute that is NaN.
 */
function readLabels(page: Page) {
  return page.evaluate(() => {
    const svg = document.querySelector<SVGSVGElement>('svg.timeline-svg')!;
    const frame = svg.parentElement!.getBoundingClientRect();
    const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
    const drawn = [...svg.querySelectorAll<SVGGElement>('g.event')].filter((event) => event.getBoundingClientRect().width > 0);
    const shown = drawn.filter((event) => {
      const box = event.getBoundingClientRect();
      return box.right > frame.left && box.left < frame.right;
    });
    // A label the frame would cut is hidden (visibility), so it counts as not shown.
    const labels = shown
      .map((event) => ({ id: event.dataset.id!, label: event.querySelector('.event__label')! }))
      .filter(({ label }) => getComputedStyle(label).visibility !== 'hidden')
      .map(({ id, label }) => ({ id, box: label.getBoundingClientRect() }));
    const marks = shown.map((event) => ({ id: event.dataset.id!, box: event.querySelector('.event__mark')!.getBoundingClientRect() }));
    const meet = (a: DOMRect, b: DOMRect) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
    const overlaps: string[] = [];
    for (const a of labels) {
      for (const b of labels) if (a.id < b.id && meet(a.box, b.box)) overlaps.push(`${a.id} × ${b.id}`);
      for (const m of marks) if (m.id !== a.id && meet(a.box, m.box)) overlaps.push(`${a.id} × mark of ${m.id}`);
    }
    const nan = [...svg.querySelectorAll('*')].flatMap((element) => [...element.attributes].filter((a) => /NaN|Infinity/.test(a.value)).map((a) => `${element.tagName} ${a.name}="${a.value}"`));
    return {
      shown: shown.length,
      ellipses: [...svg.querySelectorAll('.event__label')].filter((label) => label.textContent!.includes('…')).length,
      smallest: Math.min(...shown.map((event) => parseFloat(getComputedStyle(event.querySelector('.event__label')!).fontSize) * scale)),
      overlaps,
      cut: labels.filter(({ box }) => box.left < frame.left - 0.5 || box.right > frame.right + 0.5).map(({ id }) => id),
      nan,
      chartTop: frame.top + scrollY,
      chartHeight: frame.height,
    };
  });
}

/** The events that lie wholly within the period the chart shows (the URL's van/tot, else the whole time axis). */
function eventsWithin(page: Page): Promise<number> {
  return page.evaluate(() => {
    const svg = document.querySelector<SVGSVGElement>('svg.timeline-svg')!;
    const params = new URLSearchParams(location.search);
    const [first, last] = svg.dataset.domain!.split(' ').map(Number);
    const from = params.get('van') ? Date.parse(params.get('van')!) : first;
    const to = params.get('tot') ? Date.parse(params.get('tot')!) + 86_400_000 : last;
    return [...svg.querySelectorAll<SVGGElement>('g.event')].filter((event) => Number(event.dataset.start) >= from && Number(event.dataset.end) <= to).length;
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the timeline is a complete SVG with lanes, a today marker, whole titles and an equivalent list by year', { tag: '@date' }, async ({ page }) => {
    await page.goto('/tijdlijn/');
    const svg = page.locator('svg.timeline-svg');
    await expect(svg.locator('g.lane')).toHaveCount(5);
    await expect(svg.locator('.today text')).toContainText('vandaag');
    const events = await svg.locator('g.event').count();
    expect(events).toBeGreaterThanOrEqual(50);
    await expect(page.locator('.timeline-list li[data-event]')).toHaveCount(events);
    await expect(page.locator('.timeline-list h3#jaar-2024')).toBeVisible();
    await expect(svg.locator('g.event[data-status="verwacht"]').first()).toContainText('(verwacht');
    await expect(page.locator('[data-toolbar]')).toBeHidden();
    // Every label is whole: its lines make up the short title (or the title), and the full title names the event.
    const labels = await svg.locator('g.event').evaluateAll((nodes) =>
      nodes.map((node) => ({ id: node.getAttribute('data-id')!, label: [...node.querySelectorAll('tspan')].map((t) => t.textContent).join(' '), name: node.querySelector('title')!.textContent! })),
    );
    for (const { id, label, name } of labels) {
      expect(label, id).not.toContain('…');
      const title = (await page.locator(`li#${id} .timeline-list__title`).textContent())!;
      expect(name, id).toContain(title);
    }
    expect(await readLabels(page)).toMatchObject({ ellipses: 0, overlaps: [], cut: [] });
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
  // The diagram shows the short title; the accessible name holds the full one.
  await expect(timeline(page).getByRole('option', { name: /^7 oktober 2024: Advies over de governance — Advies van de Rapporteur over de governance — Nationaal Rapporteur$/ })).toHaveText('Advies over de governance');
});

test('every label is whole, at least 12 px and clear of the others at every preset; the chart starts on the first screen', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/tijdlijn/');
  const overview = await readLabels(page);
  expect(overview.chartTop).toBeLessThanOrEqual(600);
  // The default view (everything) fits a screen or two.
  expect(overview.chartHeight).toBeLessThanOrEqual(2 * 900);
  for (const preset of ['Alles', 'Sinds 2018', 'Laatste twee jaar']) {
    await page.getByRole('button', { name: preset, exact: true }).click();
    await expect(page.getByRole('button', { name: preset, exact: true })).toHaveAttribute('aria-pressed', 'true');
    const { shown, ellipses, smallest, overlaps, cut, nan } = await readLabels(page);
    // How many events the preset's period holds depends on the data and the build date, not on the day this was written.
    expect(shown, preset).toBeGreaterThanOrEqual(await eventsWithin(page));
    expect({ preset, ellipses, overlaps, cut, nan }).toEqual({ preset, ellipses: 0, overlaps: [], cut: [], nan: [] });
    expect(smallest, preset).toBeGreaterThanOrEqual(12);
  }
  // At 200 % zoom (640 × 450 CSS px) the text keeps its size: the chart scrolls sideways instead of shrinking.
  await page.setViewportSize({ width: 640, height: 450 });
  expect((await readLabels(page)).smallest).toBeGreaterThanOrEqual(12);
});

test('presets and zoom buttons change the visible period and the URL', { tag: '@date' }, async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/tijdlijn/');
  const ticks = timeline(page).locator('.axis .tick text');
  await page.getByRole('button', { name: 'Sinds 2018' }).click();
  await expect(page).toHaveURL(/\?van=2018-01-01&tot=\d{4}-\d{2}-\d{2}$/);
  await expect(page.getByRole('button', { name: 'Sinds 2018' })).toHaveAttribute('aria-pressed', 'true');
  await expect(ticks.first()).toHaveText(/2018/);
  const today = await buildDay(page);
  await page.getByRole('button', { name: 'Laatste twee jaar' }).click();
  await expect(page).toHaveURL(new RegExp(`\\?van=${addYears(today, -2)}&`));
  await page.getByRole('button', { name: 'Alles' }).click();
  await expect(page).toHaveURL(/\/tijdlijn\/$/);
  await page.getByRole('button', { name: 'Inzoomen' }).click();
  await expect(page).toHaveURL(/van=/);
  await page.getByRole('button', { name: 'Eerder in de tijd' }).click();
  await page.getByRole('button', { name: 'Uitzoomen' }).click();
  // Zooming out stops at the whole range, with buttons as with a link.
  for (let i = 0; i < 6; i++) await page.getByRole('button', { name: 'Uitzoomen' }).click();
  await expect(page).toHaveURL(/\/tijdlijn\/$/);
});

test('with animation, a zoom step that interrupts a moving preset leaves the URL at the period it arrives at', async ({ page }) => {
  // Where the advice's mark is drawn: the same place after the steps and when the URL they left is opened.
  const markAt = async () => (await timeline(page).locator('g.event[data-id="advies-governance-2024"] .event__mark').boundingBox())!.x;
  await page.goto('/tijdlijn/');
  await page.getByRole('button', { name: 'Sinds 2018' }).click();
  await page.getByRole('button', { name: 'Inzoomen' }).click();
  await expect.poll(() => new URL(page.url()).search).toMatch(/^\?van=\d{4}-\d{2}-\d{2}&tot=\d{4}-\d{2}-\d{2}$/);
  await page.waitForTimeout(1000);
  const arrived = await markAt();
  const address = page.url();
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(address);
  // The URL counts in days: a day is well under a pixel at this zoom.
  expect(Math.abs((await markAt()) - arrived)).toBeLessThan(3);
});

test('filters by lane and kind hide events and are announced; a hidden lane gives up its room', async ({ page }) => {
  await page.goto('/tijdlijn/');
  const height = async () => (await page.locator('svg.timeline-svg').boundingBox())!.height;
  const full = await height();
  await page.getByText('Filters', { exact: true }).click();
  const parliament = timeline(page).locator('g.event[data-lane="parlement"]').first();
  await expect(parliament).toBeVisible();
  await page.getByRole('checkbox', { name: 'Parlement' }).uncheck();
  await expect(parliament).toBeHidden();
  expect(await height()).toBeLessThan(full);
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

test('keyboard focus stays in the shown period: Tab lands on its first event, arrows pan it and the URL follows', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/tijdlijn/');
  await page.getByRole('button', { name: 'Sinds 2018' }).click();
  await expect(page).toHaveURL(/van=2018-01-01/);
  await page.getByRole('button', { name: 'Download PNG' }).focus();
  await page.keyboard.press('Tab');
  const focused = page.locator(':focus');
  await expect(focused).toHaveAttribute('role', 'option');
  // The first event of the period, in date order, whatever its lane.
  const firstInPeriod = await options(page).evaluateAll((nodes) => {
    const from = Date.UTC(2018, 0, 1);
    return nodes.filter((n) => Number(n.getAttribute('data-end')) > from).sort((a, b) => Number(a.getAttribute('data-start')) - Number(b.getAttribute('data-start')) || a.getAttribute('data-id')!.localeCompare(b.getAttribute('data-id')!))[0].getAttribute('data-id');
  });
  await expect(focused).toHaveAttribute('data-id', firstInPeriod!);
  await expect(focused).toBeInViewport();
  // Arrow left leaves the period: the view pans back to show the earlier event, and the URL says so.
  await page.keyboard.press('ArrowLeft');
  await expect(page).not.toHaveURL(/van=2018-01-01/);
  const before = Number(await page.locator(':focus').getAttribute('data-start'));
  expect(before).toBeLessThan(Date.UTC(2018, 0, 1));
  const shownFrom = Date.parse(new URL(page.url()).searchParams.get('van')!);
  expect(shownFrom).toBeLessThanOrEqual(before);
  const box = (await page.locator(':focus .event__mark').boundingBox())!;
  const frame = (await timeline(page).locator('[data-viewport]').boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(frame.x);
  expect(box.x + box.width).toBeLessThanOrEqual(frame.x + frame.width);
});

test('choosing an event brings its details into view beside it, and closing gives focus back', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/tijdlijn/');
  // An event far down the chart: its details open next to it, in view, without covering it.
  const event = timeline(page).locator('g.event[data-lane="eu-internationaal"]').last();
  await event.scrollIntoViewIfNeeded();
  await event.click();
  const panel = timeline(page).locator('[data-panel]');
  await expect(panel).toBeInViewport({ ratio: 0.95 });
  await expect(page).toHaveURL(new RegExp(`event=${await event.getAttribute('data-id')}`));
  await expect(panel.getByRole('heading')).toContainText((await page.locator(`li#${await event.getAttribute('data-id')} .timeline-list__title`).textContent())!);
  const [eventBox, panelBox] = [(await event.locator('.event__mark').boundingBox())!, (await panel.boundingBox())!];
  expect(eventBox.x + eventBox.width <= panelBox.x || panelBox.x + panelBox.width <= eventBox.x).toBe(true);
  expect(await axe(page)).toEqual([]);
  await panel.getByRole('button', { name: 'Sluiten' }).click();
  await expect(panel).toBeHidden();
  await expect(event).toBeFocused();
  await expect(event).toBeInViewport();
});

test('an expected event whose date has passed by the build date is shown as not yet reported, mark and text', async ({ page }) => {
  await page.goto('/tijdlijn/');
  const today = await buildDay(page);
  const expected = page.locator('.timeline-list li[data-status="verwacht"]');
  expect(await expected.count()).toBeGreaterThan(0);
  for (const item of await expected.all()) {
    const id = (await item.getAttribute('id'))!;
    const date = (await item.locator('time').getAttribute('datetime'))!;
    const event = timeline(page).locator(`g.event[data-id="${id}"]`);
    if (isOverdue({ status: 'verwacht', date }, today)) {
      await expect(item).toContainText('verwacht, nog niet gemeld');
      await expect(item).toContainText('De verwachte datum is voorbij.');
      await expect(event).toContainText('(verwacht, nog niet gemeld)');
      await expect(event).toHaveAttribute('aria-label', /\(verwacht, nog niet gemeld\)/);
      // The mark differs in form, not only in colour: a dotted outline instead of the dashed one of "verwacht".
      const dashes = await event.locator('.event__mark').evaluate((mark) => getComputedStyle(mark).strokeDasharray);
      const plain = await page.locator('.timeline-legend .event[data-status="verwacht"]:not([data-overdue]) .event__mark').evaluate((mark) => getComputedStyle(mark).strokeDasharray);
      expect(dashes).not.toBe(plain);
    } else {
      await expect(item).not.toContainText('nog niet gemeld');
      await expect(event).toContainText('(verwacht)');
    }
  }
});

test('hostile or broken URLs fall back to the default view, with no NaN in the drawing and no page error', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  for (const query of ['?van=2019&tot=2019-01-01', '?van=2020-99-99&tot=2021-01-01', '?van=0000&tot=9999', '?van=1000&tot=9999', '?van=2026&tot=2018', '?van=x&tot=&banen=,,%00&event=%3Cscript%3E', '#%E0%A4%A']) {
    await page.goto(`/tijdlijn/${query}`);
    await expect(timeline(page)).toHaveAttribute('data-enhanced', '');
    await expect(page.getByRole('button', { name: 'Alles' }), query).toHaveAttribute('aria-pressed', 'true');
    const labels = await readLabels(page);
    expect(labels.nan, query).toEqual([]);
    expect(labels.shown, query).toBe(await options(page).count());
  }
  // After the malformed anchor, URL state and Back and Forward still work.
  await page.getByRole('button', { name: 'Sinds 2018' }).click();
  await expect(page).toHaveURL(/van=2018-01-01/);
  await page.goBack();
  await expect(page.getByRole('button', { name: 'Alles' })).toHaveAttribute('aria-pressed', 'true');
  await page.goForward();
  await expect(page.getByRole('button', { name: 'Sinds 2018' })).toHaveAttribute('aria-pressed', 'true');
  expect(errors).toEqual([]);
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

test('on a narrow screen the list comes first with a link to the timeline, whose text keeps its size', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto('/tijdlijn/');
  const link = page.locator('[data-diagram-list]').getByRole('link', { name: 'Naar de tijdlijn' });
  await expect(link).toBeVisible();
  await link.click();
  await expect(page.locator('#schema')).toBeInViewport();
  expect((await readLabels(page)).smallest).toBeGreaterThanOrEqual(12);
  await page.setViewportSize({ width: 1280, height: 900 });
  await expect(link).toBeHidden();
});

test('export SVG and PNG of the current view', async ({ page }) => {
  await page.goto('/tijdlijn/?van=2018&tot=2026');
  const [svg] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download SVG' }).click()]);
  expect(svg.suggestedFilename()).toBe('tijdlijn.svg');
  const [png] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download PNG' }).click()]);
  const bytes = Buffer.concat(await (await png.createReadStream()).toArray());
  expect(bytes.subarray(1, 4).toString()).toBe('PNG');
});

test('data at stable URLs: JSON, CSV and an iCalendar file of expected dates, overdue ones marked', { tag: '@date' }, async ({ request, page }) => {
  const events = await (await request.get('/data/events.json')).json();
  expect(events.events.length).toBeGreaterThanOrEqual(50);
  const csv = await (await request.get('/data/events.csv')).text();
  expect(csv.startsWith('\uFEFFid,date,end,kind,lane,status,')).toBe(true);
  const ics = await request.get('/data/verwacht.ics');
  expect(ics.headers()['content-type']).toContain('text/calendar');
  const text = (await ics.text()).replace(/\r\n /g, '');
  expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
  const expected = events.events.filter((e: { status: string }) => e.status === 'verwacht');
  expect(text.match(/BEGIN:VEVENT/g)?.length ?? 0).toBe(expected.length);
  expect(text).not.toMatch(/DTSTART[^\r]*T\d{6}/);
  await page.goto('/tijdlijn/');
  const today = await buildDay(page);
  for (const event of expected as { id: string; date: string; title: { nl: string } }[]) {
    const summary = new RegExp(`UID:${event.id}@[^\\r]+\\r\\n(?:[^\\r]+\\r\\n)*?SUMMARY:([^\\r]+)`).exec(text)![1];
    expect(summary.includes('nog niet gemeld'), event.id).toBe(isOverdue({ status: 'verwacht', date: event.date }, today));
  }
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
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto('/en/timeline/');
  expect(await axe(page)).toEqual([]);
});
