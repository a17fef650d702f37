// The real build refuses broken content with the validator's precise message, and renders the valid fixture to
// the same SVG bytes every time (snapshots in tests/snapshots/).
import { afterAll, describe, expect, it } from 'vitest';
import { astroBuild } from './astro-build.ts';
import { mkdtempSync, rmSync, existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const outDirs: string[] = [];
afterAll(() => outDirs.forEach((dir) => [dir, `${dir}-cache`].forEach((path) => rmSync(path, { recursive: true, force: true }))));

function build(contentDir: string) {
  const outDir = mkdtempSync(join(tmpdir(), 'gmh-build-'));
  outDirs.push(outDir);
  const result = astroBuild({ ...process.env, CONTENT_DIR: contentDir, OUT_DIR: outDir, ASTRO_TELEMETRY_DISABLED: '1', BUILD_DATE: '2026-11-29' });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, outDir };
}

function svgIn(file: string, className: string): string {
  const html = readFileSync(file, 'utf8');
  const start = html.indexOf(`<svg class="${className}"`);
  return html.slice(start, html.indexOf('</svg>', start) + '</svg>'.length).replace(/></g, '>\n<');
}

describe('astro build', () => {
  it('fails on a dangling reference and names file, record and field', () => {
    const result = build('tests/fixtures/broken/dangling-reference');
    expect(result.status).not.toBe(0);
    expect(existsSync(join(result.outDir, 'index.html'))).toBe(false);
    expect(result.output).toContain(
      'tests/fixtures/broken/dangling-reference/data/relations/relaties.yml:1 › relation "x-stuurt-y" › field "to": unknown actor "dienst-z"',
    );
  });

  it('builds the valid fixture into the same org chart and timeline SVG as the committed snapshots', async () => {
    const result = build('tests/fixtures/valid');
    expect(result.status, result.output).toBe(0);
    const orgChart = svgIn(join(result.outDir, 'wie-doet-wat/index.html'), 'orgchart-svg');
    const timeline = svgIn(join(result.outDir, 'tijdlijn/index.html'), 'timeline-svg');
    expect(orgChart).toContain('data-id="x-stuurt-y"');
    expect(timeline).toContain('data-precision="maand"');
    await expect(orgChart).toMatchFileSnapshot('../snapshots/orgchart-fixture.svg');
    await expect(timeline).toMatchFileSnapshot('../snapshots/timeline-fixture.svg');
  });
});
