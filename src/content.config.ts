import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { loadCheckedContent } from './lib/read-content.ts';
import { dataSchemas, pageSchema, type DataCollection } from './lib/schemas.ts';

/** CONTENT_DIR points the build at another content folder (the tests use broken fixtures). */
const root = fileURLToPath(new URL('..', import.meta.url));
const contentDir = resolve(root, process.env.CONTENT_DIR ?? 'content');

// The whole content set is checked together before any collection loads, so that a dangling reference
// anywhere fails the build with every problem listed, each naming file, record and field.
const checked = loadCheckedContent(contentDir, root);

function dataCollection<K extends DataCollection>(name: K) {
  return defineCollection({
    loader: async () => checked.data[name].map((record) => ({ ...record })),
    schema: dataSchemas[name],
  });
}

export const collections = {
  actors: dataCollection('actors'),
  relations: dataCollection('relations'),
  events: dataCollection('events'),
  terms: dataCollection('terms'),
  sources: dataCollection('sources'),
  figures: dataCollection('figures'),
  pages: defineCollection({
    loader: glob({
      base: resolve(contentDir, 'pages'),
      pattern: '{nl,en}/*.mdx',
      generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
    }),
    schema: pageSchema,
  }),
};
