/**
 * Build-time layout of the org chart "Wie doet wat": a thin, pure adapter around the Eclipse Layout Kernel (elkjs,
 * layered algorithm, orthogonal edge routing). Data in, an ELK graph out, placed boxes and routed edges back.
 *
 * The five bands stay in their order from international to local; each band is split into rows in which no two
 * boxes have a relation (src/features/orgchart/build/rows.ts), and every row is one ELK partition, so every relation runs
 * between rows. A band's label is a box of its own at the start of the band's first row, so no edge crosses it.
 * Every actor keeps one place in all views. Deterministic: same data, same result (a fixed random seed, sorted
 * input). Runs in Node only; no layout code reaches the browser.
 */
import ELK, { type ElkNode, type ElkExtendedEdge } from 'elkjs/lib/elk.bundled.js';
import type { Lang, Relation } from '../../../model/schemas.ts';
import { BANDS, bandOf, type Band } from './bands.ts';
import { assignRows, CHART_ROWS, MAX_PER_ROW, type ChartRows, type RowActor } from './rows.ts';
import { textWidth, wrapToWidth } from '../../diagram/build/font-metrics.ts';
import type { Point } from './geometry.ts';

export { BANDS, bandOf, type Band };

export interface LayoutOptions {
  /** Font size of the names in the boxes, in px (CSS px at the chart's first-sight scale of 1). */
  fontSize: number;
  lineHeight: number;
  /** Box widths: the narrow one unless the name then needs more than `maxNarrowLines` lines. */
  narrowWidth: number;
  wideWidth: number;
  maxNarrowLines: number;
  /** Room left and right of a name inside its box (the top right corner holds the difference badge). */
  paddingX: number;
  paddingY: number;
  bandLabelWidth: number;
  /** How far a band's background reaches beyond its boxes. */
  bandPadding: number;
  maxPerRow: number;
  /** Row of each actor in its band (rows.ts): the committed rows unless a search tries others. */
  rows: ChartRows;
  /** ELK's effort in crossing minimisation (1 to about 100). */
  thoroughness: number;
}

export const DEFAULT_LAYOUT: LayoutOptions = {
  fontSize: 13,
  lineHeight: 16,
  narrowWidth: 156,
  wideWidth: 196,
  maxNarrowLines: 3,
  paddingX: 16,
  paddingY: 9,
  bandLabelWidth: 176,
  bandPadding: 10,
  maxPerRow: MAX_PER_ROW,
  rows: CHART_ROWS,
  thoroughness: 40,
};

/**
 * Past this many actors ELK's crossing minimisation, which grows with rows times long edges, gets one cheap sweep,
 * and rows may hold more boxes (fewer rows, fewer long edges): a layout of 500 actors then takes seconds, not minutes.
 */
export const LARGE_CHART = { actors: 120, options: { thoroughness: 1, maxPerRow: 40 } } as const;

export interface PlacedNode {
  id: string;
  band: Band;
  x: number;
  y: number;
  width: number;
  height: number;
  /** The whole name in each language, in lines that fit the box. */
  lines: Record<Lang, string[]>;
}

export interface PlacedEdge {
  id: string;
  from: string;
  to: string;
  /** From the start on the border of `from` to the end on the border of `to`, in right angles. */
  points: Point[];
  path: string;
}

export interface PlacedBand {
  band: Band;
  y: number;
  height: number;
  /** The band's label, a box that no edge passes through. */
  label: { x: number; y: number; width: number; height: number; lines: Record<Lang, string[]> };
}

export interface OrgChartLayout {
  width: number;
  height: number;
  nodes: PlacedNode[];
  edges: PlacedEdge[];
  bands: PlacedBand[];
}

export type LayoutActor = RowActor;
export type LayoutRelation = Pick<Relation, 'id' | 'from' | 'to'>;

/** Coordinates to a tenth of a pixel: the same drawing every time, and short SVG paths. */
export const round = (n: number) => Math.round(n * 10) / 10;

/**
 * The route ELK found for a relation's edge, as a polyline ending at `to` and its SVG path. ELK reports a reversed
 * edge (drawn upwards) from its target; the arrow must end where the relation points.
 */
export function routedLine(edge: ElkExtendedEdge, to: string): { points: Point[]; path: string } {
  const section = edge.sections![0];
  const points: Point[] = [section.startPoint, ...(section.bendPoints ?? []), section.endPoint].map((p) => [round(p.x), round(p.y)]);
  if (section.incomingShape === to) points.reverse();
  return { points, path: `M${points.map(([x, y]) => `${x},${y}`).join('L')}` };
}

/**
 * The box of a name: narrow if the name fits in a few lines, else wide; always the whole name, never cut. Given the
 * name in each language, the box fits every one of them, so the chart has the same shape in every language.
 */
