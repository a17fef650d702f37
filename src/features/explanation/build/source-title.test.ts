import { describe, expect, it } from 'vitest';
import { sourceTitle } from './source-title.ts';

describe('source titles', () => {
  const german = { title: 'Richtlinie 2011/36/EU, Artikel 19', language: 'de' as const, titles: { nl: 'Richtlijn 2011/36/EU, artikel 19', en: 'Directive 2011/36/EU, Article 19' } };

  it('show the title in the page\'s language and name the document\'s own language', () => {
    expect(sourceTitle(german, 'nl')).toEqual({ text: 'Richtlijn 2011/36/EU, artikel 19', lang: 'nl', inLanguage: 'in het Duits', original: 'Richtlinie 2011/36/EU, Artikel 19' });
    expect(sourceTitle(german, 'en').inLanguage).toBe('in German');
    expect(sourceTitle({ title: 'Combating human trafficking', language: 'en' }, 'en')).toEqual({ text: 'Combating human trafficking', lang: 'en' });
    expect(sourceTitle({ title: 'Voortgangsbrief' }, 'en')).toEqual({ text: 'Voortgangsbrief', lang: 'nl', inLanguage: 'in Dutch' });
    expect(sourceTitle({ title: 'Voortgangsbrief' }, 'nl')).toEqual({ text: 'Voortgangsbrief', lang: 'nl' });
  });
});
