// Checks the content folder without building the site: `npm run validate [-- <dir>]`.
import { resolve } from 'node:path';
import { readContent } from '../src/lib/read-content.ts';
import { formatProblem } from '../src/lib/content-check.ts';

const dir = resolve(process.argv[2] ?? 'content');
const { data, pages, problems } = readContent(dir, process.cwd());
const counts = Object.entries(data).map(([name, records]) => `${records.length} ${name}`).join(', ');
console.log(`Content in ${dir}: ${counts}, ${pages.length} pages.`);
if (problems.length) {
  console.error(`${problems.length} problem(s):`);
  for (const problem of problems) console.error(`  - ${formatProblem(problem)}`);
  process.exit(1);
}
console.log('No problems found.');
