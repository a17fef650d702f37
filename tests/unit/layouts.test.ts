import { describe, expect, it } from 'vitest';
import { layoutOrgChart, wrapLabel, bandOf } from '../../src/lib/orgchart-layout.ts';
import { relationInView, relationDifference, actorDifference, actorInView } from '../../src/lib/orgchart-views.ts';
import { badgePath } from '../../src/lib/orgchart-badges.ts';
import { layoutFiguresChart } from '../../src/lib/figures-chart.ts';
import { nearestInDirection } from '../../src/lib/spatial-nav.ts';
import type { Actor, Relation, Figure } from '../../src/lib/schemas.ts';

const actor = (id: string, kind: Actor['kind'], level: Actor['level']) => ({ id, kind, level });
const actors = [
  actor('ministerie', 'ministerie', 'nationaal'),
  actor('kamer', 'parlement', 'nationaal'),
  actor('politie', 'politie-en-justitie', 'nationaal'),
  actor('gemeente', 'gemeente-regio', 'lokaal'),
  actor('greta', 'internationaal', 'internationaal'),
  actor('ngo', 'maatschappelijke-organisatie', 'nationaal'),
];
const relations = [
  { id: 'm-p', from: 'ministerie', to: 'politie' },
  { id: 'm-k', from: 'ministerie', to: 'kamer' },
  { id: 'p-g', from: 'politie', to: 'gemeente' },
  { id: 'n-g', from: 'ngo', to: 'gemeente' },
];

describe('org chart layout', () => {
  it('places actors in bands from international to local', () => {
    const layout = layoutOrgChart(actors, relations, (id) => id);
    const y = (id: string) => layout.nodes.find((n) => n.id === id)!.y;
    expect(y('greta')).toBeLessThan(y('kamer'));
    expect(y('kamer')).toBeLessThan(y('ministerie'));
    expect(y('ministerie')).toBeLessThan(y('politie'));
    expect(y('politie')).toBeLessThan(y('gemeente'));
    expect(layout.bands.map((b) => b.band)).toEqual(['internationaal', 'politiek-en-toezicht', 'rijk', 'landelijke-uitvoering', 'regionaal-en-lokaal']);
  });

  it('is deterministic: input order does not change the result', () => {
    const a = layoutOrgChart(actors, relations, (id) => id);
    const b = layoutOrgChart([...actors].reverse(), [...relations].reverse(), (id) => id);
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
  });

  it('never overlaps two boxes and wraps long bands into rows', () => {
    const many = Array.from({ length: 14 }, (_, i) => actor(`a${i}`, 'uitvoeringsorganisatie', 'nationaal'));
    const layout = layoutOrgChart(many, [], (id) => id, { maxPerRow: 6 });
    const rows = new Set(layout.nodes.map((n) => n.y));
    expect(rows.size).toBe(3);
    for (const a of layout.nodes)
      for (const b of layout.nodes)
        if (a !== b) expect(a.x + a.width <= b.x || b.x + b.width <= a.x || a.y !== b.y).toBe(true);
  });

  it('draws an edge for each relation between placed actors', () => {
    const layout = layoutOrgChart(actors, [...relations, { id: 'x', from: 'ministerie', to: 'unknown' }], (id) => id);
    expect(layout.edges.map((e) => e.id).sort()).toEqual(['m-k', 'm-p', 'n-g', 'p-g']);
    expect(layout.edges.every((e) => e.path.startsWith('M'))).toBe(true);
  });

  it('wraps labels into at most four lines of whole words', () => {
    expect(wrapLabel('Nationaal Rapporteur Mensenhandel en Seksueel Geweld tegen Kinderen')).toEqual(['Nationaal Rapporteur', 'Mensenhandel en', 'Seksueel Geweld tegen', 'Kinderen']);
    expect(wrapLabel('een twee drie vier vijf zes zeven acht', 9, 2)).toEqual(['een twee', 'drie vier…']);
    expect(wrapLabel('Expertgroep tegen mensenhandel (Raad van Europa)', 12, 3)).toEqual(['Expertgroep', 'tegen', 'mensenhandel']);
    expect(wrapLabel('Politie')).toEqual(['Politie']);
    expect(bandOf({ kind: 'gemeente-regio', level: 'regionaal' })).toBe('regionaal-en-lokaal');
  });
});

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

describe('neighbourhood layout', () => {
  it('puts the actor in the middle and each neighbour once on a circle around it', async () => {
    const { layoutNeighbourhood } = await import('../../src/lib/neighbourhood-layout.ts');
    const layout = layoutNeighbourhood('a', [
      { id: 'r1', from: 'a', to: 'b', type: 'stuurt-aan', state: 'beide' },
      { id: 'r2', from: 'c', to: 'a', type: 'meldt-aan', state: 'voorgesteld' },
      { id: 'r3', from: 'b', to: 'a', type: 'adviseert', state: 'beide' },
      { id: 'r4', from: 'b', to: 'c', type: 'adviseert', state: 'beide' },
    ]);
    const c = layout.size / 2;
    expect(layout.center).toEqual({ id: 'a', x: c, y: c });
    expect(layout.nodes.map((n) => n.id)).toEqual(['b', 'c']);
    expect(layout.edges.map((e) => e.id)).toEqual(['r1', 'r3', 'r2']);
    for (const node of layout.nodes) expect(Math.round(Math.hypot(node.x - c, node.y - c))).toBe(140);
    const r2 = layout.edges.find((e) => e.id === 'r2')!;
    // From c towards a: the arrow ends nearer the centre than it starts.
    expect(Math.hypot(r2.x2 - c, r2.y2 - c)).toBeLessThan(Math.hypot(r2.x1 - c, r2.y1 - c));
  });

  it('widens the circle until neighbouring boxes no longer overlap', async () => {
    const { layoutNeighbourhood, NEIGHBOUR_BOX } = await import('../../src/lib/neighbourhood-layout.ts');
    const relations = Array.from({ length: 16 }, (_, i) => ({ id: `r${i}`, from: 'a', to: `n${i}`, type: 'werkt-samen-met' as const, state: 'beide' as const }));
    const { nodes } = layoutNeighbourhood('a', relations);
    for (let i = 0; i < nodes.length; i++) {
      const next = nodes[(i + 1) % nodes.length];
      const apart = Math.abs(nodes[i].x - next.x) >= NEIGHBOUR_BOX.width || Math.abs(nodes[i].y - next.y) >= NEIGHBOUR_BOX.height;
      expect(apart, `${nodes[i].id} and ${next.id}`).toBe(true);
    }
  });
});
