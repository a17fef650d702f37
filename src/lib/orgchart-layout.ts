/**
 * Build-time layout of the org chart "Wie doet wat".
 *
 * Actors sit in horizontal bands that readers recognise (international, politics and oversight, central government,
 * national implementation, regional and local). Inside a band, the order is chosen by the barycenter heuristic of
 * layered (Sugiyama) layouts to reduce edge crossings, and long bands wrap into rows. Every actor keeps one position
 * in all views, so switching between today and the proposal never moves a box. Pure and deterministic.
 */
import { linkVertical } from 'd3-shape';
import type { Actor, Relation } from './schemas.ts';

export const BANDS = ['internationaal', 'politiek-en-toezicht', 'rijk', 'landelijke-uitvoering', 'regionaal-en-lokaal'] as const;
export type Band = (typeof BANDS)[number];

export function bandOf(actor: Pick<Actor, 'kind' | 'level'>): Band {
  if (actor.level === 'internationaal' || actor.kind === 'internationaal') return 'internationaal';
  if (actor.level === 'regionaal' || actor.level === 'lokaal' || actor.kind === 'gemeente-regio') return 'regionaal-en-lokaal';
  if (actor.kind === 'parlement' || actor.kind === 'onafhankelijk-orgaan') return 'politiek-en-toezicht';
  if (actor.kind === 'ministerie' || actor.kind === 'overleg-netwerk') return 'rijk';
  return 'landelijke-uitvoering';
}

export interface LayoutOptions {
  nodeWidth: number;
  nodeHeight: number;
  gapX: number;
  gapY: number;
  bandGap: number;
  bandLabelHeight: number;
  maxPerRow: number;
  padding: number;
  sweeps: number;
}

export const DEFAULT_LAYOUT: LayoutOptions = {
  nodeWidth: 176,
  nodeHeight: 72,
  gapX: 20,
  gapY: 44,
  bandGap: 40,
  bandLabelHeight: 36,
  maxPerRow: 6,
  padding: 16,
  sweeps: 6,
};

export interface PlacedNode {
  id: string;
  band: Band;
  x: number;
  y: number;
  width: number;
  height: number;
  /** The name split into at most three lines that fit the box. */
  lines: string[];
}

export interface PlacedEdge {
  id: string;
  from: string;
  to: string;
  path: string;
}

export interface PlacedBand {
  band: Band;
  y: number;
  height: number;
}

export interface OrgChartLayout {
  width: number;
  height: number;
  nodes: PlacedNode[];
  edges: PlacedEdge[];
  bands: PlacedBand[];
}

