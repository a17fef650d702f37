/** Shared by the test runner and the test configs: where Chromium is, and whether dist/ is older than its sources. */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH || '/usr/bin/chromium';
}

/** Flags for Chromium as root in a sandbox without internet (see shared/notes/toolchain.md). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** The build output: OUT_DIR when set (as for astro.config.mjs), else dist/. */
export function distDir(): string {
  return process.env.OUT_DIR || 'dist';
}

const STAMP = () => `${distDir()}/.build-stamp`;
const SOURCES = ['src', 'content', 'public', 'astro.config.mjs', 'package-lock.json'];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path, { recursive: true, encoding: 'utf8' }).map((name) => statSync(join(path, name)).mtimeMs));
}

/** The BUILD_DATE that dist/ was built with by the test runner, if it recorded one. */
export function builtDate(): string | undefined {
  if (!existsSync(STAMP())) return undefined;
  return /^buildDate=(\d{4}-\d{2}-\d{2})$/m.exec(readFileSync(STAMP(), 'utf8'))?.[1];
}

/** dist/ is stale when a source is newer than it, or when it was built for another build date. */
export function buildIsStale(buildDate: string): boolean {
  if (!existsSync(STAMP()) || process.env.CONTENT_DIR) return true;
  if (builtDate() !== buildDate) return true;
  const built = statSync(STAMP()).mtimeMs;
  return SOURCES.some((source) => newestMtime(source) > built);
}

export function markBuilt(buildDate: string): void {
  writeFileSync(STAMP(), `builtAt=${new Date().toISOString()}\nbuildDate=${buildDate}\n`);
}

/**
 * The build date of the runner's second run, which runs the whole suite on the site as it will be years ahead: the
 * first 29 February at least two years after `today`, so it is both well in the future and a leap day.
 */
export function dateCheckBuildDate(today: string): string {
  const twoYearsAhead = `${Number(today.slice(0, 4)) + 2}${today.slice(4)}`;
  for (let year = Number(today.slice(0, 4)) + 2; ; year += 1) {
    const leapDay = `${year}-02-29`;
    if (new Date(`${leapDay}T00:00:00Z`).getUTCDate() === 29 && leapDay >= twoYearsAhead) return leapDay;
  }
}
