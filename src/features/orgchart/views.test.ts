import { describe, expect, it } from 'vitest';
import { relationInView, relationDifference, actorDifference, actorInView } from './views.ts';
import { actorShown, relationShown } from './contract.ts';
import type { Relation } from '../../model/schemas.ts';

describe('org chart views', () => {
  it('shows each relation state in the right views', () => {
    const states: Relation['state'][] = ['huidig', 'voorgesteld', 'beide', 'vervalt'];
    expect(states.map((s) => relationInView(s, 'huidig'))).toEqual([true, false, true, true]);
    expect(states.map((s) => relationInView(s, 'voorgesteld'))).toEqual([false, true, true, false]);
    expect(states.map((s) => relationDifference(s))).toEqual(['vervalt', 'toegevoegd', 'gelijk', 'vervalt']);
  });

  it('classifies actors for the difference view', () => {
    expect(actorDifference({ in_views: ['voorgesteld'] })).toBe('toegevoegd');
    expect(actorDifference({ in_views: ['huidig', 'voorgesteld'], role_proposed: { nl: 'a', en: 'a' } })).toBe('gewijzigd');
    expect(actorDifference({ in_views: ['huidig', 'voorgesteld'] })).toBe('gelijk');
    expect(actorInView({ in_views: ['voorgesteld'] }, 'huidig')).toBe(false);
  });

  it('decides what the view and filters show, as the CSS of the chart does', () => {
    const police = { views: ['huidig', 'voorgesteld'], domains: ['opsporing-en-vervolging'], level: 'nationaal' };
    const coordinator = { views: ['voorgesteld'], domains: ['beleid'], level: 'nationaal' };
    const all = { view: 'huidig' as const, types: [] };
    expect(actorShown(coordinator, all)).toBe(false);
    expect(actorShown(coordinator, { ...all, view: 'verschil' })).toBe(true);
    expect(actorShown(police, { ...all, domain: 'beleid' })).toBe(false);
    expect(actorShown(police, { ...all, level: 'nationaal' })).toBe(true);
    const relation = { type: 'werkt-samen-met' as const, state: 'voorgesteld' as const };
    expect(relationShown(relation, police, coordinator, { ...all, view: 'voorgesteld' })).toBe(true);
    expect(relationShown(relation, police, coordinator, { ...all, view: 'voorgesteld', types: ['meldt-aan'] })).toBe(false);
    expect(relationShown(relation, police, police, { ...all, view: 'voorgesteld', domain: 'beleid' })).toBe(false);
  });
});
