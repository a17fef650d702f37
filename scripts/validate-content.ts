// Checks the content folder without building the site: `npm run validate [-- <dir>]`. Problems fail it; warnings
// (an expected event whose date has passed, judged against BUILD_DATE or today) are printed and do not.
import { resolve } from 'node:path';
import { printWarnings, readContent } from '../src/lib/read-content.ts';
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
if (problems.length) {
  console.error(`${problems.length} problem(s):`);
  for (const problem of problems) console.error(`  - ${formatProblem(problem)}`);
  process.exit(1);
}
console.log(warnings.length ? `No problems found; ${warnings.length} warning(s) above.` : 'No problems found.');
