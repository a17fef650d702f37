/** The order of the list of content changes (content/data/changes/); its address is in src/routes/routes.ts. */
import type { Change } from '../../../model/schemas.ts';

/** Newest first; on the same day, by id, so the order never depends on file order. */
export function sortChanges<T extends Pick<Change, 'date' | 'id'>>(changes: readonly T[]): T[] {
  return [...changes].sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
}
