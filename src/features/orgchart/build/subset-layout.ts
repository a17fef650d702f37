/**
 * Build-time layout of a chosen set of organisations and relations, by the org chart's rules: ELK layered drawing
 * downwards, right-angled edges, boxes sized by boxFor() so every name is whole at the chart's 13 px, no edge through
 * a box. Unlike the whole chart it has no bands and no fixed rows: the subset is laid out for itself, within a
 * width. `variant` picks the width: `wide` for a column beside or under text on a desktop, `narrow` for a phone of
 * 320 CSS px and up; a layer holds no more boxes than fit, so a drawing is never wider than asked unless a single
 * box is (then it is as wide as that box). For the guided story's figures and the explorer's focus views.
 * Deterministic (fixed seed, sorted input) and pure apart from ELK; Node only.
 */
import ELK, { type ElkNode } from 'elkjs/lib/elk.bundled.js';
import type { Lang } from '../../../model/schemas.ts';
import { boxFor, DEFAULT_LAYOUT, round, routedLine, type LayoutOptions } from './layout.ts';
import { smallestParallelGap, type Point } from './geometry.ts';

export interface SubsetVariant {
  /** The widest the drawing may be, in CSS px. */
  maxWidth: number;
  /** The tallest it should be: a taller drawing is kept only when none fits (a figure within one screen). */
  maxHeight?: number;
  /** Box sizes, as for the whole chart; names stay at `fontSize`. */
  box: Pick<LayoutOptions, 'fontSize' | 'lineHeight' | 'narrowWidth' | 'wideWidth' | 'maxNarrowLines' | 'paddingX' | 'paddingY'>;
  /** Room between boxes side by side, and between layers. */
  spacing: number;
  layerSpacing: number;
  /** ELK's node placement; by default the layout tries each and keeps the easiest drawing to follow. */
  placement?: 'SIMPLE' | 'NETWORK_SIMPLEX' | 'BRANDES_KOEPF';
  /** Room between parallel edges (10 unless given). */
  edgeSpacing?: number;
  /** Boxes sized elsewhere (the explorer's overview boxes, which a phone's focus view reuses); else boxFor(`box`). */
  boxOf?: (id: string) => { width: number; height: number; lines: Record<Lang, string[]> };
}

const chartBox = {
  fontSize: DEFAULT_LAYOUT.fontSize,
  lineHeight: DEFAULT_LAYOUT.lineHeight,
  narrowWidth: DEFAULT_LAYOUT.narrowWidth,
  wideWidth: DEFAULT_LAYOUT.wideWidth,
  maxNarrowLines: DEFAULT_LAYOUT.maxNarrowLines,
  paddingX: DEFAULT_LAYOUT.paddingX,
  paddingY: DEFAULT_LAYOUT.paddingY,
};

export const SUBSET_VARIANTS = {
  /** The chart's own boxes, at most 704 px wide: the text column's width on a desktop (44rem). */
  wide: { maxWidth: 704, maxHeight: 600, box: chartBox, spacing: 20, layerSpacing: 36 },
  /** Narrower boxes with less room around the name, at most 328 px wide: a 360 px phone less the page's margins. */
  narrow: { maxWidth: 328, box: { ...chartBox, narrowWidth: 132, wideWidth: 156, maxNarrowLines: 4, paddingX: 8 }, spacing: 12, layerSpacing: 30 },
} as const satisfies Record<string, SubsetVariant>;

export type SubsetVariantName = keyof typeof SUBSET_VARIANTS;

export interface SubsetNode {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
  /** The whole name in each language, in lines that fit the box. */
  lines: Record<Lang, string[]>;
}

export interface SubsetEdge {
  id: string;
  from: string;
  to: string;
  /** From the border of `from` to the border of `to`, in right angles. */
  points: Point[];
  path: string;
}

export interface SubsetLayout {
  width: number;
  height: number;
  nodes: SubsetNode[];
  edges: SubsetEdge[];
}

