// The org chart's layout, on a small fixture and on the real data: boxes apart, edges around boxes and band labels,
// from border to border, few crossings, whole names, the same result every time.
import { describe, expect, it } from 'vitest';
import { layoutOrgChart, computeOrgChartLayout, boxFor, DEFAULT_LAYOUT, type OrgChartLayout } from './layout.ts';
import { assignRows, rowProblems } from './rows.ts';
import { bandOf } from './bands.ts';
import { crossingPairs, edgesThroughBoxes, onBorder, smallestParallelGap, segmentsCross, segmentEntersBox } from './geometry.ts';
import { textWidth } from '../../diagram/build/font-metrics.ts';
import { layoutNeighbourhood } from '../../organisations/build/neighbourhood-layout.ts';
import { readContent } from '../../../model/read-content.ts';
import { BAND_LABEL } from '../../../model/labels.ts';
import { RELATION_TYPES } from '../../../model/vocabulary.ts';
import type { Actor, Relation } from '../../../model/schemas.ts';

type FixtureActor = Pick<Actor, 'id' | 'kind' | 'level'>;
const actor = (id: string, kind: Actor['kind'], level: Actor['level']): FixtureActor => ({ id, kind, level });
const fixtureActors = [
  actor('greta', 'internationaal', 'internationaal'),
  actor('kamer', 'parlement', 'nationaal'),
  actor('rapporteur', 'onafhankelijk-orgaan', 'nationaal'),
  actor('ministerie', 'ministerie', 'nationaal'),
  actor('programma', 'overleg-netwerk', 'nationaal'),
  actor('taskforce', 'overleg-netwerk', 'nationaal'),
  actor('politie', 'politie-en-justitie', 'nationaal'),
  actor('om', 'politie-en-justitie', 'nationaal'),
  actor('ngo', 'maatschappelijke-organisatie', 'nationaal'),
  actor('gemeente', 'gemeente-regio', 'lokaal'),
  // No row yet, as an editor adds it: the simple rule places it.
  actor('nieuw', 'gemeente-regio', 'regionaal'),
];
/** The fixture's committed rows ("nieuw" has none). */
const fixtureRows = { greta: 1, kamer: 1, rapporteur: 1, ministerie: 1, programma: 2, taskforce: 1, politie: 1, om: 2, ngo: 1, gemeente: 1 };
const rel = (from: string, to: string, type: Relation['type'] = 'werkt-samen-met') => ({ id: `${from}-${type}-${to}`, from, to, type });
const fixtureRelations = [
  rel('ministerie', 'programma', 'coordineert'),
  rel('ministerie', 'programma'),
  rel('ministerie', 'kamer', 'legt-verantwoording-af-aan'),
  rel('greta', 'rapporteur', 'monitort'),
  rel('rapporteur', 'ministerie', 'adviseert'),
  rel('programma', 'taskforce'),
  rel('politie', 'om'),
  rel('politie', 'gemeente', 'meldt-aan'),
  rel('ngo', 'gemeente'),
  rel('gemeente', 'ministerie'),
  rel('nieuw', 'gemeente'),
  rel('om', 'ministerie', 'legt-verantwoording-af-aan'),
];
const fixtureName = (id: string) =>
  id === 'rapporteur'
    ? { nl: 'Nationaal Rapporteur Mensenhandel en Seksueel Geweld tegen Kinderen', en: 'National Rapporteur on Trafficking in Human Beings and Sexual Violence against Children' }
    : { nl: `Organisatie ${id}`, en: `Organisation ${id}` };
const bandName = (band: keyof typeof BAND_LABEL) => BAND_LABEL[band];

/** Boxes and band labels, the things no edge may pass through. */
const obstacles = (layout: OrgChartLayout) => [...layout.nodes, ...layout.bands.map((b) => ({ id: `label:${b.band}`, ...b.label }))];

