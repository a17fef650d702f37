/** The list of content changes (content/data/changes/): where it is published and in which order. */
import type { Change, Lang } from '../../../model/schemas.ts';
import { sectionUrl } from '../../../routes/routes.ts';

export function changesUrl(lang: Lang): string {
  return sectionUrl(lang, 'changes');
}

/** The Atom feed beside the page: /wijzigingen.xml, /en/changes.xml. */
export function changesFeedUrl(lang: Lang): string {
  return `${changesUrl(lang).replace(/\/$/, '')}.xml`;
}

/** Newest first; on the same day, by id, so the order never depends on file order. */
export function sortChanges<T extends Pick<Change, 'date' | 'id'>>(changes: readonly T[]): T[] {
  return [...changes].sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
}
