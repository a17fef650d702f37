/**
 * The explorer's first view: every organisation at once, in its band, with no relation drawn (the relations come on
 * demand: an organisation's focus view, a kind of relation, or "alle relaties"). A band is its label on a line of
 * its own and its boxes in rows that wrap at the width asked for, so the whole cast fits a desktop window and a
 * phone's width without sideways panning. Its boxes are tighter than the network's (two side by side on a 360 px
 * phone; 160 px wide on a desktop, where that takes the fewest lines), the names whole at the chart's 13 px. Pure; no ELK, milliseconds for 500.
 */
import type { Lang } from '../../../model/schemas.ts';
import { textWidth, wrapToWidth } from '../../diagram/build/font-metrics.ts';
import { OVERVIEW_BANDS, type Band } from './bands.ts';
import { DEFAULT_LAYOUT, round, type LayoutOptions } from './layout.ts';

/** The overview's boxes, for boxFor(): one width, as many lines as a name needs, tighter than the network's. */
const overviewBox = (width: number): LayoutOptions => ({ ...DEFAULT_LAYOUT, narrowWidth: width, wideWidth: width, maxNarrowLines: 99, paddingX: 6, paddingY: 5, lineHeight: 15 });

export interface OverviewOptions {
  /** The boxes' sizes (boxFor). */
  box: LayoutOptions;
  /** The widest the drawing may be, in CSS px; a band's boxes wrap to stay within it. */
  width: number;
  fontSize: number;
  lineHeight: number;
  /** Room between boxes side by side and between rows. */
  gap: number;
  /** Room inside a band around its label and boxes. */
  bandPadding: number;
  /** Room between bands. */
  bandGap: number;
}

/** The same text and spacing at every width; only the frame and the boxes' width differ. */
const OVERVIEW_SPACING = { fontSize: 13, lineHeight: 16, gap: 8, bandPadding: 6, bandGap: 6 } as const;

export const OVERVIEW_VARIANTS = {
  /** The frame's inner width in a desktop window of 1,280 px (1,118 px: the page's 72rem less its padding and border). */
  wide: { width: 1112, box: overviewBox(160), ...OVERVIEW_SPACING },
  /** A desktop window at 200 % zoom (a frame of 606 px), with the phone's boxes. */
  medium: { width: 600, box: overviewBox(149), ...OVERVIEW_SPACING },
  /** A 360 px phone less the page's margins and the frame's border. */
  narrow: { width: 326, box: overviewBox(149), ...OVERVIEW_SPACING },
} as const satisfies Record<string, OverviewOptions>;

export type OverviewVariantName = keyof typeof OVERVIEW_VARIANTS;

export interface OverviewBox {
  id: string;
  band: Band;
  width: number;
  height: number;
}

export interface OverviewLayout {
  width: number;
  height: number;
  /** Top left corner of each box, by id. */
  nodes: Record<string, [number, number]>;
  bands: { band: Band; y: number; height: number; label: { x: number; y: number; lines: Record<Lang, string[]> } }[];
}

/**
 * Places `boxes` (in the order given within a band: the reading order) band by band in OVERVIEW_BANDS order. A band's
 * rows hold as many boxes as fit, balanced: 14 boxes that need three rows go 5, 5, 4 rather than 6, 6, 2.
 */
export function layoutOverview(boxes: readonly OverviewBox[], bandNames: (band: Band) => Record<Lang, string>, o: OverviewOptions): OverviewLayout {
  const inner = o.width - 2 * o.bandPadding - 8;
  const nodes: OverviewLayout['nodes'] = {};
  const bands: OverviewLayout['bands'] = [];
  let y = 4;
  let widest = 0;
  for (const band of OVERVIEW_BANDS) {
    const members = boxes.filter((box) => box.band === band);
    if (!members.length) continue;
    const names = bandNames(band);
    const lines = Object.fromEntries(Object.entries(names).map(([lang, name]) => [lang, wrapToWidth(name, inner, o.fontSize, 'bold')])) as Record<Lang, string[]>;
    const labelLines = Math.max(...Object.values(lines).map((l) => l.length));
    const top = y;
    const x0 = 4 + o.bandPadding;
    let rowTop = top + o.bandPadding + labelLines * o.lineHeight + o.gap / 2;
    const rows = balancedRows(members, inner, o.gap);
    for (const row of rows) {
      let x = x0;
      for (const box of row) {
        nodes[box.id] = [round(x), round(rowTop)];
        x += box.width + o.gap;
      }
      widest = Math.max(widest, x - o.gap + o.bandPadding + 4);
      rowTop += Math.max(...row.map((box) => box.height)) + o.gap;
    }
    const bottom = rowTop - o.gap + o.bandPadding;
    widest = Math.max(widest, x0 + Math.max(...Object.values(lines).flat().map((line) => textWidth(line, o.fontSize, 'bold'))) + o.bandPadding + 4);
    bands.push({ band, y: round(top), height: round(bottom - top), label: { x: x0, y: round(top + o.bandPadding), lines } });
    y = bottom + o.bandGap;
  }
  return { width: Math.ceil(Math.max(widest, o.width)), height: Math.ceil(y - o.bandGap + 4), nodes, bands };
}

/** The fewest rows in which the boxes fit `width`, then as even as that allows, keeping their order. */
export function balancedRows<B extends { width: number }>(boxes: readonly B[], width: number, gap: number): B[][] {
  const fill = (limit: number) => {
    const rows: B[][] = [];
    let used = 0;
    for (const box of boxes) {
      const row = rows.at(-1);
      if (row && row.length < limit && used + gap + box.width <= width) {
        row.push(box);
        used += gap + box.width;
      } else {
        rows.push([box]);
        used = box.width;
      }
    }
    return rows;
  };
  const greedy = fill(Infinity);
  // Fewer boxes per row until one more row would be needed: the rows are then as even as they can be.
  let best = greedy;
  for (let limit = Math.ceil(boxes.length / greedy.length); limit < (greedy[0]?.length ?? 0); limit++) {
    const rows = fill(limit);
    if (rows.length === greedy.length) {
      best = rows;
      break;
    }
  }
  return best;
}
