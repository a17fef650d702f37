import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { compareBuilds, readLoadedFiles, rerunPlan } from '../../scripts/lib/loaded-files.ts';
import { filesUnder } from '../../scripts/lib/files.ts';

const root = mkdtempSync(join(tmpdir(), 'gmh-loaded-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function write(files: Record<string, string>, dir: string): string {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const logs = write(
  {
    'tests-1.log': 'a1\tspec:tests/e2e/timeline.spec.ts\nb2\tspec:tests/e2e/orgchart.spec.ts\nc3\tspec:tests/e2e/report-link.spec.ts\nd4\tspec:tests/e2e/production.spec.ts\n',
    // nginx logs $uri with its leading slash, and "-" for a request without the header.
    'nginx-1.log': 'a1\t/tijdlijn/index.html\nb2\t/wie-doet-wat/index.html\n-\t/favicon.ico\n',
    'static-server-2.log': 'a1\t_astro/timeline.js\nspec:tests/e2e/report-link.spec.ts\ttoegankelijkheidsverklaring/index.html\n',
    'reads-3.log': 'b2\tdata/actors.json\n',
  },
  join(root, 'logs'),
);

describe('the browser tests the run on a later build date runs again', () => {
  const loaded = readLoadedFiles(logs);
  const never = () => false;

  it('reads which files each test loaded, from the servers and from the tests, with what a beforeAll hook loaded', () => {
    expect([...loaded.byTest.get('a1')!].sort()).toEqual(['_astro/timeline.js', 'tijdlijn/index.html']);
    expect([...loaded.byTest.get('b2')!].sort()).toEqual(['data/actors.json', 'wie-doet-wat/index.html']);
    expect([...loaded.byTest.get('c3')!]).toEqual(['toegankelijkheidsverklaring/index.html']);
    expect(loaded.specOf.get('d4')).toBe('tests/e2e/production.spec.ts');
  });

  it('runs again the tests that loaded a changed file, and those of a spec that reads BUILD_DATE', () => {
    const plan = rerunPlan(loaded, { changed: ['tijdlijn/index.html', 'toegankelijkheidsverklaring/index.html'], addedOrRemoved: [] }, (spec) => spec.endsWith('production.spec.ts'));
    expect([...plan.unaffected]).toEqual(['b2']);
    expect(plan.reason).toContain('3 of 4 tests run again');
  });

  it('counts a file other than a page added or removed (search index files named by their content) as changed', () => {
    const plan = rerunPlan(loaded, { changed: [], addedOrRemoved: ['_astro/timeline.js', '_astro/timeline.B2.js'] }, never);
    expect([...plan.unaffected].sort()).toEqual(['b2', 'c3', 'd4']);
  });

  it('runs none again when no file they loaded changed', () => {
    expect(rerunPlan(loaded, { changed: ['.well-known/security.txt'], addedOrRemoved: [] }, never).unaffected).toEqual(new Set(['a1', 'b2', 'c3', 'd4']));
  });

  it('runs every test again when it cannot tell: a changed file requested outside a test, files added or removed, no log', () => {
    for (const plan of [
      rerunPlan(loaded, { changed: ['favicon.ico'], addedOrRemoved: [] }, never),
      rerunPlan(loaded, { changed: [], addedOrRemoved: ['tijdlijn/versies/2032-02-29/index.html'] }, never),
      rerunPlan(readLoadedFiles(join(root, 'missing')), { changed: [], addedOrRemoved: [] }, never),
    ]) {
      expect(plan.unaffected.size).toBe(0);
      expect(plan.reason).toMatch(/^every test runs again: /);
    }
  });

  it('compares two builds file by file, leaving out the compressed copies', () => {
    const a = write({ 'a.html': 'x', 'same.js': 'y', 'gone.txt': 'z', 'a.html.gz': '1', 'dir/b.html': 'b' }, join(root, 'a'));
    const b = write({ 'a.html': 'X', 'same.js': 'y', 'new.txt': 'z', 'a.html.gz': '2', 'dir/b.html': 'c' }, join(root, 'b'));
    expect(compareBuilds(a, b)).toEqual({ changed: ['a.html', 'dir/b.html'], addedOrRemoved: ['gone.txt', 'new.txt'] });
  });
});

describe('what the run on a later build date relies on', () => {
  it('the browser code never reads the clock: a date reaches the pages only through the build', () => {
    const browserCode = filesUnder('src').filter((file) => (/\/browser\/.*\.ts$/.test(file) && !file.endsWith('.test.ts')) || file.endsWith('.astro'));
    expect(browserCode.length).toBeGreaterThan(20);
    const clock = /\bDate\.now\(|\bnew Date\(\s*\)|[^.\w]Date\(\s*\)/;
    const readers = browserCode.filter((file) => {
      const text = readFileSync(file, 'utf8');
      // An .astro file runs in the browser only inside its <script> elements.
      const code = file.endsWith('.astro') ? [...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1]).join('\n') : text;
      return clock.test(code);
    });
    expect(readers).toEqual([]);
  });
});
