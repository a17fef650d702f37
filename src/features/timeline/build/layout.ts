/**
 * Build-time layout of the timeline. Each event covers the interval its precision allows: a day, a month or a year
 * (a month-precise event is drawn as a month, never as a day). Periods run from the start of their first interval to
 * the end of their last. Text is drawn at its own size (1 SVG unit = 1 CSS px), never scaled down.
 *
 * Labels are whole and packed per lane (src/features/timeline/build/labels.ts) once for each zoom level: a level is a zoom
 * factor over the whole range, and zooming in further only moves marks apart, so the packing of the nearest level
 * at or below the current zoom never overlaps. The SVG is drawn at level 0 (everything); <time-line> switches levels.
 * Pure and deterministic.
 */
import { scaleUtc } from 'd3-scale';
import { utcYear } from 'd3-time';
import type { Event } from '../../../model/schemas.ts';
import { LANES } from '../../../model/schemas.ts';
import { dateInterval, precisionOf, type Precision } from '../../../model/dates.ts';
import { tickLabelFits } from '../axis.ts';
import { packLabels, wrapLabel, type LabelSpacing } from './labels.ts';
import { laneHeight, type LaneMetrics } from '../levels.ts';

export { laneHeight };

export { dateInterval, precisionOf, type Precision };

export function eventInterval(event: Pick<Event, 'date' | 'end'>): [number, number] {
  const [start] = dateInterval(event.date);
  const [, end] = dateInterval(event.end ?? event.date);
  return [start, end];
}

export interface TimelineOptions {
  width: number;
  /** Font size of the labels and height of one text line (slot), in px. */
  fontSize: number;
  lineHeight: number;
  /** Room for the lane's name above its events, and below them. */
  laneHeader: number;
  lanePadding: number;
  axisHeight: number;
  /** Room below the lanes for the label of the today marker. */
  footerHeight: number;
  markGap: number;
  labelGap: number;
  /** A label wider than this is set on two lines. */
  maxLineWidth: number;
  /** Least drawn width of a mark: a day is narrower than a pixel over the whole range. */
  minMarkWidth: number;
  /** Zoom factors to pack labels for, from 1 (everything) up. */
  levels: number[];
}

export const DEFAULT_TIMELINE: TimelineOptions = {
  width: 1118,
  fontSize: 13,
  lineHeight: 17,
  laneHeader: 22,
  lanePadding: 4,
  axisHeight: 28,
  footerHeight: 24,
  markGap: 5,
  labelGap: 10,
  maxLineWidth: 200,
  minMarkWidth: 8,
  levels: [1],
};

export interface PlacedEvent {
  id: string;
  lane: Event['lane'];
  precision: Precision;
  period: boolean;
  start: number;
  end: number;
  /** Left end and width of the mark at level 0. */
  x: number;
  width: number;
  /** The label's lines and the width of the widest. */
  lines: string[];
  labelWidth: number;
  /** Per level: the slot (text line) of the label and mark within the lane, and whether the label sits before the mark. */
  slots: number[];
  before: boolean[];
  status: Event['status'];
}

export interface PlacedLane {
  lane: Event['lane'];
  /** Per level: the number of slots the lane needs. */
  slots: number[];
}

export interface TimelineLayout {
  width: number;
  domain: [number, number];
  range: [number, number];
  levels: number[];
  /** Per level: the height of the whole drawing when every lane is shown. */
  heights: number[];
  lanes: PlacedLane[];
  events: PlacedEvent[];
  ticks: { x: number; year: number }[];
  today?: { x: number; date: string };
  options: TimelineOptions;
}

const round = (n: number) => Math.round(n * 10) / 10;

/** The whole range drawn: from the start of the first event's year to the end of the year of the last event or today. */
export function timelineDomain(events: readonly Pick<Event, 'date' | 'end'>[], today?: string): [number, number] {
  const intervals = events.map((e) => eventInterval(e));
  const first = Math.min(...intervals.map(([s]) => s));
  const last = Math.max(...intervals.map(([, e]) => e - 1), today ? dateInterval(today)[0] : -Infinity);
  return [utcYear.floor(new Date(first)).getTime(), utcYear.ceil(new Date(last + 1)).getTime()];
}

/** Height of the drawing for the given slot counts of the lanes shown. */
export function drawingHeight(laneSlots: readonly number[], o: LaneMetrics & Pick<TimelineOptions, 'axisHeight' | 'footerHeight'>): number {
  return o.axisHeight + laneSlots.reduce((sum, slots) => sum + laneHeight(slots, o), 0) + o.footerHeight;
}

