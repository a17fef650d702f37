/**
 * One layout per set of records in a build. Laying out the chart is the heaviest part of the build, and the same
 * records are drawn several times: in each language, in the embed, and on a dated state whose data equals today's.
 * The key is a hash of the records the chart draws (without `as_of`, which the chart does not show and the live
 * records derive only for /data/), in id order, so the order they were read in does not matter.
 */
import { createHash } from 'node:crypto';

const layouts = new Map<string, Promise<unknown>>();

function inputsKey(actors: readonly object[], relations: readonly object[]): string {
  const canonical = (records: readonly object[]) =>
    records
      .map((record) => Object.fromEntries(Object.entries(record).filter(([key, value]) => key !== 'as_of' && value !== undefined).sort(([a], [b]) => a.localeCompare(b))))
      .sort((a, b) => String(a.id).localeCompare(String(b.id)));
  return createHash('sha256').update(JSON.stringify([canonical(actors), canonical(relations)])).digest('hex');
}

export function cachedLayouts<T>(actors: readonly object[], relations: readonly object[], lay: () => Promise<T>): Promise<T> {
  const key = inputsKey(actors, relations);
  if (!layouts.has(key)) layouts.set(key, lay());
  return layouts.get(key) as Promise<T>;
}
