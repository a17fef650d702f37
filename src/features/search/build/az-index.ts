/** The A–Z index: entries sorted the way the language sorts them and grouped by initial. Pure. */
import type { Lang } from '../../../model/schemas.ts';

export interface AzEntry {
  title: string;
  href: string;
  /** What it is: pagina, organisatie (or its kind), gebeurtenis, begrip. */
  kind: string;
  /** A date or an abbreviation that tells entries with like titles apart. */
  detail?: string;
}

export interface AzGroup {
  /** "A" to "Z", or "0–9" for titles that start with a digit. */
  letter: string;
  /** Fragment id of the group on the index page. */
  id: string;
  entries: AzEntry[];
}

export const AZ_LETTERS = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'];
const DIGITS = '0–9';

/** The initial a title is filed under: its first letter without accents, or 0–9. Leading quotes are skipped. */
export function initialOf(title: string): string {
  const first = title
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/^[^\p{L}\p{N}]+/u, '')
    .charAt(0)
    .toUpperCase();
  if (/\d/.test(first)) return DIGITS;
  return AZ_LETTERS.includes(first) ? first : DIGITS;
}

export function groupId(letter: string): string {
  return letter === DIGITS ? 'letter-0-9' : `letter-${letter.toLowerCase()}`;
}

/** Groups in index order (0–9 first), each sorted by title; an entry listed twice (same title and link) once. */
export function azGroups(entries: AzEntry[], lang: Lang): AzGroup[] {
  const collator = new Intl.Collator(lang, { sensitivity: 'base', numeric: true });
  const unique = [...new Map(entries.map((entry) => [`${entry.title}\n${entry.href}`, entry])).values()];
  const sorted = unique.sort((a, b) => collator.compare(a.title, b.title) || collator.compare(a.detail ?? '', b.detail ?? ''));
  const groups = new Map<string, AzEntry[]>();
  for (const entry of sorted) {
    const letter = initialOf(entry.title);
    groups.set(letter, [...(groups.get(letter) ?? []), entry]);
  }
  return [DIGITS, ...AZ_LETTERS].filter((letter) => groups.has(letter)).map((letter) => ({ letter, id: groupId(letter), entries: groups.get(letter)! }));
}
