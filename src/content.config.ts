import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { z } from 'astro/zod';
import type { Loader } from 'astro/loaders';
import { ContentError, loadCheckedContent, recheckedContent } from './model/read-content.ts';
import type { CheckResult } from './model/content-check.ts';
import { setDevProblems } from './model/dev-problems.ts';
import { loadCheckedVersions } from './features/versions/build/read-versions.ts';
import { loadCheckedDataStates } from './features/versions/build/read-data-states.ts';
import { dataSchemas, pageSchema, versionSchema, type DataCollection } from './model/schemas.ts';

/** CONTENT_DIR points the build at another content folder (the tests use broken fixtures). */
const root = fileURLToPath(new URL('..', import.meta.url));
const contentDir = resolve(root, process.env.CONTENT_DIR ?? 'content');

// The whole content set is checked together before any collection loads, so that a dangling reference
// anywhere fails the build with every problem listed, each naming file, record and field. A build prints the list
// and stops, without a stack trace that would point editors at this file; the dev server shows it as an error.
function orStop<T>(check: () => T): T {
  try {
    return check();
  } catch (error) {
    if (error instanceof ContentError && process.argv.includes('build')) {
      console.error(`\n${error.message}\n\nThe site was not built. Fix the content above (npm run validate checks it in a second).`);
      process.exit(1);
    }
    throw error;
  }
}
const checked = orStop(() => loadCheckedContent(contentDir, root));
// Published versions are checked against the records frozen with them and against the change log.
const versions = orStop(() => loadCheckedVersions(contentDir, checked, root));
// So are the dated states of the data: a frozen file that changed after publication stops the build, naming it.
const dataStates = orStop(() => loadCheckedDataStates(contentDir, root));

/**
 * Records come from the checked set; the schema is given again so Astro types each collection. In `npm run dev` the
 * data files are watched: an edit is checked as a whole again and, when it is valid, replaces the records (the page
 * reloads); when it is not, the records stay as they were and the problems show on every page (src/model/dev-problems.ts).
 */
const records = (name: DataCollection): Loader => ({
  name: `checked-${name}`,
  load: async ({ store, parseData, watcher, logger }) => {
    const fill = async (result: CheckResult) => {
      store.clear();
      for (const record of result.data[name]) store.set({ id: record.id, data: await parseData({ id: record.id, data: { ...record } }) });
    };
    await fill(checked);
    if (!watcher) return;
    const dataDir = resolve(contentDir, 'data');
    watcher.add(dataDir);
    const reload = async (path: string) => {
      if (!path.startsWith(dataDir) || !path.endsWith('.yml')) return;
      const result = recheckedContent(contentDir, root);
      setDevProblems(result.problems);
      // Every collection rechecks; one of them says so in the terminal.
      if (result.problems.length && name === 'actors') logger.error(new ContentError(result.problems).message);
      else await fill(result);
    };
    for (const event of ['change', 'add', 'unlink'] as const) watcher.on(event, reload);
  },
});

export const collections = {
  actors: defineCollection({ loader: records('actors'), schema: dataSchemas.actors }),
  relations: defineCollection({ loader: records('relations'), schema: dataSchemas.relations }),
  events: defineCollection({ loader: records('events'), schema: dataSchemas.events }),
  terms: defineCollection({ loader: records('terms'), schema: dataSchemas.terms }),
  sources: defineCollection({ loader: records('sources'), schema: dataSchemas.sources }),
  figures: defineCollection({ loader: records('figures'), schema: dataSchemas.figures }),
  changes: defineCollection({ loader: records('changes'), schema: dataSchemas.changes }),
  pages: defineCollection({
    loader: glob({
      base: resolve(contentDir, 'pages'),
      pattern: '{nl,en}/*.mdx',
      generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
    }),
    schema: pageSchema,
  }),
  /** The frozen text of each version: <page key>/<date>/<lang>. */
  versions: defineCollection({
    loader: glob({
      base: resolve(contentDir, 'versions'),
      pattern: '*/*/{nl,en}.mdx',
      generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
    }),
    schema: pageSchema,
  }),
  /** The rest of each version (data.yml): its change and the records it shows; id <page key>/<date>. */
  versionData: defineCollection({
    loader: async () => versions.map(({ pages: _pages, ...version }) => ({ id: `${version.page}/${version.date}`, ...version })),
    schema: versionSchema.extend({ id: z.string() }),
  }),
  /** The dated states of the data (content/versions/data/<date>/): id the date, the frozen files by path. */
  dataStates: defineCollection({
    loader: async () => dataStates.map((state) => ({ id: state.date, ...state })),
    schema: z.object({ id: z.string(), date: z.string(), files: z.record(z.string(), z.string()) }),
  }),
};