/** Greedy word wrap by character count: no text measurement exists at build time, so widths are estimated. */
export function wrapLabel(text: string, maxChars = 22, maxLines = 4): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let current = '';
  for (const word of words) {
    if (!current) current = word;
    else if (current.length + 1 + word.length <= maxChars) current += ` ${word}`;
    else {
      lines.push(current);
      current = word;
    }
  }
  if (current) lines.push(current);
  if (lines.length <= maxLines) return lines;
  // Too long: first drop a parenthetical such as "(Raad van Europa)", rather than cut it in half.
  const shorter = text.replace(/\s*\([^()]*\)/g, '');
  if (shorter !== text) return wrapLabel(shorter, maxChars, maxLines);
  // Whole words only, so the box shows nothing that is not also in the actor's accessible name.
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${kept[maxLines - 1].replace(/[\s,:;–-]+$/, '')}…`;
  return kept;
}

const round = (n: number) => Math.round(n * 10) / 10;

export function layoutOrgChart(
  actors: readonly Pick<Actor, 'id' | 'kind' | 'level'>[],
  relations: readonly Pick<Relation, 'id' | 'from' | 'to'>[],
  label: (id: string) => string,
  options: Partial<LayoutOptions> = {},
): OrgChartLayout {
  const o = { ...DEFAULT_LAYOUT, ...options };
  const neighbours = new Map<string, string[]>(actors.map((a) => [a.id, []]));
  for (const r of relations) {
    neighbours.get(r.from)?.push(r.to);
    neighbours.get(r.to)?.push(r.from);
  }

  // Initial order: by kind, then id, so the result never depends on file order.
  const byBand = new Map<Band, string[]>(BANDS.map((band) => [band, []]));
  const bandById = new Map<string, Band>();
  for (const actor of [...actors].sort((a, b) => a.kind.localeCompare(b.kind) || a.id.localeCompare(b.id))) {
    const band = bandOf(actor);
    byBand.get(band)!.push(actor.id);
    bandById.set(actor.id, band);
  }

  // Position of each actor as a fraction 0..1 across its band; the barycenter of its neighbours orders the band.
  const position = new Map<string, number>();
  const assign = () => {
    for (const ids of byBand.values()) ids.forEach((id, i) => position.set(id, (i + 0.5) / ids.length));
  };
  assign();
  for (let sweep = 0; sweep < o.sweeps; sweep++) {
    const bands = sweep % 2 === 0 ? BANDS : [...BANDS].reverse();
    for (const band of bands) {
      const ids = byBand.get(band)!;
      const center = new Map(
        ids.map((id) => {
          const others = neighbours.get(id)!.filter((n) => bandById.get(n) !== band);
          const mean = others.length ? others.reduce((sum, n) => sum + position.get(n)!, 0) / others.length : position.get(id)!;
          return [id, mean];
        }),
      );
      ids.sort((a, b) => center.get(a)! - center.get(b)! || a.localeCompare(b));
      ids.forEach((id, i) => position.set(id, (i + 0.5) / ids.length));
    }
  }

  const columns = Math.min(o.maxPerRow, Math.max(1, ...[...byBand.values()].map((ids) => ids.length)));
  const width = o.padding * 2 + columns * o.nodeWidth + (columns - 1) * o.gapX;
  const nodes: PlacedNode[] = [];
  const bands: PlacedBand[] = [];
  let y = o.padding;
  for (const band of BANDS) {
    const ids = byBand.get(band)!;
    if (!ids.length) continue;
    const rows = Math.ceil(ids.length / columns);
    const height = o.bandLabelHeight + rows * o.nodeHeight + (rows - 1) * o.gapY + 16;
    bands.push({ band, y: round(y), height: round(height) });
    ids.forEach((id, i) => {
      const row = Math.floor(i / columns);
      const inRow = Math.min(columns, ids.length - row * columns);
      const rowWidth = inRow * o.nodeWidth + (inRow - 1) * o.gapX;
      const col = i % columns;
      nodes.push({
        id,
        band,
        x: round((width - rowWidth) / 2 + col * (o.nodeWidth + o.gapX)),
        y: round(y + o.bandLabelHeight + row * (o.nodeHeight + o.gapY)),
        width: o.nodeWidth,
        height: o.nodeHeight,
        lines: wrapLabel(label(id)),
      });
    });
    y += height + o.bandGap;
  }
  const height = round(y - o.bandGap + o.padding);

  const node = new Map(nodes.map((n) => [n.id, n]));
  const vertical = linkVertical<unknown, [number, number]>()
    .source((d) => (d as { s: [number, number] }).s)
    .target((d) => (d as { t: [number, number] }).t);
  const edges: PlacedEdge[] = [];
  for (const r of [...relations].sort((a, b) => a.id.localeCompare(b.id))) {
    const a = node.get(r.from);
    const b = node.get(r.to);
    if (!a || !b) continue;
    let path: string;
    if (a.y === b.y) {
      // Same row: an arc over the top, higher for boxes further apart.
      const x1 = a.x + a.width / 2;
      const x2 = b.x + b.width / 2;
      const lift = 18 + Math.abs(x2 - x1) * 0.12;
      path = `M${round(x1)},${round(a.y)}C${round(x1)},${round(a.y - lift)} ${round(x2)},${round(b.y - lift)} ${round(x2)},${round(b.y)}`;
    } else {
      const down = a.y < b.y;
      const s: [number, number] = [round(a.x + a.width / 2), round(down ? a.y + a.height : a.y)];
      const t: [number, number] = [round(b.x + b.width / 2), round(down ? b.y : b.y + b.height)];
      path = vertical({ s, t }) ?? '';
    }
    edges.push({ id: r.id, from: r.from, to: r.to, path });
  }
  return { width: round(width), height, nodes, edges, bands };
}
