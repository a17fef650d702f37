import { describe, expect, test } from 'vitest';
import { dictionaryTranslator, fill, formatDate, formatNumber } from './translate.ts';
import { translator } from './ui.ts';
import { searchTranslator } from './search.ts';
import { nl } from './nl.ts';
import { en } from './en.ts';

describe('t(key, values)', () => {
  const t = dictionaryTranslator('nl', {
    plain: 'Zoeken',
    named: 'Wat betekent {term}?',
    found: { zero: 'Geen resultaten voor {term}', one: '{count} resultaat voor {term}', other: '{count} resultaten voor {term}' },
    sentences: { one: '{count} zin', other: '{count} zinnen' },
  });

  test('gives a text as it is written, and fills its placeholders', () => {
    expect(t('plain')).toBe('Zoeken');
    expect(t('named', { term: 'regie' })).toBe('Wat betekent regie?');
  });

  test('picks the plural form by count, with a form of its own for nothing where one is written', () => {
    expect(t('found', { count: 0, term: 'regie' })).toBe('Geen resultaten voor regie');
    expect(t('found', { count: 1, term: 'regie' })).toBe('1 resultaat voor regie');
    expect(t('found', { count: 2512, term: 'regie' })).toBe('2.512 resultaten voor regie');
    expect(t('sentences', { count: 0 })).toBe('0 zinnen');
    expect(t('sentences', { count: 1 })).toBe('1 zin');
  });

  test('English counts the English way', () => {
    const found = { one: '{count} result', other: '{count} results' };
    const t = dictionaryTranslator('en', { found });
    expect(t('found', { count: 1 })).toBe('1 result');
    expect(t('found', { count: 2512 })).toBe('2,512 results');
  });

  test('a placeholder without a value stays, for the browser to fill; a plural without a count is an error', () => {
    expect(t('named')).toBe('Wat betekent {term}?');
    expect(() => t('found', { term: 'regie' })).toThrow(/count/);
  });

  test('fill writes a number for the language and a string as it is', () => {
    expect(fill('{count} in {year}', 'nl', { count: 1372, year: '2025' })).toBe('1.372 in 2025');
    expect(fill('{count} in {year}', 'en', { count: 1372, year: '2025' })).toBe('1,372 in 2025');
  });
});

describe('the dictionaries', () => {
  test('have the same keys in both languages, with the same placeholders', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
    const placeholders = (text: unknown) => [...JSON.stringify(text).matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
    for (const key of Object.keys(nl) as (keyof typeof nl)[]) expect(placeholders(en[key]), key).toEqual(placeholders(nl[key]));
  });

  test('the search texts the browser ships are the ones the page uses', () => {
    expect(searchTranslator('nl')('searching', { term: 'regie' })).toBe(translator('nl')('searching', { term: 'regie' }));
    expect(searchTranslator('en')('searchFound', { count: 0, term: 'x' })).toBe('No results for x');
  });
});

describe('formatDate', () => {
  test('prints only the precision a date has', () => {
    expect(formatDate('2025', 'nl')).toBe('2025');
    expect(formatDate('2025-09', 'nl')).toBe('september 2025');
    expect(formatDate('2025-09-05', 'nl')).toBe('5 september 2025');
    expect(formatDate('2025', 'en')).toBe('2025');
    expect(formatDate('2025-09', 'en')).toBe('September 2025');
    expect(formatDate('2024-10-07', 'en')).toBe('7 October 2024');
  });

  test('every month has its name, the first and last day of the year included', () => {
    const months = Array.from({ length: 12 }, (_, index) => formatDate(`2026-${String(index + 1).padStart(2, '0')}`, 'nl').split(' ')[0]);
    expect(months).toEqual(['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december']);
    expect(formatDate('2026-01-01', 'en')).toBe('1 January 2026');
    expect(formatDate('2026-12-31', 'nl')).toBe('31 december 2026');
  });
});

describe('formatNumber', () => {
  test('groups thousands the way each language does', () => {
    expect(formatNumber(1372, 'nl')).toBe('1.372');
    expect(formatNumber(1372, 'en')).toBe('1,372');
  });
});
