// Checks the content folder without building the site: `npm run validate [-- <dir>]`. Problems fail it; warnings
// (an expected event whose date has passed, claims about the present older than a year, judged against BUILD_DATE
// or today) are printed and do not.
import { resolve } from 'node:path';
import { printStaleClaims, printWarnings, readContent } from '../src/lib/read-content.ts';
import { buildDate } from '../src/lib/build-date.ts';
import { staleClaims } from '../src/lib/as-of.ts';
import { formatProblem } from '../src/lib/content-check.ts';
import { readVersions } from '../src/lib/read-versions.ts';

const dir = resolve(process.argv[2] ?? 'content');
const content = readContent(dir, process.cwd());
const { data, pages, warnings } = content;
const versions = readVersions(dir, content, process.cwd());
const problems = [...content.problems, ...versions.problems];
const counts = Object.entries(data).map(([name, records]) => `${records.length} ${name}`).join(', ');
console.log(`Content in ${dir}: ${counts}, ${pages.length} pages, ${versions.versions.length} published versions.`);
printWarnings(warnings);
printStaleClaims(content.claims, buildDate());
const toRecheck = staleClaims(content.claims, buildDate()).length;
if (problems.length) {
  console.error(`${problems.length} problem(s):`);
  for (const problem of problems) console.error(`  - ${formatProblem(problem)}`);
  process.exit(1);
}
const notes = [warnings.length && `${warnings.length} warning(s)`, toRecheck && `${toRecheck} claim(s) to re-check`].filter(Boolean);
console.log(notes.length ? `No problems found; ${notes.join(' and ')} above.` : 'No problems found.');
