/**
 * `npm run version-pdfs [-- <page key>[/<date>]]`: makes the PDF edition of every published version that has none
 * yet (or only a preview edition while the build has the public origin), from the build in dist/. Run
 * `npm run build` first (with SITE_URL for the public edition). `npm run publish-version` does this by itself.
 */
import { resolve } from 'node:path';
import { makeVersionPdfs } from '../src/features/pdf-edition/build/make-pdfs.ts';
import { distDir } from './lib/test-env.ts';

const only = process.argv[2];
const made = await makeVersionPdfs({
  contentDir: resolve(process.env.CONTENT_DIR ?? 'content'),
  distDir: distDir(),
  only: only ? (folder) => `${folder.key}/${folder.date}`.startsWith(only) : undefined,
  log: console.log,
});
console.log(made.length ? `Made ${made.length} PDFs.` : 'Every published version has its PDF edition already.');
