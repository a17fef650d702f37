/** Shared by the test runner and the test configs: where Chromium is, and whether dist/ is older than its sources. */
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
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
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

export function buildIsStale(): boolean {
  if (!existsSync(STAMP()) || process.env.CONTENT_DIR) return true;
  const built = statSync(STAMP()).mtimeMs;
  return SOURCES.some((source) => newestMtime(source) > built);
}

export function markBuilt(): void {
  writeFileSync(STAMP(), new Date().toISOString());
}
