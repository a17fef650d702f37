// The real build must refuse broken content with the same precise message, not only the validator.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function build(contentDir: string) {
  const outDir = mkdtempSync(join(tmpdir(), 'gmh-build-'));
  const result = spawnSync('npx', ['astro', 'build'], {
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: contentDir, OUT_DIR: outDir, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  const built = existsSync(join(outDir, 'index.html'));
  rmSync(outDir, { recursive: true, force: true });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, built };
}

describe('astro build', () => {
  it('fails on a dangling reference and names file, record and field', () => {
    const result = build('tests/fixtures/broken/dangling-reference');
    expect(result.status).not.toBe(0);
    expect(result.built).toBe(false);
    expect(result.output).toContain('tests/fixtures/broken/dangling-reference/data/relations/relaties.yml:1 › relation "x-stuurt-y" › field "to": unknown actor "dienst-z"');
  });

  it('builds the valid fixture', () => {
    const result = build('tests/fixtures/valid');
    expect(result.status, result.output).toBe(0);
    expect(result.built).toBe(true);
  });
});
