import { describe, expect, it } from 'vitest';
import { timelineAction, type KeyEvent } from './keyboard.ts';
import { diagramCommand } from '../diagram/keys.ts';

const day = 864e5;
const event = (id: string, lane: string, startDay: number, days = 1): KeyEvent => ({ id, lane, start: startDay * day, end: (startDay + days) * day });
// In date order, as the element keeps them.
const shown = [event('a', 'kabinet', 0), event('b', 'parlement', 10), event('c', 'kabinet', 20), event('d', 'rapporteur', 30), event('e', 'parlement', 40)];
const all: [number, number] = [0, 100 * day];
const act = (key: string, active?: string, period = all) => timelineAction({ shown, active, period }, diagramCommand(key)!);

describe('timeline keys', () => {
  it('move to the next and previous event in date order, stopping at the ends', () => {
    expect(act('ArrowRight', 'b')).toEqual({ type: 'focus', event: shown[2] });
    expect(act('ArrowLeft', 'b')).toEqual({ type: 'focus', event: shown[0] });
    expect(act('ArrowLeft', 'a')).toEqual({ type: 'focus', event: shown[0] });
    expect(act('ArrowRight', 'e')).toEqual({ type: 'focus', event: shown[4] });
  });

  it('start from the first event in the period shown when none has the Tab stop', () => {
    expect(act('ArrowRight', undefined, [15 * day, 35 * day])).toEqual({ type: 'focus', event: shown[3] });
  });

  it('go up and down to the nearest event in time in the next lane shown, preferring the period shown', () => {
    expect(act('ArrowDown', 'c')).toEqual({ type: 'focus', event: shown[1] });
    expect(act('ArrowUp', 'b')).toEqual({ type: 'focus', event: shown[0] });
    expect(act('ArrowDown', 'e')).toEqual({ type: 'focus', event: shown[3] });
    // No lane above the first: the event stays.
    expect(act('ArrowUp', 'a')).toEqual({ type: 'focus', event: shown[0] });
    // From c (day 20): b (day 10) is nearer than e (day 40), unless only e is in the period shown.
    expect(act('ArrowDown', 'c', [5 * day, 50 * day])).toEqual({ type: 'focus', event: shown[1] });
    expect(act('ArrowDown', 'c', [35 * day, 50 * day])).toEqual({ type: 'focus', event: shown[4] });
  });

  it('go to the first and last event of the period shown with Home and End', () => {
    expect(act('Home', 'e', [15 * day, 35 * day])).toEqual({ type: 'focus', event: shown[2] });
    expect(act('End', 'a', [15 * day, 35 * day])).toEqual({ type: 'focus', event: shown[3] });
    expect(act('End', 'a', [200 * day, 300 * day])).toEqual({ type: 'focus', event: shown[4] });
  });

  it('choose, clear, zoom and show everything', () => {
    expect(act('Enter', 'd')).toEqual({ type: 'choose', event: shown[3] });
    expect(act(' ', 'd')).toEqual({ type: 'choose', event: shown[3] });
    expect(act('Escape')).toEqual({ type: 'clear' });
    expect(act('+')).toEqual({ type: 'zoom', factor: 'in' });
    expect(act('=')).toEqual({ type: 'zoom', factor: 'in' });
    expect(act('-')).toEqual({ type: 'zoom', factor: 'out' });
    expect(act('0')).toEqual({ type: 'whole' });
  });

  it('leave other keys to the browser, and do nothing with no event shown', () => {
    expect(diagramCommand('a')).toBeUndefined();
    expect(diagramCommand('Tab')).toBeUndefined();
    expect(diagramCommand('toString')).toBeUndefined();
    expect(timelineAction({ shown: [], period: all }, 'right')).toBeUndefined();
  });
});
