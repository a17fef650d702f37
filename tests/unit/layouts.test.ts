import { describe, expect, it } from 'vitest';
import { relationInView, relationDifference, actorDifference, actorInView, actorShown, relationShown } from '../../src/features/orgchart/views.ts';
import { badgePath } from '../../src/features/orgchart/build/badges.ts';
import { layoutFiguresChart } from '../../src/features/explanation/build/figures-chart.ts';
import { nearestInDirection } from '../../src/features/diagram/spatial-nav.ts';
import type { Relation, Figure } from '../../src/model/schemas.ts';

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
