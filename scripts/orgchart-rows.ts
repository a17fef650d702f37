// `npm run rows`: searches the rows of the org chart for the fewest crossing edges and writes them, by actor id, to
// src/features/orgchart/rows.json: a layout result, owned by the chart, not content. Offline: the build lays out
// once with the committed rows and never runs this. Run it when `npm run validate` says the rows are stale.
// By default only the organisations whose rows must change move (a new one, or one in a row that no longer fits),
// for 20 seconds; `--all` lets every organisation move (`--seconds 240`).
//   npm run rows [-- --all] [-- --seconds 20] [-- --check]
// --check only prints the state of the committed rows and the figures of the chart they give.
import { writeFileSync } from 'node:fs';
import { readContent } from '../src/model/read-content.ts';
import { layoutOrgChart } from '../src/features/orgchart/build/layout.ts';
import { actorsToPlace, assignRows, rowProblems, CHART_ROWS, MAX_PER_ROW } from '../src/features/orgchart/build/rows.ts';
import { chartRecords } from '../src/features/orgchart/views.ts';
import { crossingPairs, edgesThroughBoxes, smallestParallelGap } from '../src/features/orgchart/build/geometry.ts';
import { BAND_LABEL } from '../src/model/labels.ts';

const args = process.argv.slice(2);
const seconds = (args.includes('--seconds') && Number(args[args.indexOf('--seconds') + 1])) || (args.includes('--all') ? 240 : 20);
const contentDir = 'content';
const content = readContent(contentDir);
if (content.problems.length) {
  console.error('Fix the content first: npm run validate');
  process.exit(1);
}
// The chart draws the organisations that still exist (src/features/orgchart/views.ts).
const data = { ...content.data, ...chartRecords(content.data.actors, content.data.relations) };
const names = new Map(data.actors.map((a) => [a.id, a.name]));

type Rows = Map<string, number>;

async function score(rows: Rows): Promise<{ crossings: number; height: number; width: number; gap: number; value: number }> {
  const layout = await layoutOrgChart(data.actors, data.relations, (id) => names.get(id)!, (band) => BAND_LABEL[band], { rows: Object.fromEntries(rows) });
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
const movable = args.includes('--all') ? new Set(rows.keys()) : actorsToPlace(data.actors, data.relations);
const ids = [...rows.keys()].filter((id) => movable.has(id)).sort();
if (ids.length === 0) {
  console.log('Every organisation has a row that fits: nothing to do (npm run rows -- --all searches all rows again).');
  process.exit(0);
}
console.log(`moving ${ids.length} organisation(s) for ${seconds} s: ${ids.join(', ')}`);
const deadline = Date.now() + seconds * 1000;
let tries = 0;
while (Date.now() < deadline) {
  const candidate = new Map(rows);
  const a = ids[Math.floor(random() * ids.length)];
  const sameBand = [...rows.keys()].filter((id) => id !== a && band.get(id) === band.get(a));
  const rowsInBand = Math.max(...sameBand.map((id) => rows.get(id)!), rows.get(a)!);
  const swappable = sameBand.filter((id) => movable.has(id));
  if (random() < 0.5 && swappable.length) {
    const b = swappable[Math.floor(random() * swappable.length)];
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

// The rows of every organisation of the content, by id: the drawn ones as searched, an ended one as it was.
const changed = [...rows].filter(([id, row]) => CHART_ROWS[id] !== row);
const written = Object.fromEntries(
  content.data.actors
    .map((a) => [a.id, rows.get(a.id) ?? CHART_ROWS[a.id]] as const)
    .filter(([, row]) => row !== undefined)
    .sort(([a], [b]) => a.localeCompare(b)),
);
writeFileSync(new URL('../src/features/orgchart/rows.json', import.meta.url), `${JSON.stringify(written, null, 2)}\n`);
console.log(changed.length ? `wrote the rows of ${changed.map(([id, row]) => `${id} (row ${row})`).join(', ')} to src/features/orgchart/rows.json` : 'no row changed');
