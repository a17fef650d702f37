/**
 * `npm run audit`: Lighthouse 13 (mobile, simulated throttling) on one page of each type, served by nginx with the
 * deploy configuration (as published: compressed, cached, with its headers). Writes audit-results/lighthouse.json
 * (scores and failing audits per page) and each full report as audit-results/<page>.json, and prints a table.
 * Targets: accessibility, best practices and SEO 1.0; performance at least 0.95. Exits 1 when a page misses one.
 * Not part of `npm test`: it takes about 12 s a page. Needs a build (`npm run build`) and Debian's nginx.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromiumPath, CHROMIUM_ARGS, distDir } from './lib/test-env.ts';
import { startNginx } from './lib/nginx.ts';
import { actorUrl, pageUrl, sectionUrl } from '../src/routes/routes.ts';

const PAGES: Record<string, string> = {
  home: pageUrl('nl', ''),
  explanation: pageUrl('nl', 'uitleg'),
  'org-chart': sectionUrl('nl', 'orgChart'),
  actor: actorUrl('nl', 'politie'),
  timeline: sectionUrl('nl', 'timeline'),
  search: sectionUrl('nl', 'search'),
  glossary: sectionUrl('nl', 'glossary'),
};
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const TARGET: Record<(typeof CATEGORIES)[number], number> = { performance: 0.95, accessibility: 1, 'best-practices': 1, seo: 1 };
const OUT = 'audit-results';

interface LighthouseReport {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, { score: number | null; scoreDisplayMode: string; title: string; displayValue?: string }>;
}

function lighthouse(url: string, output: string): Promise<number> {
  const flags = ['--headless=new', ...CHROMIUM_ARGS].join(' ');
  const args = [
    url,
    '--output=json',
    `--output-path=${output}`,
    `--only-categories=${CATEGORIES.join(',')}`,
    `--chrome-flags=${flags}`,
    '--quiet',
  ];
  const child = spawn(join('node_modules', '.bin', 'lighthouse'), args, {
    stdio: 'inherit',
    env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH || chromiumPath() },
  });
  return new Promise((resolve) => child.on('close', (code) => resolve(code ?? 1)));
}

if (!existsSync(join(distDir(), 'index.html'))) {
  console.error(`No build in ${distDir()}/: run \`npm run build\` first.`);
  process.exit(1);
}
rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
// The reports are local results, not sources.
writeFileSync(join(OUT, '.gitignore'), '*\n');

const server = await startNginx();
const summary: Record<string, { path: string; scores: Record<string, number | null>; failing: string[] }> = {};
try {
  for (const [name, path] of Object.entries(PAGES)) {
    const file = join(OUT, `${name}.json`);
    console.log(`▶ ${name}: ${path}`);
    // Lighthouse sometimes loses its trace (NO_NAVSTART) and asks to be run again: one more try.
    let status = await lighthouse(`${server.url}${path}`, file);
    if (status !== 0) status = await lighthouse(`${server.url}${path}`, file);
    if (status !== 0 || !existsSync(file)) {
      summary[name] = { path, scores: {}, failing: ['Lighthouse did not finish'] };
      continue;
    }
    const report = JSON.parse(readFileSync(file, 'utf8')) as LighthouseReport;
    const scores = Object.fromEntries(CATEGORIES.map((category) => [category, report.categories[category]?.score ?? null]));
    const failing = CATEGORIES.flatMap((category) =>
      report.categories[category].auditRefs
        .filter((ref) => ref.weight > 0)
        .map((ref) => report.audits[ref.id])
        .filter((audit) => audit.scoreDisplayMode !== 'notApplicable' && audit.score !== null && audit.score < 1)
        .map((audit) => `${category}: ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''} = ${audit.score}`),
    );
    summary[name] = { path, scores, failing };
  }
} finally {
  await server.stop();
}

writeFileSync(join(OUT, 'lighthouse.json'), `${JSON.stringify({ date: new Date().toISOString(), target: TARGET, pages: summary }, null, 2)}\n`);

const pad = (text: string, width: number) => text.padEnd(width);
const format = (score: number | null | undefined) => (score === null || score === undefined ? '  -  ' : score.toFixed(2));
console.log(`\n${pad('page', 12)} ${pad('path', 24)} perf   a11y   best   seo`);
let missed = 0;
for (const [name, { path, scores, failing }] of Object.entries(summary)) {
  console.log(`${pad(name, 12)} ${pad(path, 24)} ${CATEGORIES.map((c) => format(scores[c])).join('   ')}`);
  for (const line of failing) console.log(`    ${line}`);
  if (CATEGORIES.some((category) => (scores[category] ?? 0) < TARGET[category])) missed += 1;
}
console.log(`\nFull reports in ${OUT}/. ${missed === 0 ? 'Every page meets the targets.' : `${missed} page(s) miss a target.`}`);
process.exit(missed === 0 ? 0 : 1);
