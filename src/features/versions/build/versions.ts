/**
 * Dated versions of explanation pages: where they live (content/versions/<page key>/<YYYY-MM-DD>/ with nl.mdx,
 * en.mdx and data.yml), their permanent URLs, which records a page shows (frozen with it), and their order.
 * Pure; reading and writing the files is in read-versions.ts and scripts/publish-version.ts.
 */
import type { CheckedData } from '../../../model/content-check.ts';
import type { FrozenRecords, Lang } from '../../../model/schemas.ts';
import { LISTING_COMPONENTS, mdxReferences, usesComponent } from '../../../model/mdx-references.ts';
import { translator, formatDate } from '../../../i18n/ui.ts';

/** "Versie van 29 november 2026", or inside a sentence "versie van 29 november 2026". */
export function versionName(lang: Lang, date: string, inSentence = false): string {
  const t = translator(lang);
  return inSentence ? `${t('versionWord')} ${formatDate(date, lang)}` : t('versionOf', { date: formatDate(date, lang) });
}

/** Newest first. */
export function sortVersions<T extends { date: string }>(versions: readonly T[]): T[] {
  return [...versions].sort((a, b) => b.date.localeCompare(a.date));
}

/** The version published just before `date`, if any. */
export function previousVersion<T extends { date: string }>(versions: readonly T[], date: string): T | undefined {
  return sortVersions(versions).find((version) => version.date < date);
}

type FrozenName = keyof FrozenRecords;

/**
 * Fields no page shows, left out of what a version freezes: the grammatical number of an actor's name (used by the
 * chart's sentences). A change to it does not change what a page says.
 */
const NOT_ON_PAGES: Partial<Record<FrozenName, readonly string[]>> = { actors: ['plural'] };

function withoutFields<T extends object>(record: T, fields: readonly string[]): T {
  if (!fields.some((field) => field in record)) return record;
  return Object.fromEntries(Object.entries(record).filter(([key]) => !fields.includes(key))) as T;
}

/** Ids each MDX component in a page body refers to, by collection. */
export function referencedIds(body: string): Record<FrozenName, Set<string>> {
  const ids: Record<FrozenName, Set<string>> = { sources: new Set(), terms: new Set(), actors: new Set(), figures: new Set() };
  for (const { collection, id } of mdxReferences(body)) ids[collection].add(id);
  return ids;
}

/**
 * The records a page shows, to freeze with it: those its text names, whole collections its list components show,
 * and what those records name in turn (a term's related terms and sources, an actor's or figure's sources).
 */
export function recordsShown(bodies: readonly string[], data: Pick<CheckedData, FrozenName>): FrozenRecords {
  const wanted: Record<FrozenName, Set<string>> = { sources: new Set(), terms: new Set(), actors: new Set(), figures: new Set() };
  for (const body of bodies) {
    for (const [name, ids] of Object.entries(referencedIds(body)) as [FrozenName, Set<string>][]) ids.forEach((id) => wanted[name].add(id));
    for (const [component, name] of Object.entries(LISTING_COMPONENTS)) {
      if (usesComponent(body, component)) data[name].forEach((record) => wanted[name].add(record.id));
    }
  }
  // Related terms may name further terms: follow them until nothing is added.
  let size = -1;
  while (size !== wanted.terms.size) {
    size = wanted.terms.size;
    data.terms.filter((term) => wanted.terms.has(term.id)).forEach((term) => term.see_also.forEach((id) => wanted.terms.add(id)));
  }
  for (const name of ['terms', 'actors', 'figures'] as const) {
    data[name].filter((record) => wanted[name].has(record.id)).forEach((record) => record.sources.forEach((id) => wanted.sources.add(id)));
  }
  // By id, so the same records always freeze the same way, whatever order the data came in.
  const pick = <N extends FrozenName>(name: N) =>
    data[name]
      .filter((record) => wanted[name].has(record.id))
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((record) => withoutFields(record, NOT_ON_PAGES[name] ?? [])) as FrozenRecords[N];
  return { sources: pick('sources'), terms: pick('terms'), actors: pick('actors'), figures: pick('figures') };
}