export function boxFor<K extends string>(names: Record<K, string>, o: LayoutOptions = DEFAULT_LAYOUT): { width: number; height: number; lines: Record<K, string[]> } {
  const wrap = (width: number) => Object.fromEntries(Object.entries<string>(names).map(([key, name]) => [key, wrapToWidth(name, width - 2 * o.paddingX, o.fontSize)])) as Record<K, string[]>;
  const all = (lines: Record<K, string[]>) => Object.values<string[]>(lines);
  let width = o.narrowWidth;
  let lines = wrap(width);
  if (all(lines).some((l) => l.length > o.maxNarrowLines)) lines = wrap((width = o.wideWidth));
  // A single word wider than the box (none today) widens the box rather than spilling out of it.
  const widest = Math.max(...all(lines).flat().map((line) => textWidth(line, o.fontSize)));
  width = Math.max(width, Math.ceil(widest + 2 * o.paddingX));
  return { width, height: Math.max(2, ...all(lines).map((l) => l.length)) * o.lineHeight + 2 * o.paddingY, lines };
}

/** The baseline of the first of `lines` lines of a name centred in a box `height` tall (the drawings' shared rule). */
export function firstBaseline(height: number, lines: number, o: Pick<LayoutOptions, 'fontSize' | 'lineHeight'> = DEFAULT_LAYOUT): number {
  return height / 2 - ((lines - 1) * o.lineHeight) / 2 + o.fontSize * 0.35;
}

/** The label of a band, bold, in lines of at most `bandLabelWidth`; sized to fit every language. */
function bandLabelBox(names: Record<Lang, string>, o: LayoutOptions) {
  const lines = Object.fromEntries(Object.entries(names).map(([lang, name]) => [lang, wrapToWidth(name, o.bandLabelWidth, o.fontSize, 'bold')])) as Record<Lang, string[]>;
  const all = Object.values(lines);
  const width = Math.ceil(Math.max(...all.flat().map((line) => textWidth(line, o.fontSize, 'bold')))) + 4;
  return { width, height: Math.max(...all.map((l) => l.length)) * o.lineHeight + 4, lines };
}

/** ELK options; see https://eclipse.dev/elk/reference/algorithms/org-eclipse-elk-layered.html */
function elkOptions(o: LayoutOptions): Record<string, string> {
  return {
    'elk.algorithm': 'layered',
    'elk.direction': 'DOWN',
    'elk.edgeRouting': 'ORTHOGONAL',
    'elk.partitioning.activate': 'true',
    'elk.randomSeed': '1',
    'elk.padding': '[top=12,left=12,bottom=12,right=12]',
    'elk.spacing.nodeNode': '20',
    'elk.spacing.edgeEdge': '10',
    'elk.spacing.edgeNode': '12',
    'elk.layered.spacing.nodeNodeBetweenLayers': '36',
    'elk.layered.spacing.edgeEdgeBetweenLayers': '10',
    'elk.layered.spacing.edgeNodeBetweenLayers': '14',
    'elk.layered.nodePlacement.strategy': 'SIMPLE',
    'elk.layered.crossingMinimization.strategy': 'LAYER_SWEEP',
    'elk.layered.thoroughness': String(o.thoroughness),
    // Joining edges on shared stretches looks tidy but makes unrelated relations seem one.
    'elk.layered.mergeEdges': 'false',
    'elk.separateConnectedComponents': 'false',
  };
}

const labelNodeId = (band: Band) => `band:${band}`;

const done = new Map<string, Promise<OrgChartLayout>>();

/**
 * Lays out the chart, once per set of data: the pages in both languages share one layout (and so one shape).
 * `names` and `bandNames` give the text of a box or band label in every language.
 */
export function layoutOrgChart(
  actors: readonly LayoutActor[],
  relations: readonly LayoutRelation[],
  names: (id: string) => Record<Lang, string>,
  bandNames: (band: Band) => Record<Lang, string>,
  options: Partial<LayoutOptions> = {},
): Promise<OrgChartLayout> {
  const key = JSON.stringify([
    [...actors].map((a) => [a.id, a.kind, a.level, (options.rows ?? CHART_ROWS)[a.id], names(a.id)]).sort(),
    [...relations].map((r) => [r.id, r.from, r.to]).sort(),
    BANDS.map(bandNames),
    options,
  ]);
  if (!done.has(key)) done.set(key, computeOrgChartLayout(actors, relations, names, bandNames, options));
  return done.get(key)!;
}

