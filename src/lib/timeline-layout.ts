/**
 * Build-time layout of the timeline. Each event covers the interval its precision allows: a day, a month or a year
 * (a month-precise event is drawn as a month, never as a day). Periods run from the start of their first interval to
 * the end of their last. Labels are packed into rows per lane so that no two labels overlap. Pure and deterministic.
 */
import { scaleUtc } from 'd3-scale';
import { utcYear } from 'd3-time';
import type { Event } from './schemas.ts';
import { LANES } from './schemas.ts';

import { dateInterval, precisionOf, type Precision } from './dates.ts';
import { tickLabelFits } from './timeline-axis.ts';

export { dateInterval, precisionOf, type Precision };

export function eventInterval(event: Pick<Event, 'date' | 'end'>): [number, number] {
  const [start] = dateInterval(event.date);
  const [, end] = dateInterval(event.end ?? event.date);
  return [start, end];
}

export interface TimelineOptions {
  width: number;
  laneLabelWidth: number;
  rowHeight: number;
  lanePadding: number;
  axisHeight: number;
  charWidth: number;
  labelGap: number;
  maxLabelChars: number;
}

export const DEFAULT_TIMELINE: TimelineOptions = {
  width: 1200,
  laneLabelWidth: 0,
  rowHeight: 26,
  lanePadding: 10,
  axisHeight: 30,
  charWidth: 6.6,
  labelGap: 12,
  maxLabelChars: 34,
};

export interface PlacedEvent {
  id: string;
  lane: Event['lane'];
  precision: Precision;
  period: boolean;
  start: number;
  end: number;
  x: number;
  /** Drawn width of the interval; a day is narrower than a pixel at full range, so marks have a minimum size. */
  width: number;
  y: number;
  row: number;
  label: string;
  /** True when the label sits left of the mark (near the right edge). */
  labelBefore: boolean;
  status: Event['status'];
}

export interface PlacedLane {
  lane: Event['lane'];
  y: number;
  height: number;
}

export interface TimelineLayout {
  width: number;
  height: number;
  domain: [number, number];
  range: [number, number];
  lanes: PlacedLane[];
  events: PlacedEvent[];
  ticks: { x: number; year: number }[];
  today?: { x: number; date: string };
}

const round = (n: number) => Math.round(n * 10) / 10;

/** Shortens at a word boundary, so every word shown is a whole word of the full title (which names the event). */
export function shorten(label: string, max: number): string {
  if (label.length <= max) return label;
  const cut = label.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > 0 ? cut.slice(0, space) : cut).replace(/[\s,:;–-]+$/, '')}…`;
}

export function layoutTimeline(
  events: readonly Pick<Event, 'id' | 'date' | 'end' | 'lane' | 'status'>[],
  label: (id: string) => string,
  options: Partial<TimelineOptions> & { today?: string } = {},
): TimelineLayout {
  const o = { ...DEFAULT_TIMELINE, ...options };
  const intervals = events.map((e) => eventInterval(e));
  const todayMs = options.today ? dateInterval(options.today)[0] : undefined;
  const first = Math.min(...intervals.map(([s]) => s));
  const last = Math.max(...intervals.map(([, e]) => e), todayMs ?? -Infinity);
  const domain: [number, number] = [utcYear.floor(new Date(first)).getTime(), utcYear.ceil(new Date(last + 1)).getTime()];
  const range: [number, number] = [o.laneLabelWidth + 8, o.width - 8];
  const x = scaleUtc().domain(domain).range(range);

  const sorted = events
    .map((event, index) => ({ event, interval: intervals[index] }))
    .sort((a, b) => a.interval[0] - b.interval[0] || a.event.id.localeCompare(b.event.id));

  const placed: PlacedEvent[] = [];
  const lanes: PlacedLane[] = [];
  let y = o.axisHeight;
  for (const lane of LANES) {
    const inLane = sorted.filter(({ event }) => event.lane === lane);
    if (!inLane.length) continue;
    const rows: [number, number][][] = [];
    const laneEvents: PlacedEvent[] = [];
    for (const { event, interval } of inLane) {
      const x0 = x(interval[0]);
      const width = Math.max(x(interval[1]) - x0, 6);
      const text = shorten(label(event.id), o.maxLabelChars);
      const textWidth = 6 + text.length * o.charWidth;
      // The label goes after the mark, or before it where it would run off the right edge.
      const labelBefore = x0 + width + textWidth > o.width;
      const span: [number, number] = labelBefore ? [x0 - textWidth, x0 + width] : [x0, x0 + width + textWidth];
      let row = rows.findIndex((taken) => taken.every(([a, b]) => span[1] + o.labelGap <= a || span[0] >= b + o.labelGap));
      if (row === -1) {
        row = rows.length;
        rows.push([]);
      }
      rows[row].push(span);
      laneEvents.push({
        id: event.id,
        lane,
        precision: precisionOf(event.date),
        period: Boolean(event.end),
        start: interval[0],
        end: interval[1],
        x: round(x0),
        width: round(width),
        y: 0,
        row,
        label: text,
        labelBefore,
        status: event.status,
      });
    }
    const height = o.lanePadding * 2 + rows.length * o.rowHeight + 18;
    for (const placedEvent of laneEvents) placedEvent.y = round(y + 18 + o.lanePadding + placedEvent.row * o.rowHeight);
    lanes.push({ lane, y: round(y), height: round(height) });
    placed.push(...laneEvents);
    y += height;
  }

  const ticks = x
    .ticks(utcYear.every(o.width < 900 ? 5 : 2)!)
    .map((date) => ({ x: round(x(date)), year: date.getUTCFullYear() }))
    .filter((tick) => tickLabelFits(tick.x, o.width));
  return {
    width: o.width,
    height: round(y + 8),
    domain,
    range,
    lanes,
    events: placed,
    ticks,
    today: options.today && todayMs !== undefined ? { x: round(x(todayMs)), date: options.today } : undefined,
  };
}