export function layoutTimeline(
  events: readonly Pick<Event, 'id' | 'date' | 'end' | 'lane' | 'status'>[],
  label: (id: string) => string,
  measure: (text: string) => number,
  options: Partial<TimelineOptions> & { today?: string } = {},
): TimelineLayout {
  const o: TimelineOptions = { ...DEFAULT_TIMELINE, ...options };
  const levels = [...new Set([1, ...o.levels])].sort((a, b) => a - b);
  const intervals = events.map((e) => eventInterval(e));
  const todayMs = options.today ? dateInterval(options.today)[0] : undefined;
  const domain = timelineDomain(events, options.today);
  const range: [number, number] = [8, o.width - 8];
  const x = scaleUtc().domain(domain).range(range);

  const sorted = events
    .map((event, index) => ({ event, interval: intervals[index] }))
    .sort((a, b) => a.interval[0] - b.interval[0] || a.event.id.localeCompare(b.event.id));

  const placed: PlacedEvent[] = [];
  const lanes: PlacedLane[] = [];
  for (const lane of LANES) {
    const inLane = sorted.filter(({ event }) => event.lane === lane);
    if (!inLane.length) continue;
    const laneEvents: PlacedEvent[] = inLane.map(({ event, interval }) => {
      const lines = wrapLabel(label(event.id), measure, o.maxLineWidth);
      const x0 = x(interval[0]);
      return {
        id: event.id,
        lane,
        precision: precisionOf(event.date),
        period: Boolean(event.end),
        start: interval[0],
        end: interval[1],
        x: round(x0),
        width: round(Math.max(x(interval[1]) - x0, o.minMarkWidth)),
        lines,
        // A space ends every line but the last, so that the label reads as one text; it counts where the label is
        // set flush right (before its mark).
        labelWidth: Math.ceil(Math.max(...lines.map((line, i) => measure(i < lines.length - 1 ? `${line} ` : line)))),
        slots: [],
        before: [],
        status: event.status,
      };
    });
    const slots = levels.map((k) => {
      // At zoom factor k the whole range is k times as wide; positions grow from the left end of the range.
      const spacing: LabelSpacing = { markGap: o.markGap, labelGap: o.labelGap, left: 0, right: range[0] + k * (range[1] - range[0]) + 8 };
      const boxes = inLane.map(({ interval }, index) => {
        const x0 = range[0] + k * (x(interval[0]) - range[0]);
        return { x: x0, markWidth: Math.max(k * (x(interval[1]) - x(interval[0])), o.minMarkWidth), labelWidth: laneEvents[index].labelWidth, lines: laneEvents[index].lines.length };
      });
      const packed = packLabels(boxes, spacing);
      packed.placed.forEach((p, index) => {
        laneEvents[index].slots.push(p.slot);
        laneEvents[index].before.push(p.before);
      });
      return packed.slots;
    });
    lanes.push({ lane, slots });
    placed.push(...laneEvents);
  }

  const ticks = x
    .ticks(utcYear.every(o.width < 900 ? 5 : 2)!)
    .map((date) => ({ x: round(x(date)), year: date.getUTCFullYear() }))
    .filter((tick) => tickLabelFits(tick.x, o.width));
  return {
    width: o.width,
    domain,
    range,
    levels,
    heights: levels.map((_, level) => drawingHeight(lanes.map((lane) => lane.slots[level]), o)),
    lanes,
    events: placed,
    ticks,
    today: options.today && todayMs !== undefined ? { x: round(x(todayMs)), date: options.today } : undefined,
    options: o,
  };
}

export interface DrawnLabel {
  id: string;
  lane: Event['lane'];
  /** Slots from `top` up to (not including) `bottom`. */
  top: number;
  bottom: number;
  /** Horizontal extent of mark and label together, and the right end of the whole drawing, in px. */
  from: number;
  to: number;
  right: number;
}

/**
 * Each event's mark and label as <time-line> draws them at zoom `k` with the packing of `level`: a day as a dot of
 * the least width, anything longer as a bar over its interval. For checks (tests, bench), independent of the packing.
 */
export function drawnLabels(layout: TimelineLayout, level: number, k = layout.levels[level]): DrawnLabel[] {
  const { markGap, minMarkWidth } = layout.options;
  const [r0, r1] = layout.range;
  const pxPerMs = (r1 - r0) / (layout.domain[1] - layout.domain[0]);
  return layout.events.map((e) => {
    const x = r0 + k * (e.x - r0);
    const day = e.precision === 'dag' && !e.period;
    const width = day ? minMarkWidth : Math.max(k * (e.end - e.start) * pxPerMs, minMarkWidth);
    const before = e.before[level];
    return {
      id: e.id,
      lane: e.lane,
      top: e.slots[level],
      bottom: e.slots[level] + e.lines.length,
      from: before ? x - markGap - e.labelWidth : x,
      to: before ? x + width : x + width + markGap + e.labelWidth,
      right: r0 + k * (r1 - r0) + 8,
    };
  });
}

/** Pairs of events in one lane whose marks or labels overlap, at zoom `k` with the packing of `level`. */
export function labelCollisions(layout: TimelineLayout, level: number, k?: number): string[] {
  const found: string[] = [];
  const byLane = new Map<string, DrawnLabel[]>();
  for (const label of drawnLabels(layout, level, k)) byLane.set(label.lane, [...(byLane.get(label.lane) ?? []), label]);
  for (const labels of byLane.values()) {
    labels.sort((a, b) => a.from - b.from);
    for (let i = 0; i < labels.length; i++) {
      for (let j = i + 1; j < labels.length && labels[j].from < labels[i].to; j++) {
        const [a, b] = [labels[i], labels[j]];
        if (a.top < b.bottom && b.top < a.bottom) found.push(`${a.id} × ${b.id}`);
      }
    }
  }
  return found;
}