/** The layout itself, computed every time it is called. */
export async function computeOrgChartLayout(
  actors: readonly LayoutActor[],
  relations: readonly LayoutRelation[],
  names: (id: string) => Record<Lang, string>,
  bandNames: (band: Band) => Record<Lang, string>,
  options: Partial<LayoutOptions>,
): Promise<OrgChartLayout> {
  const o = { ...DEFAULT_LAYOUT, ...(actors.length > LARGE_CHART.actors ? LARGE_CHART.options : {}), ...options };
  const known = new Set(actors.map((a) => a.id));
  const drawn = [...relations].filter((r) => known.has(r.from) && known.has(r.to) && r.from !== r.to).sort((a, b) => a.id.localeCompare(b.id));
  const rows = assignRows(actors, drawn, { rows: o.rows, maxPerRow: o.maxPerRow });

  // Every row of every band becomes one partition, numbered from the top.
  const partition = new Map<string, number>();
  let next = 0;
  const firstPartition = new Map<Band, number>();
  for (const band of BANDS) {
    const bandRows = [...new Set([...rows.values()].filter((p) => p.band === band).map((p) => p.row))].sort((a, b) => a - b);
    bandRows.forEach((row, index) => {
      if (index === 0) firstPartition.set(band, next);
      partition.set(`${band}/${row}`, next++);
    });
  }

  const boxes = new Map<string, { width: number; height: number; lines: Record<Lang, string[]> }>();
  const children: ElkNode[] = [];
  for (const band of BANDS) {
    if (!firstPartition.has(band)) continue;
    const box = bandLabelBox(bandNames(band), o);
    children.push({ id: labelNodeId(band), width: box.width, height: box.height, layoutOptions: { 'elk.partitioning.partition': String(firstPartition.get(band)) } });
    boxes.set(labelNodeId(band), box);
  }
  for (const actor of [...actors].sort((a, b) => a.id.localeCompare(b.id))) {
    const box = boxFor(names(actor.id), o);
    boxes.set(actor.id, box);
    const place = rows.get(actor.id)!;
    children.push({
      id: actor.id,
      width: box.width,
      height: box.height,
      layoutOptions: { 'elk.partitioning.partition': String(partition.get(`${place.band}/${place.row}`)) },
    });
  }
  const edges: ElkExtendedEdge[] = drawn.map((r) => ({ id: r.id, sources: [r.from], targets: [r.to] }));
  const elk = new ELK();
  const graph: ElkNode = { id: 'root', layoutOptions: elkOptions(o), children, edges };
  const first = await elk.layout(graph);
  // Second pass: the same order in every row, with each band's label moved to the start of its first row. ELK keeps
  // the order of the given positions (semi-interactive crossing minimisation) and routes the edges anew.
  const firstPlaced = new Map((first.children ?? []).map((n) => [n.id, n]));
  const second: ElkNode = {
    id: 'root',
    layoutOptions: { ...elkOptions(o), 'elk.layered.crossingMinimization.semiInteractive': 'true' },
    children: children.map((child) => {
      const at = firstPlaced.get(child.id)!;
      const x = child.id.startsWith('band:') ? -1 : at.x! + at.width! / 2;
      return { ...child, layoutOptions: { ...child.layoutOptions, 'elk.position': `(${x},${at.y})` } };
    }),
    edges,
  };
  const result = await elk.layout(second);

  const placed = new Map((result.children ?? []).map((n) => [n.id, n]));
  const nodes: PlacedNode[] = [...actors]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((actor) => {
      const n = placed.get(actor.id)!;
      const box = boxes.get(actor.id)!;
      return { id: actor.id, band: bandOf(actor), x: round(n.x!), y: round(n.y!), width: box.width, height: box.height, lines: box.lines };
    });
  const width = round(result.width!);
  const bands: PlacedBand[] = [];
  for (const band of BANDS) {
    const label = placed.get(labelNodeId(band));
    if (!label) continue;
    const members = nodes.filter((n) => n.band === band);
    const top = Math.min(label.y!, ...members.map((n) => n.y)) - o.bandPadding;
    const bottom = Math.max(label.y! + label.height!, ...members.map((n) => n.y + n.height)) + o.bandPadding;
    bands.push({
      band,
      y: round(top),
      height: round(bottom - top),
      label: { x: round(label.x!), y: round(label.y!), width: label.width!, height: label.height!, lines: boxes.get(labelNodeId(band))!.lines },
    });
  }
  const routed = new Map((result.edges ?? []).map((e) => [e.id, e as ElkExtendedEdge]));
  const placedEdges: PlacedEdge[] = drawn.map((r) => ({ id: r.id, from: r.from, to: r.to, ...routedLine(routed.get(r.id)!, r.to) }));
  return { width, height: round(result.height!), nodes, edges: placedEdges, bands };
}
