import { describe, expect, it } from 'vitest';
import { relationInView, relationDifference, actorDifference, actorInView, actorShown, relationShown } from '../../src/lib/orgchart-views.ts';
import { layoutTimeline, dateInterval, precisionOf, eventInterval } from '../../src/lib/timeline-layout.ts';
import { YEAR_LABEL_HALF_WIDTH } from '../../src/lib/timeline-axis.ts';
import { badgePath } from '../../src/lib/orgchart-badges.ts';
import { layoutFiguresChart } from '../../src/lib/figures-chart.ts';
import { nearestInDirection } from '../../src/lib/spatial-nav.ts';
import type { Relation, Figure } from '../../src/lib/schemas.ts';

describe('org chart views', () => {
  it('shows each relation state in the right views', () => {
    const states: Relation['state'][] = ['huidig', 'voorgesteld', 'beide', 'vervalt'];
    expect(states.map((s) => relationInView(s, 'huidig'))).toEqual([true, false, true, true]);
    expect(states.map((s) => relationInView(s, 'voorgesteld'))).toEqual([false, true, true, false]);
    expect(states.map((s) => relationDifference(s))).toEqual(['vervalt', 'toegevoegd', 'gelijk', 'vervalt']);
  });

  it('classifies actors for the difference view', () => {
    expect(actorDifference({ in_views: ['voorgesteld'] })).toBe('toegevoegd');
    expect(actorDifference({ in_views: ['huidig', 'voorgesteld'], role_proposed: { nl: 'a', en: 'a' } })).toBe('gewijzigd');
    expect(actorDifference({ in_views: ['huidig', 'voorgesteld'] })).toBe('gelijk');
    expect(actorInView({ in_views: ['voorgesteld'] }, 'huidig')).toBe(false);
  });

  it('decides what the view and filters show, as the CSS of the chart does', () => {
    const police = { views: ['huidig', 'voorgesteld'], domains: ['opsporing-en-vervolging'], level: 'nationaal' };
    const coordinator = { views: ['voorgesteld'], domains: ['beleid'], level: 'nationaal' };
    const all = { view: 'huidig' as const, types: [] };
    expect(actorShown(coordinator, all)).toBe(false);
    expect(actorShown(coordinator, { ...all, view: 'verschil' })).toBe(true);
    expect(actorShown(police, { ...all, domain: 'beleid' })).toBe(false);
    expect(actorShown(police, { ...all, level: 'nationaal' })).toBe(true);
    const relation = { type: 'werkt-samen-met' as const, state: 'voorgesteld' as const };
    expect(relationShown(relation, police, coordinator, { ...all, view: 'voorgesteld' })).toBe(true);
    expect(relationShown(relation, police, coordinator, { ...all, view: 'voorgesteld', types: ['meldt-aan'] })).toBe(false);
    expect(relationShown(relation, police, police, { ...all, view: 'voorgesteld', domain: 'beleid' })).toBe(false);
  });
});

describe('org chart badges', () => {
  it('draw in the top right corner of a box, inside its right edge', () => {
    for (const badge of ['new', 'changed'] as const) {
      const xs = [...badgePath(badge, 176).matchAll(/M(\d+),/g)].map((m) => Number(m[1]));
      for (const x of xs) {
        expect(x).toBeGreaterThanOrEqual(176 - 16);
        expect(x).toBeLessThan(176);
      }
    }
    expect(badgePath('new', 32)).toBe('M16,4h12v12h-12z M22,6v8 M18,10h8');
    expect(badgePath('changed', 32)).toBe('M22,3l7,7l-7,7l-7,-7z');
  });
});

