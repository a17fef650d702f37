import { describe, expect, it } from 'vitest';
import { layoutTimeline, dateInterval, precisionOf, eventInterval, timelineDomain, drawnLabels, labelCollisions } from './layout.ts';
import { packLabels, wrapLabel } from './labels.ts';
import { atLevel, levelFor, levelList, zoomLevels } from '../levels.ts';
import { YEAR_LABEL_HALF_WIDTH } from '../axis.ts';
import { dejaVuSansMetrics, measureText } from '../../diagram/build/font-metrics.ts';
import { expectedLabel, hasPassed, isOverdue } from './status.ts';
import { eventAccessibleName, eventLabel } from './text.ts';
import { expectedEventsCalendar } from '../../open-data/build/ics.ts';
import { checkContent } from '../../../model/content-check.ts';
import { readContent } from '../../../model/read-content.ts';
import { LANES, type Event } from '../../../model/schemas.ts';

const font = dejaVuSansMetrics();
const measure = (text: string) => measureText(font, text, 13);
type LayoutEvent = Pick<Event, 'id' | 'date' | 'end' | 'lane' | 'status'>;
const event = (id: string, date: string, lane: Event['lane'] = 'kabinet', extra: Partial<LayoutEvent> = {}): LayoutEvent => ({ id, date, lane, status: 'gebeurd', ...extra });

describe('timeline dates', () => {
  it('turns a partial date into the interval it stands for', () => {
    expect(precisionOf('2010-06')).toBe('maand');
    expect(dateInterval('2010-06')).toEqual([Date.UTC(2010, 5, 1), Date.UTC(2010, 6, 1)]);
    expect(dateInterval('2000')).toEqual([Date.UTC(2000, 0, 1), Date.UTC(2001, 0, 1)]);
    expect(dateInterval('2024-10-07')).toEqual([Date.UTC(2024, 9, 7), Date.UTC(2024, 9, 8)]);
    expect(eventInterval({ date: '2020-03-01', end: '2023-03' })).toEqual([Date.UTC(2020, 2, 1), Date.UTC(2023, 3, 1)]);
  });

  it('draws from the start of the first year to the end of the year of the last event or of today', () => {
    expect(timelineDomain([{ date: '2003-05' }, { date: '2020', end: '2021' }])).toEqual([Date.UTC(2003, 0, 1), Date.UTC(2022, 0, 1)]);
    expect(timelineDomain([{ date: '2003-05' }], '2026-12-01')).toEqual([Date.UTC(2003, 0, 1), Date.UTC(2027, 0, 1)]);
    expect(timelineDomain([{ date: '2026' }], '2027-01-01')).toEqual([Date.UTC(2026, 0, 1), Date.UTC(2028, 0, 1)]);
  });
});

