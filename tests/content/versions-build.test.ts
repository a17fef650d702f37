// A version keeps saying what it said: the fixture publishes a version, then changes both the page's text and an
// actor it names, and the build must still show the old text and the old name at the version's URL, and the
// comparison must mark the removed and the added sentence.
import { afterAll, describe, expect, it } from 'vitest';
import { astroBuild } from './astro-build.ts';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { publishVersion } from '../../scripts/publish-version.ts';

const temporary: string[] = [];
afterAll(() => temporary.forEach((dir) => [dir, `${dir}-cache`].forEach((path) => rmSync(path, { recursive: true, force: true }))));

function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temporary.push(dir);
  return dir;
}

function change(dir: string, id: string, date: string): void {
  writeFileSync(join(dir, 'data/changes', `${id}.yml`), `- id: ${id}\n  date: ${date}\n  title: { nl: Titel ${id}, en: Title ${id} }\n  description: { nl: Zin., en: Sentence. }\n  pages: [home]\n`);
}

function edit(file: string, from: string, to: string): void {
  const text = readFileSync(file, 'utf8');
  expect(text).toContain(from);
  writeFileSync(file, text.replace(from, to));
}

describe('a published version after the page and its data change', () => {
  const content = tempDir('gmh-content-');
  const outDir = tempDir('gmh-build-');
  cpSync('tests/fixtures/valid', content, { recursive: true });
  mkdirSync(join(content, 'data/changes'));
  change(content, 'eerste', '2026-11-29');
  const published = publishVersion(content, 'home');

  // Later: a sentence goes, another comes, the actor is renamed, and the page says so.
  edit(join(content, 'pages/nl/home.mdx'), 'doet iets. <Onzeker>Misschien.</Onzeker>', 'doet iets. Er is een nieuwe zin bijgekomen.');
  edit(join(content, 'pages/nl/home.mdx'), 'updated: 2026-11-29', 'updated: 2026-12-01');
  edit(join(content, 'pages/en/home.mdx'), 'updated: 2026-11-29', 'updated: 2026-12-01');
  edit(join(content, 'data/actors/actoren.yml'), 'name: { nl: Dienst Y, en: Agency Y }', 'name: { nl: Dienst Zet, en: Agency Zed }');
  change(content, 'tweede', '2026-12-01');

  const build = astroBuild({ ...process.env, CONTENT_DIR: content, OUT_DIR: outDir, ASTRO_TELEMETRY_DISABLED: '1', BUILD_DATE: '2026-12-01' });
  const page = (path: string) => readFileSync(join(outDir, path, 'index.html'), 'utf8');
  const main = (html: string) => html.slice(html.indexOf('<main'), html.indexOf('</main>'));

  it('publishes and builds', () => {
    expect(published.ok, published.message).toBe(true);
    expect(build.status, `${build.stdout}\n${build.stderr}`).toBe(0);
  });

  it('the version page renders its frozen text and the name the actor had then', () => {
    const version = main(page('versies/2026-11-29'));
    expect(version).toContain('Dienst Y</a> doet iets.');
    expect(version).toContain('Misschien.');
    expect(version).not.toContain('Dienst Zet');
    expect(version).not.toContain('nieuwe zin');
    expect(version).toContain('Dit is de versie van 29 november 2026.');
    const current = main(page(''));
    expect(current).toContain('Dienst Zet</a> doet iets. Er is een nieuwe zin bijgekomen.');
    expect(main(page('en/versions/2026-11-29'))).toContain('This is the version of 29 November 2026.');
  });

  it('the version is not indexed and names the current page as canonical', () => {
    const head = page('versies/2026-11-29').split('</head>')[0];
    expect(head).toContain('<meta name="robots" content="noindex">');
    expect(head).toMatch(/<link rel="canonical" href="https:\/\/[^"]+\/">/);
    expect(page('versies/2026-11-29')).not.toContain('data-pagefind-body');
  });

  it('the comparison marks the removed and the added sentence with words, and folds what did not change', () => {
    const comparison = main(page('versies/2026-11-29/wat-is-er-veranderd'));
    const changed = comparison.slice(comparison.indexOf('data-section="eerste"'), comparison.indexOf('data-section="bronnen-bij-deze-pagina"'));
    expect(changed).toMatch(/Verwijderd:<\/span> <del[^>]*>Dienst Y doet iets\. Misschien\.<\/del>/);
    expect(changed).toMatch(/Toegevoegd:<\/span> <ins[^>]*>Dienst Zet doet iets\. Er is een nieuwe zin bijgekomen\.<\/ins>/);
    expect(comparison).toMatch(/<details[^>]*class="diff-section diff-section--changed[^"]*"[^>]*open[^>]*data-section="eerste"/);
    expect(comparison).toMatch(/<details[^>]*class="diff-section diff-section--same[^"]*"(?![^>]*open)[^>]*data-section="in-het-kort"/);
  });

  it('the current page lists the version; the change log links it', () => {
    expect(main(page(''))).toMatch(/<a href="\/versies\/2026-11-29\/"[^>]*><time datetime="2026-11-29"[^>]*>Versie van 29 november 2026<\/time>/);
    expect(main(page('wijzigingen'))).toContain('href="/versies/2026-11-29/"');
    expect(readFileSync(join(outDir, 'wijzigingen.xml'), 'utf8')).toMatch(/<link rel="related" type="text\/html" href="https:\/\/[^"]+\/versies\/2026-11-29\/"/);
  });
});
