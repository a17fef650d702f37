// URLs and #anchors in tests/permalinks.txt are promised to letters and other sites: none may stop resolving.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, htmlPages, isErrorPage } from './site-files.ts';
import { readRedirects } from '../../src/routes/redirects.ts';
import { readContent } from '../../src/model/read-content.ts';
import { buildDate } from '../../src/model/build-date.ts';
import { comparePermalinks } from '../../src/model/permalink-plan.ts';
import { contentPermalinks } from '../../scripts/lib/content-permalinks.ts';
import { permanentAnchors } from '../../scripts/lib/permalinks.ts';

const listed = readFileSync('tests/permalinks.txt', 'utf8')
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line && !line.startsWith('#'));
const redirects = readRedirects();

function fileFor(path: string): string {
  return path.endsWith('/') ? join(DIST, path, 'index.html') : join(DIST, path);
}

describe('permanent links', () => {
  it('the list is not empty and has no duplicates', () => {
    expect(listed.length).toBeGreaterThan(50);
    expect(new Set(listed).size).toBe(listed.length);
  });

  it('every listed URL and anchor still resolves', () => {
    const missing: string[] = [];
    for (const line of listed) {
      const [path, anchor] = line.split('#');
      const file = fileFor(path);
      if (!existsSync(file)) {
        missing.push(`${line}: no page`);
        continue;
      }
      const html = readFileSync(file, 'utf8');
      if (redirects[path]) {
        if (!html.includes(`url=${redirects[path]}`) && !html.includes(`href="${redirects[path]}"`)) missing.push(`${line}: redirect does not lead to ${redirects[path]}`);
        if (!existsSync(fileFor(redirects[path]))) missing.push(`${line}: redirect target ${redirects[path]} does not exist`);
        continue;
      }
      if (anchor && !html.includes(`id="${anchor}"`)) missing.push(`${line}: anchor missing`);
    }
    expect(missing, missing.join('\n')).toEqual([]);
  });

  it('every published page is in the list, so its URL is a promise too', () => {
    const unlisted = htmlPages()
      .map((page) => page.path)
      .filter((path) => !isErrorPage(path))
      .filter((path) => !listed.includes(path));
    expect(unlisted, `Add these to tests/permalinks.txt (node scripts/permalinks.ts):\n${unlisted.join('\n')}`).toEqual([]);
  });

  it('moved pages are listed in content/redirects.yml and emitted as static redirect pages', () => {
    expect(Object.keys(redirects).length).toBeGreaterThan(0);
    for (const from of Object.keys(redirects)) expect(listed).toContain(from);
  });
});

describe('the addresses npm run validate works out from the content', () => {
  const content = readContent('content', '.', { today: buildDate() });
  const planned = contentPermalinks('content', content);
  const built: string[] = [];
  for (const { path, file } of htmlPages()) {
    if (isErrorPage(path)) continue;
    built.push(path);
    for (const anchor of permanentAnchors(readFileSync(file, 'utf8'))) built.push(`${path}#${anchor}`);
  }

  it('each exist in the build, so a green validate means these addresses resolve', () => {
    const missing = planned
      .map((p) => p.address)
      .filter((address) => {
        const [path, anchor] = address.split('#');
        const file = fileFor(path);
        return !existsSync(file) || (anchor !== undefined && !readFileSync(file, 'utf8').includes(`id="${anchor}"`));
      });
    expect(missing, missing.join('\n')).toEqual([]);
  });

  it('cover every page and anchor of the kinds it judges, so it misses no address that disappears', () => {
    const { removed } = comparePermalinks(planned, built);
    expect(removed, removed.join('\n')).toEqual([]);
  });

  it('see a heading whose anchor was renamed, and a new page not yet listed', () => {
    const renamed = planned.map((p) => (p.address === '/en/explanation/#taskforce' ? { ...p, address: '/en/explanation/#task-force' } : p));
    expect(comparePermalinks(renamed, listed).removed).toContain('/en/explanation/#taskforce');
    const withNew = [...planned, { address: '/organisaties/nieuw/', file: 'content/data/actors/x.yml', record: 'actor "nieuw"' }];
    expect(comparePermalinks(withNew, listed).added.map((p) => p.address)).toEqual(['/organisaties/nieuw/']);
  });
});
