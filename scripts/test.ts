/**
 * `npm test`: builds the site if its sources changed, then runs every check and prints, as its last line,
 * "N passed, N failed". Steps: astro check; Vitest (unit, content model, html-validate, the W3C Nu checker, links
 * over dist); Playwright on Debian's Chromium (axe, keyboard, languages, layout) against dist served on a free port;
 * the Firefox smoke suite (Puppeteer on Debian's Firefox ESR); and the date check: a second build dated on a 29 February
 * at least two years ahead, with the whole suite run against it again (the browser tests where the date changes a file
 * they load: scripts/lib/loaded-files.ts).
 *
 * One build date for the build and the tests: BUILD_DATE when set, else today (UTC), passed to every step.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumPath, buildIsStale, markBuilt, distDir, dateCheckBuildDate } from './lib/test-env.ts';
import { firefoxPath } from './lib/firefox.ts';
import { startStaticServer } from './lib/static-server.ts';
import { differingDataFiles } from './lib/same-data.ts';
import { LOG_DIR_ENV, UNAFFECTED_ENV, compareBuilds, readLoadedFiles, rerunPlan } from './lib/loaded-files.ts';
import { buildDate } from '../src/model/build-date.ts';

const today = buildDate();
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', CHROMIUM_PATH: chromiumPath(), BUILD_DATE: today };
let passed = 0;
let failed = 0;

// Asynchronous on purpose: the static server for the browser tests runs in this process and must keep answering.
function run(label: string, command: string, args: string[], extraEnv: Record<string, string> = {}): Promise<number> {
  console.log(`\n▶ ${label}: ${command} ${args.join(' ')}`);
  const child = spawn(command, args, { stdio: 'inherit', env: { ...env, ...extraEnv } });
  return new Promise((resolve) => child.on('close', (code) => resolve(code ?? 1)));
}

function finish(): never {
  console.log(`\n${passed} passed, ${failed} failed`);
  process.exit(failed === 0 ? 0 : 1);
}

/** Vitest with a JSON report; adds its counts (a run that finds no test counts as a failure). */
async function vitest(label: string, args: string[], extraEnv: Record<string, string> = {}): Promise<void> {
  const report = `test-results/vitest-${label.replace(/\W+/g, '-')}.json`;
  rmSync(report, { force: true });
  await run(label, 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...args], extraEnv);
  if (!existsSync(report)) return void (failed += 1);
  const result = JSON.parse(readFileSync(report, 'utf8'));
  passed += result.numPassedTests;
  failed += result.numFailedTests + (result.numFailedTestSuites ?? 0) + (result.numTotalTests === 0 ? 1 : 0);
}

/** Playwright against `dir` served on a free port, with a JSON report; adds its counts. */
async function playwright(label: string, dir: string, args: string[], extraEnv: Record<string, string> = {}): Promise<void> {
  const { server, url } = await startStaticServer(dir);
  const report = `test-results/playwright-${label.replace(/\W+/g, '-')}.json`;
  rmSync(report, { force: true });
  await run(label, 'npx', ['playwright', 'test', ...args], { BASE_URL: url, PLAYWRIGHT_JSON_OUTPUT_NAME: report, ...extraEnv });
  server.close();
  if (!existsSync(report)) return void (failed += 1);
  const stats = JSON.parse(readFileSync(report, 'utf8')).stats;
  passed += stats.expected + stats.flaky;
  if (stats.skipped) console.log(`${stats.skipped} browser tests not run again: they load only files that are the same in both builds.`);
  failed += stats.unexpected + (stats.expected + stats.unexpected === 0 ? 1 : 0);
}

