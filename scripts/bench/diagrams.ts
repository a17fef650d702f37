// Bench of the two diagrams with synthetic data: 500 actors and 1,500 relations; 2,000 events.
// Prints build-time layout times, SVG bytes, and in Chromium the time to enhance and to answer an interaction;
// for the timeline also how many labels collide or are cut (both should be 0 at every zoom level).
// For the org chart, on the real data (from content/ and, when built, dist/) and the synthetic data: crossing pairs
// among what is drawn in full at first sight, edges through a box, the smallest name at first sight; and of the
// explorer's first view at 1,280 × 900 (the overview, issue 20): organisations wholly on the first screen with the
// chart's top at the window's top, the drawing's height, the time to lay out the overview and the focus views.
// Run alone: node scripts/bench/diagrams.ts (builds a synthetic site into a temp folder; takes a few minutes).
import { mkdtempSync, mkdirSync, writeFileSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { stringify } from 'yaml';
import { computeOrgChartLayout, type OrgChartLayout } from '../../src/features/orgchart/build/layout.ts';
import { explorerLayouts } from '../../src/features/orgchart/build/focus.ts';
import { crossingPairs, edgesThroughBoxes } from '../../src/features/orgchart/build/geometry.ts';
import { relationInView } from '../../src/features/orgchart/views.ts';
import { readContent } from '../../src/model/read-content.ts';
import { BAND_LABEL } from '../../src/model/labels.ts';
import { DEFAULT_TIMELINE, labelCollisions, layoutTimeline } from '../../src/features/timeline/build/layout.ts';
import { zoomLevels } from '../../src/features/timeline/levels.ts';
import { dejaVuSansMetrics, measureText } from '../../src/features/diagram/build/font-metrics.ts';
import { ACTOR_KINDS, LEVELS, DOMAINS, RELATION_TYPES, RELATION_STATES, EVENT_KINDS, LANES } from '../../src/model/vocabulary.ts';
import { startStaticServer } from '../lib/static-server.ts';
import { chromiumPath, CHROMIUM_ARGS, distDir } from '../lib/test-env.ts';

const ACTORS = 500;
const RELATIONS = 1500;
const EVENTS = 2000;

let seed = 42;
const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
const text = (nl: string) => ({ nl, en: `${nl} (en)` });

const actors = Array.from({ length: ACTORS }, (_, i) => ({
  id: `actor-${i}`,
  name: text(`Organisatie ${i} ${pick(['voor opvang', 'voor opsporing', 'voor beleid', 'in de regio', 'landelijk'])}`),
  kind: pick(ACTOR_KINDS),
  level: pick(LEVELS),
  domains: [pick(DOMAINS)],
  summary: text('Een organisatie.'),
  role_now: text('Doet iets.'),
  sources: ['bron'],
  in_views: random() < 0.05 ? ['voorgesteld'] : ['huidig', 'voorgesteld'],
}));
// Each relation once (the content check refuses the same from, to, type and state twice).
const relationKeys = new Set<string>();
const relations: { id: string; from: string; to: string; type: (typeof RELATION_TYPES)[number]; state: (typeof RELATION_STATES)[number]; sources: string[]; basis: string }[] = [];
while (relations.length < RELATIONS) {
  const from = Math.floor(random() * ACTORS);
  const to = (from + 1 + Math.floor(random() * (ACTORS - 1))) % ACTORS;
  const relation = { id: `relatie-${relations.length}`, from: `actor-${from}`, to: `actor-${to}`, type: pick(RELATION_TYPES), state: pick(RELATION_STATES), sources: ['bron'], basis: 'bron' };
  const key = [relation.from, relation.to, relation.type, relation.state].join(' ');
  if (relationKeys.has(key)) continue;
  relationKeys.add(key);
  relations.push(relation);
}
const events = Array.from({ length: EVENTS }, (_, i) => {
  const year = 1997 + Math.floor(random() * 30);
  const month = String(1 + Math.floor(random() * 12)).padStart(2, '0');
  const day = String(1 + Math.floor(random() * 28)).padStart(2, '0');
  const precision = random();
  const date = precision < 0.7 ? `${year}-${month}-${day}` : precision < 0.9 ? `${year}-${month}` : String(year);
  return {
    id: `gebeurtenis-${i}`,
    date,
    ...(random() < 0.05 ? { end: String(Math.min(year + 2, 2026)) } : {}),
    kind: pick(EVENT_KINDS),
    lane: pick(LANES),
    // Expected only after the bench's build date: an overdue one is a content warning, printed for each.
    status: date > '2026-11-29' ? 'verwacht' : 'gebeurd',
    title: text(`Gebeurtenis ${i} over ${pick(['de aanpak', 'een brief', 'een rapport', 'de Taskforce'])}`),
    summary: text('Er gebeurde iets.'),
    sources: ['bron'],
  };
});

const time = <T>(run: () => T): [T, number] => {
  const start = performance.now();
  const result = run();
  return [result, performance.now() - start];
};
const timeAsync = async <T>(run: () => Promise<T>): Promise<[T, number]> => {
  const start = performance.now();
  const result = await run();
  return [result, performance.now() - start];
};

/** What the overview draws in full (today's view; "werkt samen met" faint), and how readable that is. */
function chartFigures(layout: OrgChartLayout, relationList: readonly { id: string; type: string; state: (typeof RELATION_STATES)[number] }[]) {
  const byId = new Map(relationList.map((r) => [r.id, r]));
  const full = layout.edges.filter((e) => relationInView(byId.get(e.id)!.state, 'huidig') && byId.get(e.id)!.type !== 'werkt-samen-met');
  const boxes = [...layout.nodes, ...layout.bands.map((b) => ({ id: `band:${b.band}`, ...b.label }))];
  return { crossingsFull: crossingPairs(full).length, drawnFull: full.length, crossingsAll: crossingPairs(layout.edges).length, throughBoxes: edgesThroughBoxes(layout.edges, boxes).length };
}

const real = readContent('content').data;
const realNames = new Map(real.actors.map((a) => [a.id, a.name]));
const [realLayout, realLayoutMs] = await timeAsync(() => computeOrgChartLayout(real.actors, real.relations, (id) => realNames.get(id)!, (band) => BAND_LABEL[band], {}));
const realFigures = chartFigures(realLayout, real.relations);
const livingReal = real.actors.filter((a) => !a.end);
const livingIds = new Set(livingReal.map((a) => a.id));
const [realExplorer, realExplorerMs] = await timeAsync(() =>
  explorerLayouts(livingReal, real.relations.filter((r) => livingIds.has(r.from) && livingIds.has(r.to)), (id) => realNames.get(id)!, (band) => BAND_LABEL[band]),
);
const [orgLayout, orgLayoutMs] = await timeAsync(() =>
  computeOrgChartLayout(actors as never, relations, (id) => ({ nl: id, en: id }), (band) => BAND_LABEL[band], {}),
);
const orgFigures = chartFigures(orgLayout, relations);
const [orgExplorer, orgExplorerMs] = await timeAsync(() => explorerLayouts(actors as never, relations, (id) => ({ nl: id, en: id }), (band) => BAND_LABEL[band]));
const font = dejaVuSansMetrics();
const titleOf = new Map(events.map((e) => [e.id, e.title.nl]));
const [timelineLayout, timelineLayoutMs] = time(() =>
  layoutTimeline(events as never, (id) => titleOf.get(id)!, (text) => measureText(font, text, DEFAULT_TIMELINE.fontSize), { today: '2026-11-29', levels: zoomLevels([3, 10], 120) }),
);
const collisions = timelineLayout.levels.map((_, level) => labelCollisions(timelineLayout, level).length);
const cutLabels = timelineLayout.events.filter((e) => e.lines.join(' ') !== titleOf.get(e.id) || e.lines.length > 2).length;

const root = mkdtempSync(join(tmpdir(), 'gmh-bench-'));
const content = join(root, 'content');
for (const [dir, records] of Object.entries({ actors, relations, events, sources: [{ id: 'bron', title: 'Synthetische bron', publisher: 'Bench', kind: 'website' }] })) {
  mkdirSync(join(content, 'data', dir), { recursive: true });
  writeFileSync(join(content, 'data', dir, 'bench.yml'), stringify(records));
}
for (const lang of ['nl', 'en']) {
  mkdirSync(join(content, 'pages', lang), { recursive: true });
  writeFileSync(join(content, 'pages', lang, 'home.mdx'), `---\nkey: home\npath: ""\ntitle: Bench\ndescription: Bench.\nsummary:\n  - Bench.\nupdated: 2026-11-29\n---\n\nBench <Bron id="bron" />\n`);
}
const out = join(root, 'dist');
const [build, buildMs] = time(() =>
  spawnSync('npx', ['astro', 'build'], { encoding: 'utf8', maxBuffer: 1 << 28, env: { ...process.env, CONTENT_DIR: content, OUT_DIR: out, BUILD_DATE: '2026-11-29' } }),
);
if (build.status !== 0) {
  console.error(build.error ?? '', build.stdout.slice(-4000), build.stderr.slice(-4000));
  process.exit(1);
}
const svgBytes = (page: string, className: string) => {
  const html = readFileSync(join(out, page, 'index.html'), 'utf8');
  const start = html.indexOf(`<svg class="${className}"`);
  const svg = html.slice(start, html.indexOf('</svg>', start) + 6);
  return { raw: Buffer.byteLength(svg), gzip: gzipSync(svg).length, html: gzipSync(html).length };
};
const orgSvg = svgBytes('wie-doet-wat', 'orgchart-svg');
const timelineSvg = svgBytes('tijdlijn', 'timeline-svg');

const { server, url } = await startStaticServer(out);
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' })).newPage();
const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
/** Time from the action to the next frame painted after it: script, style, layout and paint together. */
const scriptTimes: number[] = [];
const interaction = (action: string) =>
  page
    .evaluate(async (code) => {
      const start = performance.now();
      new Function(code)();
      const script = performance.now() - start;
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      return [performance.now() - start, script];
    }, action)
    .then(([total, script]) => {
      scriptTimes.push(script);
      return total;
    });

/** The smallest name in a box of the chart as first drawn, in CSS px. */
const smallestLabel = () =>
  page.evaluate(() =>
    Math.min(
      ...[...document.querySelectorAll<SVGTextElement>('org-chart g.node text')]
        .filter((t) => t.getBoundingClientRect().width > 0)
        .map((t) => parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM()!.a),
    ),
  );

/** The first view as a reader gets it: the chart's top scrolled to the window's top, nothing in the URL. */
const firstScreen = async () => {
  await page.evaluate(() => document.querySelector('[data-viewport]')!.scrollIntoView({ block: 'start' }));
  return page.evaluate(() => {
    const frame = document.querySelector('[data-viewport]')!;
    const f = frame.getBoundingClientRect();
    const shown = [...frame.querySelectorAll('g.node')].filter((n) => n.getBoundingClientRect().width > 0);
    const onScreen = shown.filter((n) => {
      const r = n.getBoundingClientRect();
      return r.top >= Math.max(0, f.top) && r.left >= f.left && r.bottom <= Math.min(innerHeight, f.bottom) + 0.5 && r.right <= Math.min(innerWidth, f.right) + 0.5;
    });
    return { shown: shown.length, onScreen: onScreen.length, height: Number(frame.querySelector('svg')!.getAttribute('height')) };
  });
};

await page.goto(`${url}/wie-doet-wat/`);
await page.waitForSelector('org-chart[data-enhanced]');
const orgFirst = await firstScreen();
const orgEnhance = await page.evaluate(() => performance.getEntriesByName('org-chart:enhance')[0]?.duration ?? NaN);
const orgSmallest = await smallestLabel();
const views: number[] = [];
const types: number[] = [];
const selects: number[] = [];
for (let i = 0; i < 5; i++) {
  for (const view of ['voorgesteld', 'verschil', 'huidig']) views.push(await interaction(`document.querySelector('[data-view="${view}"]').click()`));
  for (const type of ['stuurt-aan', 'stuurt-aan']) types.push(await interaction(`document.querySelector('[data-type-toggle="${type}"]').click()`));
  selects.push(await interaction(`document.querySelectorAll('org-chart g.node')[${i * 37}].dispatchEvent(new MouseEvent('click', { bubbles: true }))`));
}

// The real chart, when the site is built.
let realSmallest = NaN;
let realFirst: Awaited<ReturnType<typeof firstScreen>> | undefined;
const realSelects: number[] = [];
const realViews: number[] = [];
const realTypes: number[] = [];
if (existsSync(join(distDir(), 'wie-doet-wat', 'index.html'))) {
  const built = await startStaticServer(distDir());
  await page.goto(`${built.url}/wie-doet-wat/`);
  await page.waitForSelector('org-chart[data-enhanced]');
  realSmallest = await smallestLabel();
  realFirst = await firstScreen();
  const ids = await page.evaluate(() => [...document.querySelectorAll<SVGGElement>('org-chart g.node[data-views~="huidig"]')].map((n) => n.dataset.id!));
  for (let i = 0; i < 5; i++) {
    // Choose an organisation (its focus view) and back to the overview, a view there and back, a kind of relation and back.
    realSelects.push(await interaction(`document.querySelector('org-chart g.node[data-id="${ids[i * 7]}"]').dispatchEvent(new MouseEvent('click', { bubbles: true }))`));
    await interaction(`document.querySelector('org-chart g.node[data-id="${ids[i * 7]}"]').dispatchEvent(new MouseEvent('click', { bubbles: true }))`);
    for (const view of ['voorgesteld', 'huidig']) realViews.push(await interaction(`document.querySelector('[data-view="${view}"]').click()`));
    for (let j = 0; j < 2; j++) realTypes.push(await interaction(`document.querySelector('[data-type-toggle="stuurt-aan"]').click()`));
  }
  built.server.close();
}

await page.goto(`${url}/tijdlijn/`);
await page.waitForSelector('time-line[data-enhanced]');
const timelineEnhance = await page.evaluate(() => performance.getEntriesByName('time-line:enhance')[0]?.duration ?? NaN);
const zooms: number[] = [];
const filters: number[] = [];
const pans: number[] = [];
for (let i = 0; i < 5; i++) {
  zooms.push(await interaction(`document.querySelector('time-line [data-zoom="in"]').click()`));
  pans.push(await interaction(`document.querySelector('time-line [data-pan="back"]').click()`));
  zooms.push(await interaction(`document.querySelector('time-line [data-zoom="out"]').click()`));
  filters.push(await interaction(`document.querySelector('time-line input[name="lanes"][value="parlement"]').click()`));
}
// As drawn in the browser: labels with an ellipsis, and labels of one lane that overlap (shown events only).
const drawn = await page.evaluate(() => {
  const labels = [...document.querySelectorAll<SVGGElement>('time-line svg.timeline-svg g.event')].filter((e) => e.getBoundingClientRect().width > 0);
  const boxes = labels.map((e) => e.querySelector('.event__label')!.getBoundingClientRect());
  let overlapping = 0;
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const [a, b] = [boxes[i], boxes[j]];
      if (a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5) overlapping += 1;
    }
  return { shown: labels.length, ellipses: [...document.querySelectorAll('time-line svg.timeline-svg .event__label')].filter((l) => l.textContent!.includes('…')).length, overlapping };
});
await browser.close();
server.close();
rmSync(root, { recursive: true, force: true });

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value: number) => `${value.toFixed(1)} ms`;
const figures = (f: ReturnType<typeof chartFigures>) =>
  `${f.crossingsFull} crossing pairs among the ${f.drawnFull} relations drawn in full (${f.crossingsAll} among all), ${f.throughBoxes} edges through a box`;
