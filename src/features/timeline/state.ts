/** The timeline's state in the URL (see diagram/chart-state.ts). */
import { LANES, EVENT_KINDS } from '../../model/vocabulary.ts';
import { dateInterval, isRealDate } from '../../model/dates.ts';
import { list, searchOf } from '../diagram/chart-state.ts';

export interface TimelineState {
  /** Shown period as dates (YYYY, YYYY-MM or YYYY-MM-DD), both days included; absent means everything. */
  from?: string;
  to?: string;
  lanes: string[];
  kinds: string[];
  event?: string;
}

const DAY = 864e5;
/** The shortest period the timeline shows: zooming in stops there, and a link asking for less is ignored. */
export const TIMELINE_MIN_SPAN = 90 * DAY;
const URL_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** The period [start, end) in UTC milliseconds from its first and last date, both wholly included. */
export function timelineRange(from: string, to: string): [number, number] {
  return [dateInterval(from)[0], dateInterval(to)[1]];
}

/** The dates that name the period [start, end): the day of its start and the day of its last moment. */
export function rangeParams(start: number, end: number): { from: string; to: string } {
  const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  return { from: day(start), to: day(Math.max(start, end - 1)) };
}

/**
 * Reads the state from a query string. A period counts only when both ends are real calendar dates, the start
 * comes before the end and, clamped to `extent` (the drawing's whole range), it is at least TIMELINE_MIN_SPAN
 * long; a period that covers the whole extent is the default view. Everything else is ignored.
 */
export function parseTimelineState(search: string, eventIds: ReadonlySet<string>, extent: readonly [number, number]): TimelineState {
  const params = new URLSearchParams(search);
  const event = params.get('event');
  return {
    ...parseRange(params.get('van'), params.get('tot'), extent),
    lanes: list(params.get('banen'), LANES),
    kinds: list(params.get('soorten'), EVENT_KINDS),
    event: event && eventIds.has(event) ? event : undefined,
  };
}

function parseRange(from: string | null, to: string | null, extent: readonly [number, number]): Pick<TimelineState, 'from' | 'to'> {
  const isDate = (value: string | null): value is string => value !== null && URL_DATE.test(value) && isRealDate(value);
  if (!isDate(from) || !isDate(to)) return {};
  const [start, end] = timelineRange(from, to);
  const clamped: [number, number] = [Math.max(start, extent[0]), Math.min(end, extent[1])];
  if (clamped[1] - clamped[0] < TIMELINE_MIN_SPAN) return {};
  if (clamped[0] <= extent[0] && clamped[1] >= extent[1]) return {};
  return clamped[0] === start && clamped[1] === end ? { from, to } : rangeParams(...clamped);
}

export function timelineSearch(state: TimelineState): string {
  const params = new URLSearchParams();
  if (state.from && state.to) {
    params.set('van', state.from);
    params.set('tot', state.to);
  }
  if (state.lanes.length && state.lanes.length < LANES.length) params.set('banen', state.lanes.join(','));
  if (state.kinds.length && state.kinds.length < EVENT_KINDS.length) params.set('soorten', state.kinds.join(','));
  if (state.event) params.set('event', state.event);
  return searchOf(params);
}
