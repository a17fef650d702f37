// Writes the table of allowed values into content/README.md, between <!-- allowed-values:start --> and
// <!-- allowed-values:end -->, from src/model/vocabulary.ts and src/model/labels.ts: `npm run guide`. Running it again
// changes nothing. src/model/content-guide.test.ts fails while the README holds another table.
import { readFileSync, writeFileSync } from 'node:fs';
import { withAllowedValues } from '../src/model/content-guide.ts';

const file = 'content/README.md';
const before = readFileSync(file, 'utf8');
const after = withAllowedValues(before);
if (after === before) {
  console.log(`${file}: the table of allowed values is up to date.`);
} else {
  writeFileSync(file, after);
  console.log(`${file}: wrote the table of allowed values.`);
}