function expectReadable(layout: OrgChartLayout) {
  const boxes = obstacles(layout);
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const [a, b] = [boxes[i], boxes[j]];
      const apart = a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
      expect(apart, `${a.id} and ${b.id} overlap`).toBe(true);
    }
  expect(edgesThroughBoxes(layout.edges, boxes)).toEqual([]);
  const node = new Map(layout.nodes.map((n) => [n.id, n]));
  for (const edge of layout.edges) {
    expect(onBorder(edge.points[0], node.get(edge.from)!), `${edge.id} starts on ${edge.from}`).toBe(true);
    expect(onBorder(edge.points.at(-1)!, node.get(edge.to)!), `${edge.id} ends on ${edge.to}`).toBe(true);
    for (let i = 1; i < edge.points.length; i++) {
      const [[x1, y1], [x2, y2]] = [edge.points[i - 1], edge.points[i]];
      expect(x1 === x2 || y1 === y2, `${edge.id} runs at right angles`).toBe(true);
    }
  }
  expect(smallestParallelGap(layout.edges).gap).toBeGreaterThanOrEqual(10);
  // Whole names, no "…", and every line fits its box at the size it is drawn.
  for (const n of layout.nodes) {
    for (const lines of Object.values(n.lines)) expect(lines.join(' ')).not.toContain('…');
    for (const line of Object.values(n.lines).flat()) expect(textWidth(line, DEFAULT_LAYOUT.fontSize)).toBeLessThanOrEqual(n.width - 2 * DEFAULT_LAYOUT.paddingX);
  }
}

describe('org chart geometry', () => {
  it('counts a crossing inside both segments, not a touch at an end', () => {
    expect(segmentsCross([[0, 5], [10, 5]], [[5, 0], [5, 10]])).toBe(true);
    expect(segmentsCross([[0, 5], [10, 5]], [[10, 0], [10, 10]])).toBe(false);
    expect(crossingPairs([{ id: 'a', from: 'p', to: 'q', points: [[0, 5], [10, 5]] }, { id: 'b', from: 'r', to: 's', points: [[5, 0], [5, 10]] }])).toEqual([['a', 'b']]);
  });

  it('finds a segment through a box, but not one along its border', () => {
    const box = { x: 10, y: 10, width: 20, height: 20 };
    expect(segmentEntersBox([[0, 20], [40, 20]], box)).toBe(true);
    expect(segmentEntersBox([[0, 10], [40, 10]], box)).toBe(false);
    expect(segmentEntersBox([[0, 0], [5, 40]], box)).toBe(false);
  });

  it('measures the gap between edges that run side by side', () => {
    const edges = [
      { id: 'a', from: 'p', to: 'q', points: [[0, 0], [100, 0]] as [number, number][] },
      { id: 'b', from: 'r', to: 's', points: [[50, 6], [150, 6]] as [number, number][] },
      { id: 'c', from: 'r', to: 's', points: [[200, 1], [300, 1]] as [number, number][] },
    ];
    expect(smallestParallelGap(edges)).toEqual({ gap: 6, edges: ['a', 'b'] });
  });
});

