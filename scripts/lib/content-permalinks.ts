/**
 * The permanent addresses of the content as it is now (src/model/permalink-plan.ts), read from disk, and the list
 * that promises them (tests/permalinks.txt): shared by `npm run validate` and `npm run permalinks -- --add`.
 */
import { readDataStates } from '../../src/features/versions/build/read-data-states.ts';
import { actorPageDates, stateRecords } from '../../src/features/versions/build/data-states.ts';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CheckResult } from '../../src/model/content-check.ts';
import { readVersions } from '../../src/features/versions/build/read-versions.ts';
import { plannedAddresses, type PlannedAddress } from '../../src/model/permalink-plan.ts';
import { readRedirects } from '../../src/routes/redirects.ts';

export const PERMALINKS_FILE = 'tests/permalinks.txt';

export function listedPermalinks(file = PERMALINKS_FILE): string[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));
}

export function contentPermalinks(contentDir: string, content: CheckResult, root = process.cwd()): PlannedAddress[] {
  const { versions } = readVersions(contentDir, content, root);
  const states = readDataStates(contentDir, root).states;
  const actorPages = actorPageDates(states.map((state) => ({ date: state.date, records: stateRecords(state.files) })));
  return plannedAddresses({
    pages: content.pages,
    records: content.data,
    origin: (collection, id) => content.locate(collection as never, id),
    versions: versions.map((version) => ({
      page: version.page,
      date: version.date,
      paths: { nl: version.pages.nl.path, en: version.pages.en.path },
      folder: join('content', 'versions', version.page, version.date),
    })),
    dataStates: states.map((state) => ({
      date: state.date,
      folder: join('content', 'versions', 'data', state.date),
      files: Object.keys(state.files),
      actors: [...actorPages].filter(([, dates]) => dates.includes(state.date)).map(([id]) => id),
    })),
  });
}

/** Paths that moved: a listed address of theirs lives on as a redirect. */
export function redirectedPaths(): Set<string> {
  return new Set(Object.keys(readRedirects()));
}
