import { describe, expect, it } from 'vitest';
import { roughStem, termForms, unlinkedFirstUses } from './term-uses.ts';

describe('glossary terms used before they are linked', () => {
  const terms = [{ id: 'borging', term: { nl: 'Borging', en: 'Securing (borging)' }, definition: { nl: 'x', en: 'x' }, see_also: [], sources: [] }];

  it('finds a first use in another form of the word, and not one that is linked', () => {
    expect(roughStem('geborgd', 'nl')).toBe(roughStem('borging', 'nl'));
    const forms = termForms(terms, [], 'nl');
    expect(unlinkedFirstUses('## Borging {#b}\n\nAfspraken zijn niet geborgd.\n\nLater <Begrip id="borging">borging</Begrip>.', forms, 'nl')).toEqual([
      { term: 'borging', text: 'geborgd', line: 3 },
    ]);
    expect(unlinkedFirstUses('Afspraken zijn niet <Begrip id="borging">geborgd</Begrip>. Later borging.', forms, 'nl')).toEqual([]);
  });
});