// Debian's browsers, nginx and Java: installed by scripts/setup.sh when missing, so `npm ci && npm test` works on a
// fresh machine. Never a downloaded browser (`playwright install`): there is no internet here.
if ((await run('setup: Debian packages the tests need', 'bash', ['scripts/setup.sh'])) !== 0) {
  console.error('Installing the Debian packages failed; run `npm run setup` as root (or with sudo) and try again.');
  failed += 1;
  finish();
}
for (const [browser, path] of [
  ['Chromium', env.CHROMIUM_PATH],
  ['Firefox ESR', firefoxPath()],
] as const) {
  if (existsSync(path)) continue;
  console.error(`${browser} was not found at ${path}, although setup ran. Check CHROMIUM_PATH and FIREFOX_PATH.`);
  failed += 1;
  finish();
}

if (buildIsStale(today)) {
  if ((await run(`build (BUILD_DATE=${today})`, 'npm', ['run', 'build'])) !== 0) {
    failed += 1;
    finish();
  }
  markBuilt(today);
} else {
  console.log(`dist/ is up to date with the sources and BUILD_DATE=${today}; not rebuilding.`);
}

// Type check: one check in the total.
if ((await run('type check', 'npx', ['astro', 'check'])) === 0) passed += 1;
else failed += 1;

mkdirSync('test-results', { recursive: true });
await vitest('unit, content and dist checks', []);
// Which files of the build each browser test loads, for the run ahead.
const loadedLog = join(process.cwd(), 'test-results', 'loaded-files');
rmSync(loadedLog, { recursive: true, force: true });
await playwright('browser tests (Chromium)', distDir(), [], { [LOG_DIR_ENV]: loadedLog });

await vitest('Firefox smoke suite', ['--config', 'vitest.firefox.config.ts']);

// The date check: the whole suite again, on the site as it will be on a 29 February at least two years ahead (expected
// events overdue, presets over years without events, security.txt, the versions a letter cites). The browser tests run
// again where the date can change their result: those that load a file that differs between the two builds, and those
// of a spec that reads BUILD_DATE (scripts/lib/loaded-files.ts); the others load the very same files as before.
const ahead = dateCheckBuildDate(today);
const aheadDir = mkdtempSync(join(tmpdir(), 'gmh-dates-'));
const aheadEnv = { BUILD_DATE: ahead, OUT_DIR: aheadDir };
if ((await run(`date check: build (BUILD_DATE=${ahead})`, 'npm', ['run', 'build', '--silent'], aheadEnv)) === 0) {
  // One check: the same content built on another day gives the same open data files and the same version date.
  const { compared, differing } = differingDataFiles(distDir(), aheadDir);
  if (differing.length === 0) {
    passed += 1;
    console.log(`✓ the open data of the builds dated ${today} and ${ahead} are the same: ${compared.join(', ')}`);
  } else {
    failed += 1;
    console.error(`✗ the open data differ between the builds dated ${today} and ${ahead}: ${differing.join(', ')}`);
  }
  await vitest(`date check (${ahead}): unit, content and dist checks`, [], aheadEnv);
  const plan = rerunPlan(readLoadedFiles(loadedLog), compareBuilds(distDir(), aheadDir), (spec) => /\bbuildDate\(|\bprocess\.env\.BUILD_DATE\b/.test(readFileSync(spec, 'utf8')));
  console.log(`\nThe browser tests on the build dated ${ahead}: ${plan.reason}.`);
  const unaffectedFile = `${aheadDir}-unaffected-tests.txt`;
  writeFileSync(unaffectedFile, [...plan.unaffected].join('\n'));
  await playwright(`date check (${ahead}): browser tests (Chromium)`, aheadDir, [], { ...aheadEnv, [UNAFFECTED_ENV]: unaffectedFile });
  rmSync(unaffectedFile, { force: true });
  await vitest(`date check (${ahead}): Firefox smoke suite`, ['--config', 'vitest.firefox.config.ts'], aheadEnv);
} else failed += 1;
rmSync(aheadDir, { recursive: true, force: true });
rmSync(`${aheadDir}-cache`, { recursive: true, force: true });

finish();
