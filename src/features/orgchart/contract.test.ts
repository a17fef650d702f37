import { describe, expect, it } from 'vitest';
import { actorFilterData, actorShown, shownActorOf } from './contract.ts';

const dataset = (attributes: Record<string, string>): DOMStringMap =>
  Object.fromEntries(Object.entries(attributes).map(([name, value]) => [name.slice(5).replace(/-(\w)/g, (_, c: string) => c.toUpperCase()), value]));

describe('org chart contract', () => {
  it('reads back what the build writes on a box, and the filter rule answers from it', () => {
    const actor = { level: 'nationaal', domains: ['beleid', 'zorg-en-opvang'], in_views: ['huidig'] } as const;
    const shown = shownActorOf(dataset(actorFilterData({ ...actor, domains: [...actor.domains], in_views: [...actor.in_views] })));
    expect(shown).toEqual({ level: 'nationaal', domains: ['beleid', 'zorg-en-opvang'], views: ['huidig'] });
    expect(actorShown(shown, { view: 'huidig', types: [], domain: 'zorg-en-opvang' })).toBe(true);
    expect(actorShown(shown, { view: 'voorgesteld', types: [] })).toBe(false);
    expect(actorShown(shown, { view: 'verschil', types: [], level: 'lokaal' })).toBe(false);
  });
});
