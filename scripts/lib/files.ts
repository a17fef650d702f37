/** The one walk over a directory tree that the scripts and tests share. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Every file (not directory) below `dir`, at any depth, as paths starting with `dir`, sorted. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}
