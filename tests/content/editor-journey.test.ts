// An editor's journey, on a copy of the content: the recipe "add an organisation with a relation and a source"
// (content/README.md), then `npm run validate`, `npm run permalinks -- --add`, validate again and a build. The new
// organisation must be in the chart, on its own page, in search and in the downloads, with no other file touched.
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { astroBuild } from './astro-build.ts';
import { filesUnder } from '../../scripts/lib/files.ts';
import { appendFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';

const repo = resolve('.');
const work = mkdtempSync(join(tmpdir(), 'gmh-editor-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
cpSync(join(repo, 'content'), join(work, 'content'), { recursive: true });
mkdirSync(join(work, 'tests'));
cpSync(join(repo, 'tests/permalinks.txt'), join(work, 'tests/permalinks.txt'));
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };

/** An npm script of the project, run in the copy as an editor would (the project's own Node, from node_modules). */
function script(name: string, args: string[] = []) {
  const result = spawnSync(join(repo, 'node_modules/.bin/node'), [join(repo, 'scripts', name), ...args], { cwd: work, encoding: 'utf8', env });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

const EDITS: Record<string, string> = {
  'data/sources/actoren.yml': `
- id: slachtofferhulp-over-ons
  title: Over Slachtofferhulp Nederland
  publisher: Slachtofferhulp Nederland
  kind: website
  url: https://www.slachtofferhulp.nl
`,
  'data/actors/maatschappij.yml': `
- id: slachtofferhulp-nederland
  name:
    nl: Slachtofferhulp Nederland
    en: Victim Support Netherlands
  kind: maatschappelijke-organisatie
  level: nationaal
  domains:
    - zorg-en-opvang
  summary:
    nl: Slachtofferhulp Nederland helpt slachtoffers van misdrijven.
    en: Victim Support Netherlands helps victims of crime.
  role_now:
    nl: Slachtofferhulp Nederland geeft slachtoffers hulp.
    en: Victim Support Netherlands gives victims support.
  website: https://www.slachtofferhulp.nl
  sources:
    - slachtofferhulp-over-ons
  as_of: 2026-12
`,
  'data/relations/huidig.yml': `
- id: politie-verwijst-naar-slachtofferhulp
  from: politie
  to: slachtofferhulp-nederland
  type: verwijst-slachtoffers-naar
  state: beide
  sources:
    - slachtofferhulp-over-ons
  basis: bron
  as_of: 2026-12
`,
};

describe('an editor adds an organisation with a relation and a source', () => {
  for (const [file, text] of Object.entries(EDITS)) appendFileSync(join(work, 'content', file), text);

  it('validate says the new pages are not listed yet and names the command that lists them', () => {
    const first = script('validate-content.ts');
    expect(first.status, first.output).toBe(1);
    expect(first.output).toContain('makes the new page /organisaties/slachtofferhulp-nederland/, not yet in tests/permalinks.txt: run npm run permalinks -- --add');
    expect(first.output).toContain('Run npm run rows');
  });

  it('the permalinks command adds them, never removing a line, and validate is then green', () => {
    const before = readFileSync(join(work, 'tests/permalinks.txt'), 'utf8');
    const add = script('permalinks.ts', ['--add']);
    expect(add.status, add.output).toBe(0);
    const after = readFileSync(join(work, 'tests/permalinks.txt'), 'utf8');
    expect(after.startsWith(before)).toBe(true);
    for (const line of ['/organisaties/slachtofferhulp-nederland/', '/en/organisations/slachtofferhulp-nederland/#rol-nu', '/wie-doet-wat/#actor-slachtofferhulp-nederland', '/bronnen/#slachtofferhulp-over-ons']) {
      expect(after.split('\n')).toContain(line);
    }
    const second = script('validate-content.ts');
    expect(second.status, second.output).toBe(0);
  });

  it('the build shows it in the chart, on its own page, in search and in the downloads', () => {
    const out = join(work, 'dist');
    const build = astroBuild({ ...env, CONTENT_DIR: join(work, 'content'), OUT_DIR: out }, ['--silent']);
    expect(build.status, `${build.stdout}\n${build.stderr}`).toBe(0);
    const index = spawnSync(join(repo, 'node_modules/.bin/node'), ['scripts/search-index.ts'], { cwd: repo, encoding: 'utf8', env: { ...env, OUT_DIR: out } });
    expect(index.status, `${index.stdout}\n${index.stderr}`).toBe(0);

    const chart = readFileSync(join(out, 'wie-doet-wat/index.html'), 'utf8');
    expect(chart).toContain('data-id="slachtofferhulp-nederland"');
    expect(chart).toContain('data-id="politie-verwijst-naar-slachtofferhulp"');
    expect(readFileSync(join(out, 'organisaties/slachtofferhulp-nederland/index.html'), 'utf8')).toMatch(/<h1[^>]*>Slachtofferhulp Nederland/);
    expect(readFileSync(join(out, 'en/organisations/slachtofferhulp-nederland/index.html'), 'utf8')).toContain('Victim Support Netherlands');
    expect(readFileSync(join(out, 'data/actors.csv'), 'utf8')).toContain('slachtofferhulp-nederland,Slachtofferhulp Nederland,Victim Support Netherlands');
    expect(readFileSync(join(out, 'data/relations.csv'), 'utf8')).toContain('politie-verwijst-naar-slachtofferhulp');
    // Pagefind's fragments are gzipped pages: one of them is the new organisation's page.
    const fragments = readdirSync(join(out, 'pagefind/fragment')).map((name) => gunzipSync(readFileSync(join(out, 'pagefind/fragment', name))).toString('utf8'));
    expect(fragments.some((fragment) => fragment.includes('/organisaties/slachtofferhulp-nederland/'))).toBe(true);
    // Every page the build made is listed, as the permalink test of CI asks.
    const listed = readFileSync(join(work, 'tests/permalinks.txt'), 'utf8').split('\n');
    for (const lang of ['organisaties', 'en/organisations']) expect(existsSync(join(out, lang, 'slachtofferhulp-nederland/index.html')) && listed.includes(`/${lang}/slachtofferhulp-nederland/`)).toBe(true);
  });

  it('touched no file of the content but the three the editor edited', () => {
    const content = join(work, 'content');
    const changed = filesUnder(content)
      .map((file) => relative(content, file))
      .filter((path) => readFileSync(join(content, path), 'utf8') !== readFileSync(join(repo, 'content', path), 'utf8'));
    expect(changed).toEqual(Object.keys(EDITS).sort());
  });
});
