// The explorer's drawings on the real data: the overview holds every organisation within a desktop window and a
// phone's width; each organisation's focus view holds it, its partners and its relations, none through a box, within
// the frame beside the details panel.
import { describe, expect, it } from 'vitest';
import { readContent } from '../../../model/read-content.ts';
import { BAND_LABEL } from '../../../model/labels.ts';
import { chartRecords } from '../views.ts';
import { explorerLayouts, FOCUS_VARIANT } from './focus.ts';
import { overviewBoxFor, overviewMarks, OVERVIEW_VARIANTS } from './overview.ts';
import { boxFor, DEFAULT_LAYOUT } from './layout.ts';
import { edgesThroughBoxes, type Point } from './geometry.ts';

const data = readContent('content').data;
const { actors, relations } = chartRecords(data.actors, data.relations);
const names = (id: string) => actors.find((a) => a.id === id)!.name;
const layouts = await explorerLayouts(actors, relations, names, (band) => BAND_LABEL[band]);
const marks = overviewMarks(actors, relations);

describe('explorer layouts', () => {
  it('fits every organisation in the overview, at a desktop window and a phone width', () => {
    for (const variant of ['wide', 'narrow'] as const) {
      const overview = layouts.overview[variant];
      expect(Object.keys(overview.nodes).sort()).toEqual(actors.map((a) => a.id).sort());
      expect(overview.width).toBe(OVERVIEW_VARIANTS[variant].width);
    }
    // Within a 900 px window with the chart's top at the window's top.
    expect(layouts.overview.wide.height).toBeLessThanOrEqual(880);
    // An organisation of one view only comes last in its band: the other view has no hole in a row.
    for (const band of layouts.overview.wide.bands) {
      const order = actors.filter((a) => layouts.overview.wide.nodes[a.id][1] > band.y && layouts.overview.wide.nodes[a.id][1] < band.y + band.height);
      const last = Math.max(...order.map((a) => layouts.overview.wide.nodes[a.id][1]));
      for (const actor of order.filter((a) => a.in_views.length < 2)) expect(layouts.overview.wide.nodes[actor.id][1], actor.id).toBe(last);
    }
  });

  it("draws each organisation's focus view with everyone it has a relation with, no edge through a box", () => {
    for (const actor of actors) {
      const own = relations.filter((r) => (r.from === actor.id) !== (r.to === actor.id));
      const focus = layouts.focus[actor.id];
      if (!own.length) {
        expect(focus).toBeUndefined();
        continue;
      }
      expect(Object.keys(focus.edges).sort(), actor.id).toEqual(own.map((r) => r.id).sort());
      expect(Object.keys(focus.nodes).sort()).toEqual([...new Set([actor.id, ...own.flatMap((r) => [r.from, r.to])])].sort());
      expect(focus.width).toBeLessThanOrEqual(FOCUS_VARIANT.maxWidth);
      const boxes = Object.entries(focus.nodes).map(([id, [x, y]]) => ({ id, x, y, ...boxFor(names(id), DEFAULT_LAYOUT) }));
      const edges = Object.entries(focus.edges).map(([id, path]) => {
        const relation = own.find((r) => r.id === id)!;
        const points = path.slice(1).split('L').map((p) => p.split(',').map(Number) as Point);
        return { id, from: relation.from, to: relation.to, points };
      });
      expect(edgesThroughBoxes(edges, boxes), actor.id).toEqual([]);
      // A phone's focus view: as wide as the phone's overview at most, with its boxes, none crossed either.
      const narrow = layouts.focusNarrow[actor.id];
      expect(Object.keys(narrow.nodes).sort()).toEqual(Object.keys(focus.nodes).sort());
      expect(narrow.width, actor.id).toBeLessThanOrEqual(OVERVIEW_VARIANTS.narrow.width);
      const phoneBoxes = Object.entries(narrow.nodes).map(([id, [x, y]]) => ({ id, x, y, ...overviewBoxFor(names(id), OVERVIEW_VARIANTS.narrow.box, marks.get(id)!) }));
      const phoneEdges = edges.map((edge) => ({ ...edge, points: narrow.edges[edge.id].slice(1).split('L').map((p) => p.split(',').map(Number) as Point) }));
      expect(edgesThroughBoxes(phoneEdges, phoneBoxes), actor.id).toEqual([]);
    }
  });
});
