// Checks the content folder without building the site: `npm run validate [-- <dir>]`. Problems fail it, as they
// would fail CI: a broken record or page, a published address that no longer exists, a new page not yet in the list of
// permanent addresses. Warnings are printed and do not: an expected event whose date has passed, claims about the
// present older than a year (judged against BUILD_DATE or today), new anchors to list, chart rows to recompute.
import { resolve } from 'node:path';
import { printStaleClaims, printWarnings, readContent } from '../src/model/read-content.ts';
import { buildDate } from '../src/model/build-date.ts';
import { staleClaims } from '../src/model/as-of.ts';
import { formatProblem, type Problem } from '../src/model/content-check.ts';
import { readVersions } from '../src/features/versions/build/read-versions.ts';
import { readDataStates } from '../src/features/versions/build/read-data-states.ts';
import { comparePermalinks } from '../src/model/permalink-plan.ts';
import { chartRecords } from '../src/features/orgchart/views.ts';
import { rowProblems, staleRowsMessage } from '../src/features/orgchart/build/rows.ts';
import { PERMALINKS_FILE, contentPermalinks, listedPermalinks, redirectedPaths } from './lib/content-permalinks.ts';

const dir = resolve(process.argv[2] ?? 'content');
const content = readContent(dir, process.cwd());
const { data, pages, warnings } = content;
const versions = readVersions(dir, content, process.cwd());
const problems: Problem[] = [...content.problems, ...versions.problems, ...readDataStates(dir, process.cwd()).problems];
const notes: string[] = [];
const counts = Object.entries(data).map(([name, records]) => `${records.length} ${name}`).join(', ');
console.log(`Content in ${dir}: ${counts}, ${pages.length} pages, ${versions.versions.length} published versions.`);
printWarnings(warnings);
printStaleClaims(content.claims, buildDate());
if (warnings.length) notes.push(`${warnings.length} warning(s)`);
const toRecheck = staleClaims(content.claims, buildDate()).length;
if (toRecheck) notes.push(`${toRecheck} claim(s) to re-check`);

// The permanent addresses: only for the project's own content folder, whose list tests/permalinks.txt is.
if (problems.length === 0 && dir === resolve('content')) {
  const moved = redirectedPaths();
  const { added, removed } = comparePermalinks(contentPermalinks(dir, content), listedPermalinks());
  for (const address of removed.filter((line) => !moved.has(line.split('#')[0]))) {
    problems.push({
      file: PERMALINKS_FILE,
      message:
        `the published address ${address} no longer exists. Letters may cite it: put back the heading with its anchor ` +
        `{#${address.split('#')[1] ?? '…'}}, or the record; a page that moved gets a line in content/redirects.yml`,
    });
  }
  const newPages = added.filter((address) => !address.address.includes('#'));
  for (const page of newPages) {
    problems.push({ file: page.file, line: page.line, record: page.record, message: `makes the new page ${page.address}, not yet in ${PERMALINKS_FILE}: run npm run permalinks -- --add` });
  }
  const newAnchors = added.length - newPages.length;
  if (newAnchors) {
    console.warn(`Content warning: ${newAnchors} new permanent anchor(s), not yet in ${PERMALINKS_FILE}: run npm run permalinks -- --add`);
    notes.push(`${newAnchors} new anchor(s) to list`);
  }
}

// The rows of the chart: a new organisation is placed by itself, but the rows searched for fewest crossings are better.
const chart = chartRecords(data.actors, data.relations);
const stale = rowProblems(chart.actors, chart.relations);
if (stale.length && content.problems.length === 0) {
  console.warn(`Content warning: ${staleRowsMessage(stale)}`);
  notes.push('chart rows to recompute');
}

if (problems.length) {
  console.error(`${problems.length} problem(s):`);
  for (const problem of problems) console.error(`  - ${formatProblem(problem)}`);
  process.exit(1);
}
console.log(notes.length ? `No problems found; ${notes.join(', ')} above.` : 'No problems found.');
