// Prints every published URL and permanent #anchor found in dist/, one per line, sorted.
// Use it to add new lines to tests/permalinks.txt; never remove a line from that file (see README).
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { DIST, htmlPages, isErrorPage } from '../tests/dist/site-files.ts';
import { filesUnder } from './lib/deploy-files.ts';
import { permanentAnchors } from './lib/permalinks.ts';
import { parse } from 'yaml';

const lines = new Set<string>();
for (const { path, file } of htmlPages()) {
  if (isErrorPage(path)) continue;
  lines.add(path);
  for (const anchor of permanentAnchors(readFileSync(file, 'utf8'))) lines.add(`${path}#${anchor}`);
}
// The open data files are promised addresses too (/data/ says so).
for (const file of filesUnder(`${DIST}/data`)) if (!/\.(html|gz|br)$/.test(file)) lines.add(`/${relative(DIST, file)}`);
for (const from of Object.keys(parse(readFileSync('content/redirects.yml', 'utf8')) ?? {})) lines.add(from);
console.log([...lines].sort().join('\n'));