describe('org chart rows', () => {
  it('keeps committed rows and gives a new actor the first row of its band without a related actor', () => {
    const rows = assignRows(fixtureActors, fixtureRelations, { rows: fixtureRows });
    expect(rows.get('programma')).toEqual({ band: 'rijk', row: 2 });
    // "nieuw" has a relation with "gemeente" (row 1 of its band), so it opens row 2.
    expect(rows.get('nieuw')).toEqual({ band: 'regionaal-en-lokaal', row: 2 });
  });

  it('says when the committed rows are stale', () => {
    expect(rowProblems(fixtureActors, fixtureRelations, { rows: fixtureRows })).toEqual(['actor "nieuw" has no row yet']);
    const crowded = [actor('a', 'ministerie', 'nationaal'), actor('b', 'ministerie', 'nationaal')];
    const rows = { a: 1, b: 1 };
    expect(rowProblems(crowded, [{ from: 'a', to: 'b' }], { rows })).toEqual(['"a" and "b" have a relation but share rijk row 1']);
    expect(rowProblems(crowded, [], { rows, maxPerRow: 1 })).toEqual(['rijk row 1 holds 2 actors (at most 1)']);
  });

  it('puts every band on rows of its own, in order from international to local', async () => {
    const layout = await layoutOrgChart(fixtureActors, fixtureRelations, fixtureName, bandName, { rows: fixtureRows });
    const y = (id: string) => layout.nodes.find((n) => n.id === id)!.y;
    expect(y('greta')).toBeLessThan(y('kamer'));
    expect(y('kamer')).toBeLessThan(y('ministerie'));
    expect(y('programma')).toBeLessThan(y('politie'));
    expect(y('ngo')).toBeLessThan(y('gemeente'));
    expect(y('gemeente')).toBeLessThan(y('nieuw'));
    expect(layout.bands.map((b) => b.band)).toEqual(['internationaal', 'politiek-en-toezicht', 'rijk', 'landelijke-uitvoering', 'regionaal-en-lokaal']);
    for (let i = 1; i < layout.bands.length; i++) expect(layout.bands[i].y).toBeGreaterThanOrEqual(layout.bands[i - 1].y + layout.bands[i - 1].height);
    for (const n of layout.nodes) {
      const band = layout.bands.find((b) => b.band === bandOf(fixtureActors.find((a) => a.id === n.id)!))!;
      expect(n.y >= band.y && n.y + n.height <= band.y + band.height, `${n.id} inside its band`).toBe(true);
    }
  });
});

describe('org chart layout on a fixture', () => {
  it('draws boxes apart and edges around them, border to border, at right angles', async () => {
    const layout = await layoutOrgChart(fixtureActors, fixtureRelations, fixtureName, bandName, { rows: fixtureRows });
    expect(layout.edges.map((e) => e.id).sort()).toEqual(fixtureRelations.map((r) => r.id).sort());
    expectReadable(layout);
    expect(crossingPairs(layout.edges).length).toBeLessThanOrEqual(2);
  });

  it('keeps the whole of a long name, in a wider box', () => {
    const box = boxFor(fixtureName('rapporteur'));
    expect(box.lines.nl.join(' ')).toBe(fixtureName('rapporteur').nl);
    expect(box.lines.en.join(' ')).toBe(fixtureName('rapporteur').en);
    expect(box.width).toBe(DEFAULT_LAYOUT.wideWidth);
    expect(boxFor({ nl: 'Politie', en: 'Police' })).toMatchObject({ width: DEFAULT_LAYOUT.narrowWidth, lines: { nl: ['Politie'], en: ['Police'] } });
  });

  it('leaves out a relation with an unknown actor', async () => {
    const layout = await layoutOrgChart(fixtureActors, [...fixtureRelations, { id: 'x', from: 'ministerie', to: 'onbekend' }], fixtureName, bandName, { rows: fixtureRows });
    expect(layout.edges.some((e) => e.id === 'x')).toBe(false);
  });

  it('is deterministic: input order does not change the result', async () => {
    const a = await computeOrgChartLayout(fixtureActors, fixtureRelations, fixtureName, bandName, { rows: fixtureRows });
    const b = await computeOrgChartLayout([...fixtureActors].reverse(), [...fixtureRelations].reverse(), fixtureName, bandName, { rows: fixtureRows });
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    await expect(JSON.stringify(a, null, 1)).toMatchFileSnapshot('../../../../tests/snapshots/orgchart-layout-fixture.json');
  });
});

