/**
 * The timeline's keys, as a pure function of what is shown and the key's command: left and right go to the
 * previous or next event in date order, up and down to the nearest in time in the lane above or below (preferring
 * events in the period shown), Home and End to the first and last event in the period shown.
 */
import type { DiagramCommand } from '../diagram/keys.ts';
import { LANES } from '../../model/vocabulary.ts';

export interface KeyEvent {
  id: string;
  lane: string;
  start: number;
  end: number;
}

export interface KeyboardState<T extends KeyEvent> {
  /** The events the filters show, in date order. */
  shown: readonly T[];
  /** The event that has the Tab stop, if any. */
  active?: string;
  /** The period shown, [from, to) in ms. */
  period: readonly [number, number];
}

export type TimelineAction<T> =
  | { type: 'focus'; event: T }
  | { type: 'choose'; event: T }
  | { type: 'clear' }
  | { type: 'zoom'; factor: 'in' | 'out' }
  | { type: 'whole' };

/** What the command does; undefined when there is nothing to act on (no event shown). */
export function timelineAction<T extends KeyEvent>(state: KeyboardState<T>, command: DiagramCommand): TimelineAction<T> | undefined {
  const { shown } = state;
  if (!shown.length) return undefined;
  const inPeriod = (event: T) => event.end > state.period[0] && event.start < state.period[1];
  const within = shown.filter(inPeriod);
  const index = shown.findIndex((event) => event.id === state.active);
  const current = index >= 0 ? shown[index] : (within[0] ?? shown[0]);
  const at = shown.indexOf(current);
  const focus = (event: T): TimelineAction<T> => ({ type: 'focus', event });
  switch (command) {
    case 'right':
      return focus(shown[Math.min(at + 1, shown.length - 1)]);
    case 'left':
      return focus(shown[Math.max(at - 1, 0)]);
    case 'up':
    case 'down':
      return focus(inNextLane(current, shown, command === 'up' ? -1 : 1, inPeriod));
    case 'first':
      return focus(within[0] ?? shown[0]);
    case 'last':
      return focus(within[within.length - 1] ?? shown[shown.length - 1]);
    case 'choose':
      return { type: 'choose', event: current };
    case 'clear':
      return { type: 'clear' };
    case 'in':
    case 'out':
      return { type: 'zoom', factor: command };
    case 'reset':
      return { type: 'whole' };
  }
}

/** The event in the lane above or below that is closest in time; the current one where there is no such lane. */
function inNextLane<T extends KeyEvent>(current: T, shown: readonly T[], step: number, inPeriod: (event: T) => boolean): T {
  const lanes = LANES.filter((lane) => shown.some((event) => event.lane === lane));
  const lane = lanes[lanes.indexOf(current.lane as never) + step];
  if (!lane) return current;
  const candidates = shown.filter((event) => event.lane === lane);
  const preferred = candidates.some(inPeriod) ? candidates.filter(inPeriod) : candidates;
  return preferred.reduce((best, event) => (Math.abs(event.start - current.start) < Math.abs(best.start - current.start) ? event : best));
}