export interface SubsetRelation {
  id: string;
  from: string;
  to: string;
}

const PADDING = 8;

const done = new Map<string, Promise<SubsetLayout>>();

/**
 * Lays out the organisations `actorIds` and the relations among them (a relation with an end outside the set is left
 * out), once per input: the pages in both languages share it. `names` gives a name in every language.
 */
export function layoutSubset(
  actorIds: readonly string[],
  relations: readonly SubsetRelation[],
  names: (id: string) => Record<Lang, string>,
  variant: SubsetVariantName | SubsetVariant = 'wide',
): Promise<SubsetLayout> {
  const v: SubsetVariant = typeof variant === 'string' ? SUBSET_VARIANTS[variant] : variant;
  const ids = [...new Set(actorIds)].sort();
  const drawn = relations.filter((r) => ids.includes(r.from) && ids.includes(r.to) && r.from !== r.to).sort((a, b) => a.id.localeCompare(b.id));
  const key = JSON.stringify([ids.map((id) => [id, names(id), v.boxOf?.(id)]), drawn.map((r) => [r.id, r.from, r.to]), v]);
  if (!done.has(key)) done.set(key, computeSubset(ids, drawn, names, v));
  return done.get(key)!;
}

const PLACEMENTS = ['NETWORK_SIMPLEX', 'BRANDES_KOEPF', 'SIMPLE'] as const;

/** Total length of the edges plus a penalty per bend: what the eye has to follow. */
function effort(layout: SubsetLayout): number {
  let length = 0;
  let bends = 0;
  for (const edge of layout.edges) {
    bends += edge.points.length - 2;
    for (let i = 1; i < edge.points.length; i++) length += Math.abs(edge.points[i][0] - edge.points[i - 1][0]) + Math.abs(edge.points[i][1] - edge.points[i - 1][1]);
  }
  return length + 24 * bends + 2 * layout.height;
}

/**
 * Tries ELK's own layering (no bound) and Coffman-Graham layers of at most as many boxes as fit the width down to
 * one, each with ELK's three node placements (or only the variant's own), and keeps, of the drawings that fit the
 * width, the one easiest to follow: within `maxHeight` first, parallel edges `edgeSpacing` apart next, then the least
 * edge length and bends.
 * Some 30 small ELK runs (well under a second for ten boxes); the same choice every time.
 */
async function computeSubset(ids: string[], relations: SubsetRelation[], names: (id: string) => Record<Lang, string>, v: SubsetVariant): Promise<SubsetLayout> {
  const o: LayoutOptions = { ...DEFAULT_LAYOUT, ...v.box };
  const boxes = new Map(ids.map((id) => [id, v.boxOf?.(id) ?? boxFor(names(id), o)]));
  const limit = Math.max(v.maxWidth, Math.max(...[...boxes.values()].map((b) => b.width)) + 2 * PADDING);
  const most = Math.max(1, Math.floor((v.maxWidth - 2 * PADDING + v.spacing) / (o.narrowWidth + v.spacing)));
  const gap = v.edgeSpacing ?? 10;
  const bounds = [0, ...Array.from({ length: most }, (_, i) => most - i)];
  let best: { layout: SubsetLayout; score: [number, number] } | undefined;
  // At most `bound` boxes to a layer means at least so many layers: a drawing at least this tall, which cannot beat
  // the best so far when it is over `maxHeight` and the best is not, nor when its height alone outweighs the best's
  // effort. Such runs are left out (the same choice, in fewer ELK runs).
  const lowest = Math.min(...[...boxes.values()].map((b) => b.height));
  const cannotWin = (bound: number) => {
    if (!best || bound === 0) return false;
    const layers = Math.ceil(ids.length / bound);
    const height = 2 * PADDING + layers * lowest + (layers - 1) * v.layerSpacing;
    const tier = v.maxHeight !== undefined && height > v.maxHeight ? 2 : 0;
    return best.score[0] < tier || (best.score[0] === tier && best.score[1] <= 2 * height);
  };
  // ELK keeps edges `edgeSpacing` apart but may jog one by a pixel or two near another; more room then helps.
  for (const edgeSpacing of [gap, gap + 4]) {
    for (const bound of bounds) {
      if (cannotWin(bound)) continue;
      for (const placement of v.placement ? [v.placement] : PLACEMENTS) {
        const layout = toLayout(await runElk(ids, relations, boxes, { ...v, edgeSpacing }, bound, placement), ids, relations, boxes);
        if (layout.width > limit) continue;
        const tall = v.maxHeight !== undefined && layout.height > v.maxHeight ? 2 : 0;
        const score: [number, number] = [tall + (smallestParallelGap(layout.edges).gap >= gap ? 0 : 1), effort(layout)];
        if (!best || score[0] < best.score[0] || (score[0] === best.score[0] && score[1] < best.score[1])) best = { layout, score };
      }
    }
    if (best?.score[0] === 0) break;
  }
  // Nothing fits (a subset too connected for the width): the narrowest drawing, one box to a layer.
  return best?.layout ?? toLayout(await runElk(ids, relations, boxes, v, 1, 'SIMPLE'), ids, relations, boxes);
}