describe('timeline layout', () => {
  it('turns a partial date into the interval it stands for', () => {
    expect(precisionOf('2010-06')).toBe('maand');
    expect(dateInterval('2010-06')).toEqual([Date.UTC(2010, 5, 1), Date.UTC(2010, 6, 1)]);
    expect(dateInterval('2000')).toEqual([Date.UTC(2000, 0, 1), Date.UTC(2001, 0, 1)]);
    expect(dateInterval('2024-10-07')).toEqual([Date.UTC(2024, 9, 7), Date.UTC(2024, 9, 8)]);
    expect(eventInterval({ date: '2020-03-01', end: '2023-03' })).toEqual([Date.UTC(2020, 2, 1), Date.UTC(2023, 3, 1)]);
  });

  it('draws a month as wider than a day and a year as wider than a month', () => {
    const events = [
      { id: 'dag', date: '2010-01-15', lane: 'kabinet' as const, status: 'gebeurd' as const },
      { id: 'maand', date: '2010-06', lane: 'parlement' as const, status: 'gebeurd' as const },
      { id: 'jaar', date: '2012', lane: 'rapporteur' as const, status: 'gebeurd' as const },
    ];
    const layout = layoutTimeline(events, (id) => id, { width: 2400 });
    const width = (id: string) => layout.events.find((e) => e.id === id)!.width;
    expect(width('jaar')).toBeGreaterThan(width('maand'));
    expect(width('maand')).toBeGreaterThan(width('dag'));
    expect(layout.events.find((e) => e.id === 'maand')!.precision).toBe('maand');
  });

  it('packs labels so that no two items in a lane overlap', () => {
    const events = Array.from({ length: 12 }, (_, i) => ({ id: `e${i}`, date: `2024-0${(i % 9) + 1}`, lane: 'kabinet' as const, status: 'gebeurd' as const }));
    const layout = layoutTimeline(events, (id) => `Een vrij lange titel ${id}`);
    const items = layout.events.map((e) => ({ row: e.row, a: e.labelBefore ? e.x - 200 : e.x, b: e.labelBefore ? e.x + e.width : e.x + e.width + 6 + e.label.length * 6.6 }));
    for (const p of items) for (const q of items) if (p !== q && p.row === q.row) expect(p.b <= q.a || q.b <= p.a).toBe(true);
    expect(new Set(layout.events.map((e) => e.row)).size).toBeGreaterThan(1);
  });

  it('leaves out a year tick whose centred label would be cut off by an edge', () => {
    const events = [
      { id: 'a', date: '2000', lane: 'kabinet' as const, status: 'gebeurd' as const },
      { id: 'b', date: '2027-11', lane: 'kabinet' as const, status: 'gebeurd' as const },
    ];
    const layout = layoutTimeline(events, (id) => id);
    expect(layout.ticks.length).toBeGreaterThan(3);
    for (const tick of layout.ticks) {
      expect(tick.x).toBeGreaterThanOrEqual(YEAR_LABEL_HALF_WIDTH);
      expect(tick.x).toBeLessThanOrEqual(layout.width - YEAR_LABEL_HALF_WIDTH);
    }
    const years = layout.ticks.map((tick) => tick.year);
    expect(years).toEqual([...years].sort((p, q) => p - q));
  });

  it('marks today', () => {
    const layout = layoutTimeline([{ id: 'a', date: '2020', lane: 'kabinet', status: 'gebeurd' }], (id) => id, { today: '2026-11-29' });
    expect(layout.today!.x).toBeGreaterThan(layout.events[0].x);
  });
});

describe('figures chart', () => {
  it('leaves a gap for a year without a figure instead of joining the points', () => {
    const figures: Figure[] = [2019, 2020, 2022].map((year) => ({ id: `c${year}`, series: 'comensha', year, value: 1000 + year, sources: ['s'] }));
    const chart = layoutFiguresChart(figures);
    const path = chart.series[0].path;
    expect(path.match(/M/g)).toHaveLength(2);
    expect(chart.series[0].points).toHaveLength(3);
  });

  it('keeps the two counting bases apart', () => {
    const figures: Figure[] = [
      { id: 'a', series: 'comensha', year: 2019, value: 1372, sources: ['s'] },
      { id: 'b', series: 'rapporteur', year: 2019, value: 1334, sources: ['s'] },
    ];
    expect(layoutFiguresChart(figures).series.map((s) => s.id)).toEqual(['comensha', 'rapporteur']);
  });
});

describe('arrow-key movement', () => {
  const grid = [
    { id: 'a', x: 0, y: 0 },
    { id: 'b', x: 100, y: 0 },
    { id: 'c', x: 0, y: 100 },
    { id: 'd', x: 100, y: 100 },
    { id: 'e', x: 250, y: 100 },
  ];
  it('moves along the row and on to the next row in reading order', () => {
    expect(nearestInDirection(grid, 'a', 'right')).toBe('b');
    expect(nearestInDirection(grid, 'b', 'right')).toBe('c');
    expect(nearestInDirection(grid, 'c', 'left')).toBe('b');
    expect(nearestInDirection(grid, 'e', 'right')).toBeUndefined();
  });
  it('moves to the nearest item straight above or below', () => {
    expect(nearestInDirection(grid, 'a', 'down')).toBe('c');
    expect(nearestInDirection(grid, 'e', 'up')).toBe('b');
    expect(nearestInDirection(grid, 'a', 'up')).toBeUndefined();
  });
});
