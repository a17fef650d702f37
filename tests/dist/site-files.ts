/** The built site as files: every HTML file in dist/, and every page (without the redirect stubs). */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';

import { filesUnder } from '../../scripts/lib/files.ts';
import { distDir } from '../../scripts/lib/test-env.ts';
import { currentPageOf } from '../../src/routes/routes.ts';

export const DIST = distDir();

export function isRedirectStub(html: string): boolean {
  return /<meta http-equiv="refresh"/i.test(html);
}

/** The pages nginx answers errors with (404 for a missing page, 405 for a method other than GET or HEAD): not published URLs. */
export const ERROR_PAGES = ['/404.html', '/en/404/', '/405/', '/en/405/'];

export function isErrorPage(path: string): boolean {
  return ERROR_PAGES.includes(path);
}

/** Every HTML file in dist/, the redirect stubs for moved pages included. */
export function htmlFiles(dist = DIST): string[] {
  return filesUnder(dist).filter((file) => file.endsWith('.html') && !file.includes('/pagefind/'));
}

/** Site paths of every HTML page, e.g. "/", "/advies/", "/404.html". */
export function htmlPages(dist = DIST): { path: string; file: string }[] {
  return htmlFiles(dist)
    .filter((file) => !isRedirectStub(readFileSync(file, 'utf8')))
    .map((file) => {
      const rel = relative(dist, file).split('\\').join('/');
      const path = rel === 'index.html' ? '/' : rel.endsWith('/index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}`;
      return { path, file };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
}

/** One page of each kind, for checks that are costly to run on every page (the accessibility statement counts them). */
export { PAGE_TYPES } from '../../src/features/accessibility/checks.ts';

/**
 * The kind of a page for sampling: a dated version or its comparison (per language), an organisation page or a dated
 * organisation page (per language), or the page itself. Pages of one kind share a template and differ only in their records.
 */
export function pageKind(path: string): string {
  const lang = path.startsWith('/en/') ? 'en' : 'nl';
  // The dated pages of the organisations (/organisaties/<id>/versies/<date>/) are one kind, apart from the explanation's versions.
  if (/^\/(organisaties|en\/organisations)\/[^/]+\/(versies|versions)\/\d{4}-\d{2}-\d{2}\/$/.test(path)) return `${lang} organisation state`;
  if (currentPageOf(path) !== undefined) return `${lang} ${/\/(wat-is-er-veranderd|what-changed)\/$/.test(path) ? 'comparison' : 'version'}`;
  if (/^\/(organisaties|en\/organisations)\/[^/]+\/$/.test(path)) return `${lang} organisation`;
  return path;
}

/** The first and the last page of each kind (for versions: the oldest and the newest), in the order given. */
export function firstAndLastOfEachKind(paths: readonly string[]): string[] {
  const byKind = new Map<string, string[]>();
  for (const path of paths) byKind.set(pageKind(path), [...(byKind.get(pageKind(path)) ?? []), path]);
  const chosen = new Set([...byKind.values()].flatMap((group) => [group[0], group.at(-1)!]));
  return paths.filter((path) => chosen.has(path));
}
