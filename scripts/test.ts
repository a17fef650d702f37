/**
 * `npm test`: builds the site if its sources changed, then runs every check and prints, as its last line,
 * "N passed, N failed". Steps: astro check, Vitest (unit, content model, html-validate, links over dist),
 * Playwright on Debian's Chromium (axe, keyboard, languages, layout) against dist served on a free port.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { chromiumPath, buildIsStale, markBuilt, distDir } from './lib/test-env.ts';
import { startStaticServer } from './lib/static-server.ts';

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', CHROMIUM_PATH: chromiumPath() };
let passed = 0;
let failed = 0;

// Asynchronous on purpose: the static server for the browser tests runs in this process and must keep answering.
function run(label: string, command: string, args: string[], extraEnv: Record<string, string> = {}): Promise<number> {
  console.log(`\n▶ ${label}: ${command} ${args.join(' ')}`);
  const child = spawn(command, args, { stdio: 'inherit', env: { ...env, ...extraEnv } });
  return new Promise((resolve) => child.on('close', (code) => resolve(code ?? 1)));
}

if (!existsSync(env.CHROMIUM_PATH)) {
  console.error(
    `Chromium was not found at ${env.CHROMIUM_PATH}.\n` +
      'Install Debian\'s Chromium with: apt-get update && apt-get install -y chromium\n' +
      'or set CHROMIUM_PATH to a Chromium binary. (Never run `playwright install`: there is no internet here.)',
  );
  console.log('0 passed, 1 failed');
  process.exit(1);
}

if (buildIsStale()) {
  if ((await run('build', 'npm', ['run', 'build'])) !== 0) {
    console.log('0 passed, 1 failed');
    process.exit(1);
  }
  markBuilt();
} else {
  console.log('dist/ is up to date with the sources; not rebuilding.');
}

// Type check: one check in the total.
if ((await run('type check', 'npx', ['astro', 'check'])) === 0) passed += 1;
else failed += 1;

mkdirSync('test-results', { recursive: true });
const vitestReport = 'test-results/vitest.json';
rmSync(vitestReport, { force: true });
await run('unit, content and dist checks', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestReport}`]);
if (existsSync(vitestReport)) {
  const report = JSON.parse(readFileSync(vitestReport, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests + (report.numFailedTestSuites ?? 0) + (report.numTotalTests === 0 ? 1 : 0);
} else failed += 1;

const { server, url } = await startStaticServer(distDir());
const playwrightReport = 'test-results/playwright.json';
rmSync(playwrightReport, { force: true });
await run('browser tests', 'npx', ['playwright', 'test'], { BASE_URL: url, PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightReport });
server.close();
if (existsSync(playwrightReport)) {
  const stats = JSON.parse(readFileSync(playwrightReport, 'utf8')).stats;
  passed += stats.expected + stats.flaky;
  failed += stats.unexpected + (stats.expected + stats.unexpected === 0 ? 1 : 0);
} else failed += 1;

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
