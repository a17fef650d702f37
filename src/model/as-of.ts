/**
 * "Stand" (as of): the date for which a claim about the present holds, and when it has grown old enough to re-check.
 * A record's stand is its own `as_of`, else the date of its newest dated source; a sentence in a page gives its own
 * with <Stand datum="...">. Pure: the content check collects the claims, the build and `npm run validate` report them.
 */
import { addYears, dateInterval } from './dates.ts';
import { hasPassed } from '../features/timeline/build/status.ts';

/** A claim is listed for re-checking once its whole period lies more than this many years before the build date. */
export const STALE_AFTER_YEARS = 1;

/** One claim about the present: where it is written, and the date it holds for (none when no source is dated). */
export interface Claim {
  file: string;
  line?: number;
  /** "actor "politie"", "relation "…"", "page "uitleg"". */
  record: string;
  field: string;
  asOf?: string;
  /** Where the date comes from: the record's own as_of, its newest source, or the sentence's <Stand>. */
  basis: 'as_of' | 'source' | 'sentence' | 'none';
  /** The start of the sentence, for a claim in a page. */
  text?: string;
}

/** The newest of some partial dates: the one whose period starts last; of two starting together, the more precise. */
export function newestDate(dates: readonly (string | undefined)[]): string | undefined {
  let newest: string | undefined;
  for (const date of dates) {
    if (!date) continue;
    if (!newest) newest = date;
    else {
      const [start] = dateInterval(date);
      const [newestStart] = dateInterval(newest);
      if (start > newestStart || (start === newestStart && date.length > newest.length)) newest = date;
    }
  }
  return newest;
}

/** A record's stand: its own `as_of`, else the date of its newest dated source. */
export function recordAsOf(
  record: { as_of?: string; sources: readonly string[] },
  sourceDate: (id: string) => string | undefined,
): { asOf?: string; basis: Claim['basis'] } {
  if (record.as_of) return { asOf: record.as_of, basis: 'as_of' };
  const asOf = newestDate(record.sources.map(sourceDate));
  return asOf ? { asOf, basis: 'source' } : { basis: 'none' };
}

/** True when the whole period of `asOf` lies more than a year before `today` (YYYY-MM-DD). */
export function isStale(asOf: string, today: string): boolean {
  return hasPassed(asOf, addYears(today, -STALE_AFTER_YEARS));
}

/** The claims an editor should re-check on `today`: those grown old, and those whose date is not known at all. */
export function staleClaims(claims: readonly Claim[], today: string): Claim[] {
  return claims.filter((claim) => !claim.asOf || isStale(claim.asOf, today));
}

/** The claims to re-check as lines of text, grouped by file, oldest first within a file. */
export function formatStaleClaims(claims: readonly Claim[], today: string): string[] {
  const stale = staleClaims(claims, today);
  if (!stale.length) return [];
  const byFile = new Map<string, Claim[]>();
  for (const claim of stale) byFile.set(claim.file, [...(byFile.get(claim.file) ?? []), claim]);
  const lines = [
    `${stale.length} claim(s) about the present are more than ${STALE_AFTER_YEARS * 12} months old on ${today}, or have no date: ` +
      're-check each against a newer source, then update its text, its sources or its as_of (see content/README.md, "Dates of claims").',
  ];
  for (const [file, list] of [...byFile].sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(`  ${file} (${list.length})`);
    const ordered = [...list].sort((a, b) => (a.asOf ?? '').localeCompare(b.asOf ?? '') || (a.line ?? 0) - (b.line ?? 0));
    for (const claim of ordered) {
      const where = claim.line ? `:${claim.line}` : '';
      const date = claim.asOf ? `as of ${claim.asOf}${claim.basis === 'source' ? ' (newest source)' : ''}` : 'no dated source: give the record an as_of';
      lines.push(`    ${file}${where} › ${claim.record} › field "${claim.field}": ${date}${claim.text ? ` — "${claim.text}"` : ''}`);
    }
  }
  return lines;
}
