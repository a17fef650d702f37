// Searches the rows of the org chart for the fewest crossing edges and writes them as `chart_row` into the actor
// files (content/data/actors/*.yml), keeping their comments and layout. Offline: the build lays out once with the
// committed rows and never runs this. Run it after adding actors or relations (the build warns when rows are stale):
//   node scripts/orgchart-rows.ts [--minutes 4] [--check]
// --check only prints the state of the committed rows and the figures of the chart they give.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument, isMap, isSeq } from 'yaml';
import { readContent } from '../src/lib/read-content.ts';
import { layoutOrgChart } from '../src/lib/orgchart-layout.ts';
import { assignRows, rowProblems, MAX_PER_ROW, type RowActor } from '../src/lib/orgchart-rows.ts';
import { crossingPairs, edgesThroughBoxes, smallestParallelGap } from '../src/lib/orgchart-geometry.ts';
import { BAND_LABEL } from '../src/lib/labels.ts';

const args = process.argv.slice(2);
const minutes = Number(args[args.indexOf('--minutes') + 1]) || 4;
const contentDir = 'content';
const { data, problems } = readContent(contentDir);
if (problems.length) throw new Error('Fix the content first: npm run validate');
const names = new Map(data.actors.map((a) => [a.id, a.name]));

type Rows = Map<string, number>;
const withRows = (rows: Rows): RowActor[] => data.actors.map((a) => ({ ...a, chart_row: rows.get(a.id) }));

async function score(rows: Rows): Promise<{ crossings: number; height: number; width: number; gap: number; value: number }> {
  const layout = await layoutOrgChart(withRows(rows), data.relations, (id) => names.get(id)!, (band) => BAND_LABEL[band]);
  const crossings = crossingPairs(layout.edges).length;
  const { gap } = smallestParallelGap(layout.edges);
  // Crossings first, then a smaller chart (100 px of height or 250 px of width weigh as much as a crossing); parallel
  // edges closer than 10 px and edges through boxes are as bad as many crossings.
  const boxes = [...layout.nodes, ...layout.bands.map((b) => ({ id: `band:${b.band}`, ...b.label }))];
  // A chosen actor's own relations should cross at most twice.
  const tangled = data.actors.filter((a) => crossingPairs(layout.edges.filter((e) => e.from === a.id || e.to === a.id)).length > 2).length;
  const penalty = (gap < 10 ? 50 : 0) + 50 * edgesThroughBoxes(layout.edges, boxes).length + 20 * tangled;
  return { crossings, height: layout.height, width: layout.width, gap, value: crossings + layout.height / 100 + layout.width / 250 + penalty };
}

const committed = new Map(assignRows(data.actors, data.relations).entries().map(([id, place]) => [id, place.row]));
const stale = rowProblems(data.actors, data.relations);
let best = await score(committed);
console.log(`committed rows: ${stale.length ? stale.join('; ') : 'valid'}`);
console.log(`  ${best.crossings} crossing pairs, ${best.width}×${best.height} px, parallel edges ${best.gap} px apart or more`);
if (args.includes('--check')) process.exit(0);

// Local search: move one actor to another row of its band, or swap two, keeping every row free of relations and
// at most MAX_PER_ROW full; keep a change when the chart gets better. Seeded, so a run can be repeated.
const neighbours = new Map<string, Set<string>>(data.actors.map((a) => [a.id, new Set()]));
for (const r of data.relations) {
  neighbours.get(r.from)?.add(r.to);
  neighbours.get(r.to)?.add(r.from);
}
const band = new Map([...assignRows(data.actors, data.relations)].map(([id, place]) => [id, place.band]));
let seed = 7;
const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
const valid = (rows: Rows) => {
  const members = new Map<string, string[]>();
  for (const [id, row] of rows) members.set(`${band.get(id)}/${row}`, [...(members.get(`${band.get(id)}/${row}`) ?? []), id]);
  return [...members.values()].every((ids) => ids.length <= MAX_PER_ROW && ids.every((id) => ids.every((other) => !neighbours.get(id)!.has(other))));
};
let rows = new Map(committed);
const ids = [...rows.keys()].sort();
const deadline = Date.now() + minutes * 60_000;
let tries = 0;
while (Date.now() < deadline) {
  const candidate = new Map(rows);
  const a = ids[Math.floor(random() * ids.length)];
  const sameBand = ids.filter((id) => id !== a && band.get(id) === band.get(a));
  const rowsInBand = Math.max(...sameBand.map((id) => rows.get(id)!), rows.get(a)!);
  if (random() < 0.5 && sameBand.length) {
    const b = sameBand[Math.floor(random() * sameBand.length)];
    candidate.set(a, rows.get(b)!);
    candidate.set(b, rows.get(a)!);
  } else candidate.set(a, 1 + Math.floor(random() * (rowsInBand + 1)));
  // Row numbers stay 1..n without gaps in each band.
  const used = [...new Set(sameBand.concat(a).map((id) => candidate.get(id)!))].sort((x, y) => x - y);
  for (const id of sameBand.concat(a)) candidate.set(id, used.indexOf(candidate.get(id)!) + 1);
  if (!valid(candidate)) continue;
  tries++;
  const result = await score(candidate);
  if (result.value < best.value) {
    best = result;
    rows = candidate;
    console.log(`  try ${tries}: ${best.crossings} crossing pairs, ${best.width}×${best.height} px, gap ${best.gap} px`);
  }
}
console.log(`best after ${tries} layouts: ${best.crossings} crossing pairs, ${best.width}×${best.height} px, gap ${best.gap} px`);

// Write chart_row into each actor record, leaving everything else in the files as it was.
const dir = join(contentDir, 'data', 'actors');
for (const file of readdirSync(dir).filter((name) => name.endsWith('.yml')).map((name) => join(dir, name))) {
  const doc = parseDocument(readFileSync(file, 'utf8'));
  if (!isSeq(doc.contents)) continue;
  doc.contents.items.forEach((item, index) => {
    const id = isMap(item) ? String(doc.getIn([index, 'id'])) : '';
    if (rows.has(id)) doc.setIn([index, 'chart_row'], rows.get(id));
  });
  writeFileSync(file, doc.toString({ lineWidth: 0 }));
}
console.log(`wrote chart_row into ${dir}/*.yml`);
