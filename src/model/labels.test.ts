import { describe, expect, it } from 'vitest';
import { isPlural, relationSentence } from './labels.ts';

describe('relation sentences', () => {
  it('writes relation sentences with the actors in place, also for separable Dutch verbs', () => {
    const parts = relationSentence({ type: 'stuurt-aan', from: 'a', to: 'b' }, 'nl');
    expect(parts).toEqual([{ actor: 'a' }, { text: ' stuurt ' }, { actor: 'b' }, { text: ' aan' }]);
    expect(relationSentence({ type: 'meldt-aan', from: 'a', to: 'b' }, 'en')).toEqual([{ actor: 'a' }, { text: ' reports victims to ' }, { actor: 'b' }]);
  });

  it('lets the verb agree with a plural subject ("Gemeenten werken samen met")', () => {
    const text = (lang: 'nl' | 'en', type: Parameters<typeof relationSentence>[0]['type']) =>
      relationSentence({ type, from: 'a', to: 'b' }, lang, isPlural({ plural: ['nl', 'en'] }, lang))
        .map((part) => ('text' in part ? part.text : part.actor))
        .join('');
    expect(text('nl', 'werkt-samen-met')).toBe('a werken samen met b');
    expect(text('nl', 'stuurt-aan')).toBe('a sturen b aan');
    expect(text('en', 'legt-verantwoording-af-aan')).toBe('a are accountable to b');
    expect(isPlural({ plural: ['en'] }, 'nl')).toBe(false);
    expect(isPlural(undefined, 'nl')).toBe(false);
  });
});
