// `npm run permalinks`: prints every published URL and permanent #anchor found in dist/ (after a build), sorted.
// `npm run permalinks -- --add`: adds to tests/permalinks.txt the addresses the content makes that it does not list
// yet (pages, their headings' anchors, organisations, events, terms, sources, changes, versions), worked out from
// the content without a build. It never removes a line (see README, "Stable links").
import { appendFileSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { DIST, htmlPages, isErrorPage } from '../tests/dist/site-files.ts';
import { filesUnder } from './lib/files.ts';
import { permanentAnchors } from './lib/permalinks.ts';
import { readContent, ContentError } from '../src/model/read-content.ts';
import { comparePermalinks } from '../src/model/permalink-plan.ts';
import { dataFileUrl } from '../src/routes/routes.ts';
import { PERMALINKS_FILE, contentPermalinks, listedPermalinks } from './lib/content-permalinks.ts';

if (process.argv.includes('--add')) {
  const content = readContent('content', process.cwd());
  if (content.problems.length) {
    console.error(new ContentError(content.problems).message);
    console.error('Fix these first (npm run validate), then add the addresses.');
    process.exit(1);
  }
  const { added } = comparePermalinks(contentPermalinks('content', content), listedPermalinks());
  const lines = [...new Set(added.map((address) => address.address))];
  if (lines.length) appendFileSync(PERMALINKS_FILE, `${lines.join('\n')}\n`);
  console.log(lines.length ? `Added ${lines.length} address(es) to ${PERMALINKS_FILE}:\n${lines.map((line) => `  ${line}`).join('\n')}` : `${PERMALINKS_FILE} already lists every address of the content.`);
} else {
  const lines = new Set<string>();
  for (const { path, file } of htmlPages()) {
    if (isErrorPage(path)) continue;
    lines.add(path);
    for (const anchor of permanentAnchors(readFileSync(file, 'utf8'))) lines.add(`${path}#${anchor}`);
  }
  // The open data files are promised addresses too (/data/ says so).
  for (const file of filesUnder(join(DIST, dataFileUrl()))) if (!/\.(html|gz|br)$/.test(file)) lines.add(`/${relative(DIST, file)}`);
  for (const from of Object.keys(parse(readFileSync('content/redirects.yml', 'utf8')) ?? {})) lines.add(from);
  console.log([...lines].sort().join('\n'));
}
