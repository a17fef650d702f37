import { afterAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readContent } from '../../src/model/read-content.ts';
import { readVersions } from '../../src/features/versions/build/read-versions.ts';
import { formatProblem } from '../../src/model/content-check.ts';
import { publishVersion } from '../../scripts/publish-version.ts';

describe('npm run publish-version', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
  const copy = () => {
    const dir = mkdtempSync(join(tmpdir(), 'gmh-versions-'));
    dirs.push(dir);
    cpSync('tests/fixtures/valid', dir, { recursive: true });
    return dir;
  };
  const change = (dir: string, id: string, date: string) =>
    writeFileSync(join(dir, 'data/changes', `${id}.yml`), `- id: ${id}\n  date: ${date}\n  title: { nl: Titel, en: Title }\n  description: { nl: Zin., en: Sentence. }\n  pages: [home]\n`, { flag: 'w' });

  it('asks for a change record of the page\'s date first, and then freezes text and records', () => {
    const dir = copy();
    const refused = publishVersion(dir, 'home');
    expect(refused.ok).toBe(false);
    expect(refused.message).toContain('has no change of 2026-11-29 for page "home"');
    expect(existsSync(join(dir, 'versions'))).toBe(false);

    mkdirSync(join(dir, 'data/changes'), { recursive: true });
    change(dir, 'eerste', '2026-11-29');
    const published = publishVersion(dir, 'home');
    expect(published.message).toMatch(/^Published the version of 2026-11-29 of "home"/);
    const folder = join(dir, 'versions/home/2026-11-29');
    expect(readFileSync(join(folder, 'nl.mdx'), 'utf8')).toBe(readFileSync(join(dir, 'pages/nl/home.mdx'), 'utf8'));
    expect(readFileSync(join(folder, 'data.yml'), 'utf8')).toMatch(/- id: dienst-y\n\s+name:\n\s+nl: Dienst Y\n/);

    const again = publishVersion(dir, 'home');
    expect(again.ok).toBe(false);
    expect(again.message).toContain('is published already');
  });

  it('a version is checked against its own records: a name its text uses must be frozen with it', () => {
    const dir = copy();
    mkdirSync(join(dir, 'data/changes'), { recursive: true });
    change(dir, 'eerste', '2026-11-29');
    expect(publishVersion(dir, 'home').ok).toBe(true);
    const file = join(dir, 'versions/home/2026-11-29/nl.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace('doet iets.', 'doet iets met <Organisatie id="ministerie-x" />.'));
    const live = readContent(dir);
    const problems = readVersions(dir, live).problems.map(formatProblem);
    expect(problems).toEqual([`versions/home/2026-11-29/nl.mdx › version home/2026-11-29 › field "records.actors": "ministerie-x" is named in the text but not frozen in data.yml`]);
  });
});
