import { describe, expect, it } from 'vitest';
import { isRealDate, partialDate, localized, actorSchema } from '../../src/model/schemas.ts';
import { addYears } from '../../src/model/dates.ts';
import { citedSources } from '../../src/features/explanation/build/citations.ts';
import { formatDate, formatNumber } from '../../src/i18n/ui.ts';
import { pageUrl, actorUrl, termUrl, otherLang } from '../../src/routes/routes.ts';
import { isPlural, relationSentence } from '../../src/model/labels.ts';
import { isCurrent, MAIN_NAV } from '../../src/routes/navigation.ts';

describe('dates', () => {
  it('knows real calendar dates', () => {
    expect(isRealDate('2024-02-29')).toBe(true);
    expect(isRealDate('2023-02-29')).toBe(false);
    expect(isRealDate('2025-13')).toBe(false);
    expect(isRealDate('2025-04-31')).toBe(false);
    expect(isRealDate('2025')).toBe(true);
  });

  it('goes back whole years to a real date, also from 29 February', () => {
    expect(addYears('2026-12-01', -2)).toBe('2024-12-01');
    expect(addYears('2028-02-29', -2)).toBe('2026-02-28');
    expect(addYears('2028-02-29', -4)).toBe('2024-02-29');
    expect(isRealDate(addYears('2024-02-29', -1))).toBe(true);
  });

  it('accepts day, month and year precision and keeps it', () => {
    expect(partialDate.parse('2025-09-05')).toBe('2025-09-05');
    expect(partialDate.parse('2025-09')).toBe('2025-09');
    expect(partialDate.parse(2025)).toBe('2025');
    expect(partialDate.parse(new Date(Date.UTC(2026, 10, 29)))).toBe('2026-11-29');
    expect(partialDate.safeParse('5 september 2025').success).toBe(false);
  });

  it('formats a date with exactly its precision', () => {
    expect(formatDate('2025-09-05', 'nl')).toBe('5 september 2025');
    expect(formatDate('2025-09', 'nl')).toBe('september 2025');
    expect(formatDate('2025', 'en')).toBe('2025');
    expect(formatDate('2024-10-07', 'en')).toBe('7 October 2024');
  });

  it('formats numbers per language', () => {
    expect(formatNumber(1372, 'nl')).toBe('1.372');
    expect(formatNumber(1372, 'en')).toBe('1,372');
  });
});

describe('schemas', () => {
  it('names a missing translation', () => {
    const result = localized.safeParse({ nl: 'Tekst' });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0].message).toBe('English translation is missing');
  });

  it('rejects unknown fields, so a typo in a field name is caught', () => {
    const result = actorSchema.safeParse({
      id: 'x', name: { nl: 'X', en: 'X' }, kind: 'ministerie', level: 'nationaal', domains: ['beleid'],
      summary: { nl: 'a', en: 'a' }, role_now: { nl: 'a', en: 'a' }, sources: ['s'], rol_nu: 'typo',
    });
    expect(result.success).toBe(false);
  });
});

describe('citations', () => {
  it('lists cited sources in order of first citation, once each', () => {
    expect(citedSources('a <Bron id="b" /> c <Bron id=\'a\'/> d <Bron id="b" />')).toEqual(['b', 'a']);
    expect(citedSources('no citations')).toEqual([]);
  });
});

describe('routes and navigation', () => {
  it('builds paths per language', () => {
    expect(pageUrl('nl', '')).toBe('/');
    expect(pageUrl('en', 'advice')).toBe('/en/advice/');
    expect(actorUrl('en', 'politie')).toBe('/en/organisations/politie/');
    expect(termUrl('nl', 'regie')).toBe('/begrippen/#regie');
    expect(otherLang('nl')).toBe('en');
  });

  it('marks the current section in the menu', () => {
    const uitleg = MAIN_NAV[0];
    expect(isCurrent(uitleg, 'nl', '/uitleg/')).toBe(true);
    expect(isCurrent(uitleg, 'nl', '/advies/')).toBe(false);
  });

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

describe('periods', async () => {
  const { checkContent } = await import('../../src/model/content-check.ts');
  const event = (date: string, end: string) => ({
    file: 'e.yml',
    data: { id: 'e', date, end, kind: 'programma', lane: 'kabinet', status: 'gebeurd', title: { nl: 'a', en: 'a' }, summary: { nl: 'a', en: 'a' }, sources: ['s'] },
  });
  const source = { file: 's.yml', data: { id: 's', title: 't', publisher: 'p', kind: 'website' } };
  const check = (date: string, end: string) =>
    checkContent({ actors: [], relations: [], events: [event(date, end)], terms: [], sources: [source], figures: [] } as never, []).problems.map((p) => p.message);

  it('accepts a period whose end year contains the start day', () => {
    expect(check('2026-12-20', '2026')).toEqual([]);
    expect(check('2018-11', '2025-12-31')).toEqual([]);
  });

  it('rejects a period that ends before it starts', () => {
    expect(check('2026-12-20', '2026-11')).toEqual(['ends (2026-11) before it starts (2026-12-20)']);
  });
});