console.log(`org chart, real data (${real.actors.length} actors and ${real.relations.length} relations):`);
console.log(`  build-time layout           ${ms(realLayoutMs)} (${realLayout.width}×${realLayout.height} px)`);
console.log(`  readability                 ${figures(realFigures)}`);
console.log(`  smallest name, first sight  ${Number.isNaN(realSmallest) ? 'not built (npm run build)' : `${realSmallest.toFixed(1)} px`}`);
console.log(`  overview and focus views    ${ms(realExplorerMs)} (overview ${realExplorer.overview.wide.width}×${realExplorer.overview.wide.height} px; ${Object.keys(realExplorer.focus).length} focus views)`);
if (realFirst) {
  console.log(`  first screen at 1280×900    ${realFirst.onScreen} of ${realFirst.shown} organisations wholly in view; drawing ${realFirst.height} px tall`);
  console.log(`  select an actor (median 5)  ${ms(median(realSelects))} (overview to its focus view)`);
  console.log(`  switch view (median of 10)  ${ms(median(realViews))}`);
  console.log(`  filter a type (median 10)   ${ms(median(realTypes))} (overview to the network and back)`);
}
console.log(`org chart, ${ACTORS} actors and ${RELATIONS} relations:`);
console.log(`  build-time layout           ${ms(orgLayoutMs)} (${orgLayout.width}×${orgLayout.height} px)`);
console.log(`  readability                 ${figures(orgFigures)}`);
console.log(`  smallest name, first sight  ${orgSmallest.toFixed(1)} px`);
console.log(`  overview and focus views    ${ms(orgExplorerMs)} (overview ${orgExplorer.overview.wide.width}×${orgExplorer.overview.wide.height} px; ${Object.keys(orgExplorer.focus).length} focus views: a chart this large chooses in the network)`);
console.log(`  first screen at 1280×900    ${orgFirst.onScreen} of ${orgFirst.shown} organisations wholly in view; drawing ${orgFirst.height} px tall`);
console.log(`  SVG in the page             ${kb(orgSvg.raw)} (${kb(orgSvg.gzip)} gzipped; whole page ${kb(orgSvg.html)} gzipped)`);
console.log(`  enhance in Chromium         ${ms(orgEnhance)}`);
console.log(`  switch view (median of 15)  ${ms(median(views))}`);
console.log(`  filter a type (median 10)   ${ms(median(types))}`);
console.log(`  select an actor (median 5)  ${ms(median(selects))}`);
console.log(`timeline, ${EVENTS} events:`);
console.log(`  build-time layout           ${ms(timelineLayoutMs)} (${timelineLayout.levels.length} zoom levels; ${timelineLayout.heights.map((h) => Math.round(h)).join(', ')} px tall)`);
console.log(`  label collisions            ${collisions.join(', ')} (per zoom level ${timelineLayout.levels.join(', ')})`);
console.log(`  labels cut or over 2 lines  ${cutLabels} of ${EVENTS}`);
console.log(`  in Chromium after zooming   ${drawn.ellipses} labels with "…", ${drawn.overlapping} overlapping pairs among ${drawn.shown} shown`);
console.log(`  SVG in the page             ${kb(timelineSvg.raw)} (${kb(timelineSvg.gzip)} gzipped; whole page ${kb(timelineSvg.html)} gzipped)`);
console.log(`  enhance in Chromium         ${ms(timelineEnhance)}`);
console.log(`  zoom step (median of 10)    ${ms(median(zooms))}`);
console.log(`  pan step (median of 5)      ${ms(median(pans))}`);
console.log(`  filter a lane (median of 5) ${ms(median(filters))}`);
console.log(`script part of all interactions (median) ${ms(median(scriptTimes))}; the rest is style, layout and paint`);
console.log(`synthetic site build           ${(buildMs / 1000).toFixed(1)} s`);
