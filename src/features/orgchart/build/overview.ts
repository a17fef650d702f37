/**
 * The explorer's first view: every organisation at once, in its band, with no relation drawn (the relations come on
 * demand: an organisation's focus view, a kind of relation, or "alle relaties"). A band is its label on a line of
 * its own and its boxes in rows that wrap at the width asked for, so the whole cast fits a desktop window and a
 * phone's width without sideways panning. Its boxes are tighter than the network's (two side by side on a 360 px
 * phone; 168 px wide on a desktop, six to a row, where the names take the fewest lines beside the count mark), the
 * names whole at the chart's 13 px, with the count of each organisation's relations. Pure; no ELK, milliseconds for 500.
 */
import type { Actor, Lang, Relation } from '../../../model/schemas.ts';
import { actorDifference, CHART_VIEWS, relationInView } from '../views.ts';
import { textWidth, wrapToWidth } from '../../diagram/build/font-metrics.ts';
import { OVERVIEW_BANDS, type Band } from './bands.ts';
import { boxFor, DEFAULT_LAYOUT, firstBaseline, round, type LayoutOptions } from './layout.ts';

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
  wide: { width: 1112, box: overviewBox(168), ...OVERVIEW_SPACING },
  /** A desktop window at 200 % zoom (a frame of 606 px), with the phone's boxes. */
  medium: { width: 600, box: overviewBox(149), ...OVERVIEW_SPACING },
  /** A 360 px phone less the page's margins and the frame's border. */
  narrow: { width: 326, box: overviewBox(149), ...OVERVIEW_SPACING },
} as const satisfies Record<string, OverviewOptions>;

export type OverviewVariantName = keyof typeof OVERVIEW_VARIANTS;

/**
 * The count of an organisation's relations on its overview box: a small label straddling the box's bottom border at
 * the right, its text at 12 px. One number per view (today, proposal, difference), of which CSS shows the view's.
 */
export const COUNT_MARK = { fontSize: 12, height: 14, paddingX: 4, right: 4, /** Px of the mark inside the box. */ inside: 9 } as const;

/** Room for the difference badge (badges.ts: 14 px wide), which the overview draws just left of the count mark. */
export const OVERVIEW_BADGE_ROOM = 17;

export interface OverviewMarks {
  /** The box carries a difference badge (a new organisation, or a changed role). */
  badged: boolean;
  /** Relations of the organisation in each view, in CHART_VIEWS order. */
  counts: number[];
}

/** Each organisation's badge and relation counts, by id. */
export function overviewMarks(actors: readonly Pick<Actor, 'id' | 'in_views' | 'role_proposed'>[], relations: readonly Pick<Relation, 'from' | 'to' | 'state'>[]): Map<string, OverviewMarks> {
  const own = new Map(actors.map((actor) => [actor.id, [] as Pick<Relation, 'state'>[]]));
  for (const relation of relations) {
    if (relation.from === relation.to) continue;
    own.get(relation.from)?.push(relation);
    own.get(relation.to)?.push(relation);
  }
  return new Map(
    actors.map((actor) => {
      const diff = actorDifference(actor);
      const counts = CHART_VIEWS.map((view) => own.get(actor.id)!.filter((r) => relationInView(r.state, view)).length);
      return [actor.id, { badged: diff === 'toegevoegd' || diff === 'gewijzigd', counts }];
    }),
  );
}

/** Width of the count mark of the numbers shown in each view. */
export function countMarkWidth(counts: readonly number[]): number {
  return Math.ceil(Math.max(...counts.map((n) => textWidth(String(n), COUNT_MARK.fontSize, 'bold')))) + 2 * COUNT_MARK.paddingX;
}

/**
 * An organisation's box in the overview: its name whole at the overview's size, clear of the count mark and, for a
 * box with a difference badge (`badged`), of the badge beside it; both straddle the box's bottom border at the right.
 * A box whose last line would run into them grows at the bottom: the name is centred in the top `textHeight` px
 * (firstBaseline), the marks sit below it.
 */
export function overviewBoxFor<K extends string>(
  names: Record<K, string>,
  box: LayoutOptions,
  marks: Pick<OverviewMarks, 'badged' | 'counts'>,
): { width: number; height: number; textHeight: number; lines: Record<K, string[]> } {
  const placed = boxFor(names, box);
  const markLeft = placed.width - COUNT_MARK.right - countMarkWidth(marks.counts) - (marks.badged ? OVERVIEW_BADGE_ROOM : 0);
  const markTop = placed.height - COUNT_MARK.inside;
  let overlap = 0;
  for (const lines of Object.values<string[]>(placed.lines)) {
    if (placed.width / 2 + textWidth(lines.at(-1)!, box.fontSize) / 2 <= markLeft - 2) continue;
    const bottom = firstBaseline(placed.height, lines.length, box) + (lines.length - 1) * box.lineHeight + 0.25 * box.fontSize;
    overlap = Math.max(overlap, bottom - (markTop - 1));
  }
  return { ...placed, height: placed.height + Math.max(0, Math.ceil(overlap)), textHeight: placed.height };
}

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

/** How many boxes ahead a row looks for one that fits the room left. */
const LOOKAHEAD = 3;

/** The fewest rows in which the boxes fit `width`, then as even as that allows, in their order as far as they fit. */
export function balancedRows<B extends { width: number }>(boxes: readonly B[], width: number, gap: number): B[][] {
  const fill = (limit: number) => {
    const rows: B[][] = [];
    const rest = [...boxes];
    while (rest.length) {
      const row = [rest.shift()!];
      let used = row[0].width;
      // A box too wide for the room left in a row waits for the next one, and one of the next few that fits moves
      // up: a phone's wide box (a long word) then leaves no hole beside the box before it.
      for (let i = 0; i < Math.min(rest.length, LOOKAHEAD) && row.length < limit; ) {
        if (used + gap + rest[i].width <= width) {
          used += gap + rest[i].width;
          row.push(rest.splice(i, 1)[0]);
        } else i++;
      }
      rows.push(row);
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