describe('org chart layout on the real data', async () => {
  const { data } = readContent('content');
  const name = new Map(data.actors.map((a) => [a.id, a.name]));
  const layout = await layoutOrgChart(data.actors, data.relations, (id) => name.get(id)!, bandName);
  const relation = new Map(data.relations.map((r) => [r.id, r]));
  const edgesWhere = (keep: (r: Relation) => boolean) => layout.edges.filter((e) => keep(relation.get(e.id)!));

  it('passes no edge through a box or a band label, keeps parallel edges 10 px apart and names whole', () => {
    expect(layout.nodes).toHaveLength(data.actors.length);
    expect(layout.edges).toHaveLength(data.relations.length);
    expectReadable(layout);
  });

  it('has at most 115 crossing pairs even with every relation drawn, and few in what the overview draws in full', () => {
    expect(crossingPairs(layout.edges).length).toBeLessThanOrEqual(115);
    // The overview draws all but "werkt samen met" in full; a type chosen alone is drawn in full.
    expect(crossingPairs(edgesWhere((r) => r.type !== 'werkt-samen-met')).length).toBeLessThanOrEqual(40);
    for (const type of RELATION_TYPES) expect(crossingPairs(edgesWhere((r) => r.type === type)).length, type).toBeLessThanOrEqual(type === 'werkt-samen-met' ? 80 : 5);
  });

  it('draws the relations of one chosen actor with at most two crossings among them', () => {
    const worst = data.actors
      .map((a) => ({ id: a.id, crossings: crossingPairs(edgesWhere((r) => r.from === a.id || r.to === a.id)).length }))
      .sort((p, q) => q.crossings - p.crossings)[0];
    expect(worst.crossings, worst.id).toBeLessThanOrEqual(2);
  });

  it('draws the neighbourhood on every actor page by the same rules', async () => {
    const problems: string[] = [];
    for (const a of data.actors) {
      const hood = await layoutNeighbourhood(a.id, data.relations, (id) => name.get(id)!);
      const boxes = [hood.center, ...hood.nodes];
      const through = edgesThroughBoxes(hood.edges, boxes);
      const { gap } = smallestParallelGap(hood.edges);
      if (through.length || gap < 10) problems.push(`${a.id}: ${through.length} through boxes, parallel gap ${gap}`);
    }
    expect(problems).toEqual([]);
  });

  it('uses the committed rows, which are not stale', () => {
    expect(rowProblems(data.actors, data.relations)).toEqual([]);
  });
});

describe('neighbourhood layout', () => {
  it('puts who points at the actor left of it, whom it points at right, and routes around every box', async () => {
    const relations = [
      { id: 'r1', from: 'a', to: 'b', type: 'stuurt-aan' as const, state: 'beide' as const },
      { id: 'r2', from: 'c', to: 'a', type: 'meldt-aan' as const, state: 'voorgesteld' as const },
      { id: 'r3', from: 'b', to: 'a', type: 'adviseert' as const, state: 'beide' as const },
      { id: 'r4', from: 'b', to: 'c', type: 'adviseert' as const, state: 'beide' as const },
      ...Array.from({ length: 8 }, (_, i) => ({ id: `w${i}`, from: 'a', to: `p${i}`, type: 'werkt-samen-met' as const, state: 'beide' as const })),
    ];
    const layout = await layoutNeighbourhood('a', relations, fixtureName);
    expect(layout.center.id).toBe('a');
    expect(layout.nodes.map((n) => n.id).sort()).toEqual(['b', 'c', ...Array.from({ length: 8 }, (_, i) => `p${i}`)].sort());
    // r4 is between two neighbours, not the actor's own relation.
    expect(layout.edges.map((e) => e.id)).toEqual(['r1', 'r3', ...Array.from({ length: 8 }, (_, i) => `w${i}`), 'r2']);
    const x = (id: string) => layout.nodes.find((n) => n.id === id)!.x;
    expect(x('c')).toBeLessThan(layout.center.x);
    expect(x('b')).toBeGreaterThan(layout.center.x);
    // Partners are split over both sides.
    expect(layout.nodes.filter((n) => n.x < layout.center.x).length).toBeGreaterThanOrEqual(4);
    const boxes = [layout.center, ...layout.nodes];
    expect(edgesThroughBoxes(layout.edges, boxes)).toEqual([]);
    const box = new Map(boxes.map((b) => [b.id, b]));
    for (const edge of layout.edges) {
      expect(onBorder(edge.points[0], box.get(edge.from)!)).toBe(true);
      expect(onBorder(edge.points.at(-1)!, box.get(edge.to)!)).toBe(true);
    }
    expect(smallestParallelGap(layout.edges).gap).toBeGreaterThanOrEqual(10);
  });
});
