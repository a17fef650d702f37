import { describe, expect, it } from 'vitest';
import { parseOrgChartState, orgChartSearch } from './state.ts';

const actors = new Set(['politie', 'comensha']);

describe('org chart state in the URL', () => {
  it('reads view, actor and filters, dropping what is unknown', () => {
    expect(parseOrgChartState('?view=voorgesteld&actor=politie&types=meldt-aan,bogus,financiert&domain=zorg-en-opvang&level=x', actors)).toEqual({
      view: 'voorgesteld',
      actor: 'politie',
      types: ['financiert', 'meldt-aan'],
      domain: 'zorg-en-opvang',
      level: undefined,
      focus: undefined,
      relations: undefined,
    });
    // The chart opens on today ("Huidig").
    expect(parseOrgChartState('?view=nonsense&actor=onbekend', actors)).toEqual({ view: 'huidig', actor: undefined, types: [], domain: undefined, level: undefined, focus: undefined, relations: undefined });
  });

  it('writes the shortest URL that restores the same state', () => {
    const state = parseOrgChartState('?actor=comensha&view=verschil&types=monitort,adviseert', actors);
    const search = orgChartSearch(state);
    expect(search).toBe('?view=verschil&actor=comensha&types=adviseert,monitort');
    expect(orgChartSearch(parseOrgChartState('?view=huidig&actor=comensha', actors))).toBe('?actor=comensha');
    expect(parseOrgChartState(search, actors)).toEqual(state);
    expect(orgChartSearch(parseOrgChartState('', actors))).toBe('');
  });

  it('reads a focus set of known organisations, and writes it back in the same order', () => {
    const known = new Set(['politie', 'comensha', 'om']);
    const state = parseOrgChartState('?focus=om,bogus,politie,om', known);
    expect(state.focus).toEqual(['om', 'politie']);
    expect(orgChartSearch(state)).toBe('?focus=om,politie');
    // One known organisation is no focus view: the URL opens the overview.
    expect(parseOrgChartState('?focus=om,bogus', known).focus).toBeUndefined();
  });

  it('reads and writes "alle relaties", the whole network rather than the overview', () => {
    const state = parseOrgChartState('?relations=all&view=verschil', actors);
    expect(state.relations).toBe('all');
    expect(orgChartSearch(state)).toBe('?view=verschil&relations=all');
    expect(parseOrgChartState('?relations=some', actors).relations).toBeUndefined();
  });
});
