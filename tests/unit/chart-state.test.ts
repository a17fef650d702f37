import { describe, expect, it } from 'vitest';
import { parseOrgChartState, orgChartSearch, parseTimelineState, timelineSearch } from '../../src/lib/chart-state.ts';

const actors = new Set(['politie', 'comensha']);

describe('org chart state in the URL', () => {
  it('reads view, actor and filters, dropping what is unknown', () => {
    expect(parseOrgChartState('?view=voorgesteld&actor=politie&types=meldt-aan,bogus,financiert&domain=zorg-en-opvang&level=x', actors)).toEqual({
      view: 'voorgesteld',
      actor: 'politie',
      types: ['financiert', 'meldt-aan'],
      domain: 'zorg-en-opvang',
      level: undefined,
    });
    // The chart opens on today ("Huidig").
    expect(parseOrgChartState('?view=nonsense&actor=onbekend', actors)).toEqual({ view: 'huidig', actor: undefined, types: [], domain: undefined, level: undefined });
  });

  it('writes the shortest URL that restores the same state', () => {
    const state = parseOrgChartState('?actor=comensha&view=verschil&types=monitort,adviseert', actors);
    const search = orgChartSearch(state);
    expect(search).toBe('?view=verschil&actor=comensha&types=adviseert,monitort');
    expect(orgChartSearch(parseOrgChartState('?view=huidig&actor=comensha', actors))).toBe('?actor=comensha');
    expect(parseOrgChartState(search, actors)).toEqual(state);
    expect(orgChartSearch(parseOrgChartState('', actors))).toBe('');
  });
});

describe('timeline state in the URL', () => {
  const events = new Set(['advies-governance-2024']);
  it('reads a valid range, filters and event', () => {
    const state = parseTimelineState('?van=2018&tot=2026&banen=rapporteur,kabinet&soorten=brief&event=advies-governance-2024', events);
    expect(state).toEqual({ from: '2018', to: '2026', lanes: ['kabinet', 'rapporteur'], kinds: ['brief'], event: 'advies-governance-2024' });
    expect(parseTimelineState(timelineSearch(state), events)).toEqual(state);
  });
  it('ignores a reversed or malformed range', () => {
    expect(parseTimelineState('?van=2026&tot=2018', events).from).toBeUndefined();
    expect(parseTimelineState('?van=gisteren&tot=2018', events).from).toBeUndefined();
  });
});
