import { describe, expect, it } from 'vitest';
import { parseTimelineState, rangeParams, timelineRange, timelineSearch, TIMELINE_MIN_SPAN } from './state.ts';

describe('timeline state in the URL', () => {
  const events = new Set(['advies-governance-2024']);
  /** The drawing's whole range: 1997 up to the end of 2026. */
  const extent = [Date.UTC(1997, 0, 1), Date.UTC(2027, 0, 1)] as const;
  const parse = (search: string) => parseTimelineState(search, events, extent);
  const range = (search: string) => {
    const { from, to } = parse(search);
    return { from, to };
  };
  const none = { from: undefined, to: undefined };

  it('reads a valid period, filters and event, and writes the shortest URL that restores them', () => {
    const state = parse('?van=2018&tot=2026&banen=rapporteur,kabinet&soorten=brief&event=advies-governance-2024');
    expect(state).toEqual({ from: '2018', to: '2026', lanes: ['kabinet', 'rapporteur'], kinds: ['brief'], event: 'advies-governance-2024' });
    expect(parse(timelineSearch(state))).toEqual(state);
    expect(timelineSearch(parse(''))).toBe('');
  });

  it('takes both dates as wholly included, and names a period by the day of its start and of its last moment', () => {
    expect(timelineRange('2018', '2020-06')).toEqual([Date.UTC(2018, 0, 1), Date.UTC(2020, 6, 1)]);
    expect(timelineRange('2018-01-01', '2026-12-31')).toEqual([Date.UTC(2018, 0, 1), Date.UTC(2027, 0, 1)]);
    expect(rangeParams(Date.UTC(2018, 0, 1), Date.UTC(2027, 0, 1))).toEqual({ from: '2018-01-01', to: '2026-12-31' });
    const [start, end] = timelineRange('2019-03-04', '2021-11-30');
    expect(timelineRange(rangeParams(start, end).from, rangeParams(start, end).to)).toEqual([start, end]);
  });

  it('ignores a reversed, malformed or impossible period', () => {
    expect(range('?van=2026&tot=2018')).toEqual(none);
    expect(range('?van=gisteren&tot=2018')).toEqual(none);
    expect(range('?van=2020-99-99&tot=2021-01-01')).toEqual(none);
    expect(range('?van=2023-02-29&tot=2024-01-01')).toEqual(none);
    expect(range('?van=0000&tot=9999')).toEqual(none);
    expect(range('?van=2018')).toEqual(none);
    expect(range('?van=2018&tot=2020&van=2019')).toEqual({ from: '2018', to: '2020' });
  });

  it('ignores a period shorter than the shortest the timeline shows, such as a single day', () => {
    expect(range('?van=2019&tot=2019-01-01')).toEqual(none);
    expect(range('?van=2019-01-01&tot=2019-01-01')).toEqual(none);
    const [start] = timelineRange('2019-01-01', '2019-01-01');
    const shortest = rangeParams(start, start + TIMELINE_MIN_SPAN);
    expect(range(`?van=${shortest.from}&tot=${shortest.to}`)).toEqual(shortest);
  });

  it('clamps a period to the drawing and treats the whole drawing as the default view', () => {
    expect(range('?van=1990&tot=2005')).toEqual({ from: '1997-01-01', to: '2005-12-31' });
    expect(range('?van=2020&tot=2100')).toEqual({ from: '2020-01-01', to: '2026-12-31' });
    expect(range('?van=1000&tot=9999')).toEqual(none);
    expect(range('?van=1997-01-01&tot=2026-12-31')).toEqual(none);
    expect(range('?van=2030&tot=2040')).toEqual(none);
  });

  it('drops unknown lanes, kinds and events', () => {
    expect(parse('?banen=nergens,parlement&soorten=x&event=onbekend')).toMatchObject({ lanes: ['parlement'], kinds: [], event: undefined });
  });
});