describe('timeline labels', () => {
  it('measures text with the font’s own advance widths', () => {
    // DejaVu Sans: 2048 units per em, a space is 651 units, "M" 1767 and "i" 569.
    expect(measureText(font, ' ', 2048)).toBe(651);
    expect(measureText(font, 'Mi', 2048)).toBe(1767 + 569);
    expect(measureText(font, 'Mi', 13)).toBeCloseTo(((1767 + 569) / 2048) * 13, 6);
  });

  it('keeps a short label on one line and wraps a long one into two balanced lines, never cutting it', () => {
    expect(wrapLabel('Actieplan', measure, 200)).toEqual(['Actieplan']);
    const title = 'Tweede Kamer debatteert over nieuwe strafbaarstelling mensenhandel';
    const lines = wrapLabel(title, measure, 200);
    expect(lines).toHaveLength(2);
    expect(lines.join(' ')).toBe(title);
    expect(Math.abs(measure(lines[0]) - measure(lines[1]))).toBeLessThan(measure('strafbaarstelling'));
    expect(wrapLabel('Onafbreekbaarwoordzonderspaties', measure, 50)).toEqual(['Onafbreekbaarwoordzonderspaties']);
  });

  it('packs labels into the lowest free slots, reusing a slot once the labels before it end', () => {
    const spacing = { markGap: 5, labelGap: 10, left: 0, right: 1000 };
    const box = (x: number, labelWidth = 100, lines = 1) => ({ x, markWidth: 8, labelWidth, lines });
    const { placed, slots } = packLabels([box(0), box(50), box(200), box(60, 100, 2), box(400)], spacing);
    expect(placed.map((p) => p.slot)).toEqual([0, 1, 0, 2, 0]);
    expect(slots).toBe(4);
    // Near the right edge a label goes before its mark.
    const edge = packLabels([box(950)], spacing).placed[0];
    expect(edge.before).toBe(true);
    expect(edge.from).toBe(950 - 5 - 100);
  });

  it('places every label of the site’s own events whole, with no overlap, at every zoom level and in both languages', () => {
    const { data } = readContent('content', process.cwd(), {});
    const levels = zoomLevels([3.33, 14.4], 120);
    for (const lang of ['nl', 'en'] as const) {
      const byId = new Map(data.events.map((e) => [e.id, e]));
      const labelOf = (id: string) => eventLabel(byId.get(id)!, lang, '2026-12-01');
      const layout = layoutTimeline(data.events, labelOf, measure, { today: '2026-12-01', levels });
      for (const placed of layout.events) {
        expect(placed.lines.join(' ')).toBe(labelOf(placed.id));
        expect(placed.lines.length).toBeLessThanOrEqual(2);
        expect(placed.lines.join(' ')).not.toContain('…');
      }
      layout.levels.forEach((k, level) => {
        expect(labelCollisions(layout, level), `${lang} at zoom ${k}`).toEqual([]);
        for (const box of drawnLabels(layout, level)) {
          // Within the drawing, and within its own lane's slots: no label crosses into another lane.
          expect(box.from).toBeGreaterThanOrEqual(0);
          expect(box.to, `${box.id} at zoom ${k}`).toBeLessThanOrEqual(box.right);
          const lane = layout.lanes.find((l) => l.lane === box.lane)!;
          expect(box.bottom).toBeLessThanOrEqual(lane.slots[level]);
        }
      });
      // The overview (level 0) fits a screen or two at 1280 px; the packing for "since 2018" is shorter still.
      expect(layout.heights[0]).toBeLessThan(1600);
      expect(layout.heights[layout.levels.indexOf(3.33)]).toBeLessThan(layout.heights[0] * 0.7);
    }
  });

  it('keeps a packing free of overlaps when zoomed in further than its level', () => {
    const events = Array.from({ length: 60 }, (_, i) => event(`e${i}`, `20${10 + (i % 15)}-0${(i % 9) + 1}`, LANES[i % 3], i % 7 === 0 ? { end: `20${12 + (i % 12)}` } : {}));
    const layout = layoutTimeline(events, (id) => `Gebeurtenis ${id} met een titel`, measure, { levels: [1, 2, 4] });
    for (const k of [1, 1.3, 1.9]) expect(labelCollisions(layout, 0, k)).toEqual([]);
    for (const k of [2, 2.7, 3.9]) expect(labelCollisions(layout, 1, k)).toEqual([]);
    expect(layout.heights[2]).toBeLessThan(layout.heights[0]);
  });

  it('draws a month as wider than a day and a year as wider than a month', () => {
    const layout = layoutTimeline([event('dag', '2010-01-15'), event('maand', '2010-06', 'parlement'), event('jaar', '2012', 'rapporteur')], (id) => id, measure, { width: 2400 });
    const width = (id: string) => layout.events.find((e) => e.id === id)!.width;
    expect(width('jaar')).toBeGreaterThan(width('maand'));
    expect(width('maand')).toBeGreaterThan(width('dag'));
    expect(layout.events.find((e) => e.id === 'maand')!.precision).toBe('maand');
  });

  it('leaves out a year tick whose centred label would be cut off by an edge', () => {
    const layout = layoutTimeline([event('a', '2000'), event('b', '2027-11')], (id) => id, measure);
    expect(layout.ticks.length).toBeGreaterThan(3);
    for (const tick of layout.ticks) {
      expect(tick.x).toBeGreaterThanOrEqual(YEAR_LABEL_HALF_WIDTH);
      expect(tick.x).toBeLessThanOrEqual(layout.width - YEAR_LABEL_HALF_WIDTH);
    }
  });

  it('marks today', () => {
    const layout = layoutTimeline([event('a', '2020')], (id) => id, measure, { today: '2026-11-29' });
    expect(layout.today!.x).toBeGreaterThan(layout.events[0].x);
  });
});

describe('timeline zoom levels', () => {
  it('packs for doublings and for the presets, which replace the nearest doubling', () => {
    expect(zoomLevels([3.33, 14.4], 100)).toEqual([1, 2, 3.33, 8, 14.4, 32, 64]);
    expect(zoomLevels([], 5)).toEqual([1, 2, 4]);
  });

  it('uses the highest level at or below the zoom', () => {
    const levels = [1, 2, 3.33, 8];
    expect(levelFor(1, levels)).toBe(0);
    expect(levelFor(1.99, levels)).toBe(0);
    expect(levelFor(3.33, levels)).toBe(2);
    expect(levelFor(3.3333, levels)).toBe(2);
    expect(levelFor(100, levels)).toBe(3);
  });

  it('writes one number per level without the repeats at the end', () => {
    expect(levelList([3, 1, 0, 0, 0])).toBe('3 1 0');
    expect(levelList([2, 2, 2])).toBe('2');
    expect([0, 1, 2, 3, 4].map((level) => atLevel('3 1 0', level))).toEqual([3, 1, 0, 0, 0]);
  });
});

