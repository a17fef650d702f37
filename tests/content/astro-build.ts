/**
 * `astro build` for the tests that build a fixture. Builds write Astro's prerender chunks into the project's own
 * .astro/ folder whatever their OUT_DIR, so two at once (test files run side by side) can break each other; a lock
 * in the system's temporary folder lets one build at a time, across processes.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createHash } from 'node:crypto';

const LOCK = join(tmpdir(), `gmh-astro-build-${createHash('sha1').update(resolve('.')).digest('hex').slice(0, 8)}.lock`);

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function holderAlive(): boolean {
  try {
    process.kill(Number(readFileSync(join(LOCK, 'pid'), 'utf8')), 0);
    return true;
  } catch {
    return false;
  }
}

export function astroBuild(env: NodeJS.ProcessEnv, args: string[] = []): SpawnSyncReturns<string> {
  const deadline = Date.now() + 15 * 60_000;
  for (;;) {
    try {
      mkdirSync(LOCK);
      writeFileSync(join(LOCK, 'pid'), String(process.pid));
      break;
    } catch {
      // A lock left by a process that died is taken over.
      if (!holderAlive()) rmSync(LOCK, { recursive: true, force: true });
      else if (Date.now() > deadline) throw new Error(`waited 15 minutes for another astro build (${LOCK})`);
      else sleep(250);
    }
  }
  try {
    return spawnSync('npx', ['astro', 'build', ...args], { encoding: 'utf8', env });
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}