function runElk(ids: string[], relations: SubsetRelation[], boxes: Map<string, { width: number; height: number }>, v: SubsetVariant, bound: number, placement: string): Promise<ElkNode> {
  const graph: ElkNode = {
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'DOWN',
      'elk.edgeRouting': 'ORTHOGONAL',
      'elk.randomSeed': '1',
      'elk.padding': `[top=${PADDING},left=${PADDING},bottom=${PADDING},right=${PADDING}]`,
      'elk.spacing.nodeNode': String(v.spacing),
      'elk.spacing.edgeEdge': String(v.edgeSpacing ?? 10),
      'elk.spacing.edgeNode': '12',
      'elk.layered.spacing.nodeNodeBetweenLayers': String(v.layerSpacing),
      'elk.layered.spacing.edgeEdgeBetweenLayers': String(v.edgeSpacing ?? 10),
      'elk.layered.spacing.edgeNodeBetweenLayers': '14',
      // Bound 0: ELK's own layering (fewest long edges). Else Coffman-Graham, which bounds the boxes in a layer.
      ...(bound === 0
        ? { 'elk.layered.layering.strategy': 'NETWORK_SIMPLEX' }
        : { 'elk.layered.layering.strategy': 'COFFMAN_GRAHAM', 'elk.layered.layering.coffmanGraham.layerBound': String(bound) }),
      'elk.layered.nodePlacement.strategy': placement,
      'elk.layered.crossingMinimization.strategy': 'LAYER_SWEEP',
      'elk.layered.thoroughness': '40',
      // Joining edges on shared stretches makes unrelated relations seem one.
      'elk.layered.mergeEdges': 'false',
      'elk.separateConnectedComponents': 'false',
    },
    children: ids.map((id) => ({ id, width: boxes.get(id)!.width, height: boxes.get(id)!.height })),
    edges: relations.map((r) => ({ id: r.id, sources: [r.from], targets: [r.to] })),
  };
  return new ELK().layout(graph);
}

function toLayout(result: ElkNode, ids: string[], relations: SubsetRelation[], boxes: Map<string, { width: number; height: number; lines: Record<Lang, string[]> }>): SubsetLayout {
  const placed = new Map((result.children ?? []).map((n) => [n.id, n]));
  const nodes = ids.map((id) => {
    const n = placed.get(id)!;
    const box = boxes.get(id)!;
    return { id, x: round(n.x!), y: round(n.y!), width: box.width, height: box.height, lines: box.lines };
  });
  const routed = new Map((result.edges ?? []).map((e) => [e.id, e]));
  const edges = relations.map((r) => ({ id: r.id, from: r.from, to: r.to, ...routedLine(routed.get(r.id)!, r.to) }));
  return { width: Math.ceil(result.width!), height: Math.ceil(result.height!), nodes, edges };
}