describe('expected events whose date has passed', () => {
  const wodc = { id: 'wodc', date: '2025-12', status: 'verwacht' as const, lane: 'kabinet' as const, title: { nl: 'WODC-onderzoek', en: 'WODC study' } };

  it('are overdue once the whole day, month or year has passed on the build date', () => {
    expect(hasPassed('2025-12', '2025-12-31')).toBe(false);
    expect(hasPassed('2025-12', '2026-01-01')).toBe(true);
    expect(hasPassed('2025', '2025-12-31')).toBe(false);
    expect(hasPassed('2025-07-15', '2025-07-15')).toBe(false);
    expect(hasPassed('2025-07-15', '2025-07-16')).toBe(true);
    expect(isOverdue(wodc, '2025-11-30')).toBe(false);
    expect(isOverdue(wodc, '2026-12-01')).toBe(true);
    expect(isOverdue({ ...wodc, status: 'gebeurd' }, '2030-01-01')).toBe(false);
  });

  it('say so in the label, the accessible name and the status text', () => {
    expect(eventLabel(wodc, 'nl', '2025-11-30')).toBe('WODC-onderzoek (verwacht)');
    expect(eventLabel(wodc, 'nl', '2026-12-01')).toBe('WODC-onderzoek (verwacht, nog niet gemeld)');
    expect(eventLabel({ ...wodc, short: { nl: 'WODC', en: 'WODC' } }, 'en', '2026-12-01')).toBe('WODC (expected, not yet reported)');
    expect(eventAccessibleName(wodc, 'en', '2026-01-01')).toBe('December 2025: WODC study (expected, not yet reported) — Cabinet and ministries');
    // A short label comes first, as it is seen, then the full title.
    expect(eventAccessibleName({ ...wodc, short: { nl: 'WODC', en: 'WODC' } }, 'nl', '2025-01-01')).toBe('december 2025: WODC (verwacht) — WODC-onderzoek — Kabinet en ministeries');
    expect(expectedLabel({ ...wodc, status: 'gebeurd' }, '2026-12-01', 'nl')).toBeUndefined();
  });

  it('are a warning of the content check naming file, line, record and field, judged against the date given', () => {
    const record = {
      file: 'data/events/e.yml',
      line: 4,
      data: { ...wodc, kind: 'rapport', summary: { nl: 'a', en: 'a' }, sources: ['s'] },
    };
    const source = { file: 'data/sources/s.yml', data: { id: 's', title: 't', publisher: 'p', kind: 'website' } };
    const raw = { actors: [], relations: [], events: [record], terms: [], sources: [source], figures: [], changes: [] } as never;
    expect(checkContent(raw, [], { today: '2025-11-30' }).warnings).toEqual([]);
    const after = checkContent(raw, [], { today: '2026-12-01' });
    expect(after.problems).toEqual([]);
    expect(after.warnings).toHaveLength(1);
    expect(after.warnings[0]).toMatchObject({ file: 'data/events/e.yml', line: 4, record: 'event "wodc"', field: 'status' });
    expect(after.warnings[0].message).toContain('expected on 2025-12, which has passed (build date 2026-12-01)');
  });

  it('stay in the calendar of expected dates, marked as not yet reported', () => {
    const events = [{ ...wodc, summary: { nl: 'Samenvatting.', en: 'Summary.' } }, { ...wodc, id: 'later', date: '2027-03', summary: { nl: 'Later.', en: 'Later.' } }];
    const calendar = (stamp: string) => expectedEventsCalendar(events, { lang: 'nl', host: 'example.org', url: (id) => `https://example.org/#${id}`, today: stamp, stamp: '2025-11-29' }).replace(/\r\n /g, '');
    const before = calendar('2025-11-30');
    expect(before.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(before).not.toContain('nog niet gemeld');
    const after = calendar('2026-12-01');
    expect(after.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(after).toContain('SUMMARY:WODC-onderzoek (verwacht\\, nog niet gemeld)');
    expect(after).toContain('SUMMARY:WODC-onderzoek\r\n');
    expect(after).toContain('DESCRIPTION:De verwachte datum is voorbij.');
  });
});
