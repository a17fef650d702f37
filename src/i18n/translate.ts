/**
 * How a dictionary (src/i18n/nl.ts, src/i18n/en.ts) becomes text: `t(key, values)` fills `{name}` placeholders,
 * picks a plural form through Intl.PluralRules, and writes numbers and dates through Intl. No texts live here.
 */
import type { Lang } from '../model/schemas.ts';

/** A text that counts something: `one` and `other` as Intl.PluralRules names them, `zero` for exactly nothing. */
export interface Plural {
  zero?: string;
  one: string;
  other: string;
}

export type Text = string | Plural;

/** The other language's dictionary has the same keys, each a string where Dutch has one and plural forms where Dutch has them. */
export type Translation<Dictionary extends Record<string, Text>> = {
  [Key in keyof Dictionary]: Dictionary[Key] extends string ? string : Plural;
};

/** A number is written for the language ("2.512"); a year or an id is passed as a string. */
export type Values = Record<string, string | number>;

export type Translate<Key extends string> = (key: Key, values?: Values) => string;

export const LOCALE: Record<Lang, string> = { nl: 'nl-NL', en: 'en-GB' };

export function formatNumber(value: number, lang: Lang): string {
  return new Intl.NumberFormat(LOCALE[lang]).format(value);
}

/** Formats a date of day, month or year precision without claiming more precision than it has. */
export function formatDate(value: string, lang: Lang): string {
  const [year, month, day] = value.split('-').map(Number);
  if (!month) return String(year);
  const date = new Date(Date.UTC(year, month - 1, day || 1));
  const parts: Intl.DateTimeFormatOptions = day ? { day: 'numeric', month: 'long', year: 'numeric' } : { month: 'long', year: 'numeric' };
  return new Intl.DateTimeFormat(LOCALE[lang], { ...parts, timeZone: 'UTC' }).format(date);
}

/**
 * Replaces each `{name}` that has a value; a number is written for the language. A placeholder without a value stays,
 * for the browser element that gets the text to fill in (e.g. "{actors} organisaties … zichtbaar.").
 */
export function fill(text: string, lang: Lang, values: Values = {}): string {
  return text.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = values[name];
    if (value === undefined) return placeholder;
    return typeof value === 'number' ? formatNumber(value, lang) : value;
  });
}

export function dictionaryTranslator<Key extends string>(lang: Lang, dictionary: Record<Key, Text>): Translate<Key> {
  const plurals = new Intl.PluralRules(LOCALE[lang]);
  return (key, values) => {
    const text = dictionary[key];
    if (typeof text === 'string') return fill(text, lang, values);
    const count = values?.count;
    if (typeof count !== 'number') throw new Error(`"${key}" counts something: give it a number as {count}`);
    return fill((count === 0 && text.zero) || text[plurals.select(count) as 'one' | 'other'] || text.other, lang, values);
  };
}
