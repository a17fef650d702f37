/**
 * Moved pages, from content/redirects.yml (old path: new path). Astro emits a static redirect page for each; for
 * nginx, nginxRedirectsInclude() turns them into real 301 answers, so links in letters keep working for any client.
 */

import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

export const REDIRECTS_FILE = 'content/redirects.yml';

/** Reads and checks the redirects file (`file` may be a URL, so the Astro config can find it from its own place). */
export function readRedirects(file: string | URL = REDIRECTS_FILE): Record<string, string> {
  return checkRedirects(REDIRECTS_FILE, parse(readFileSync(file, 'utf8')));
}

/** A site path as the redirects file holds it: starts and ends with "/", lower-case letters, digits and hyphens. */
const SITE_PATH = /^\/(?:[a-z0-9-]+\/)*$/;

/** Checks the redirects file's records; throws naming the record and what is wrong with it. */
export function checkRedirects(file: string, redirects: unknown): Record<string, string> {
  if (redirects === null || redirects === undefined) return {};
  if (typeof redirects !== 'object' || Array.isArray(redirects)) throw new Error(`${file}: expected "old path: new path" lines`);
  const checked: Record<string, string> = {};
  for (const [from, to] of Object.entries(redirects)) {
    if (!SITE_PATH.test(from) || from === '/') throw new Error(`${file} › ${from}: the old path must look like /path/ (lower case, ending in /)`);
    if (typeof to !== 'string' || !SITE_PATH.test(to)) throw new Error(`${file} › ${from}: the new path must look like /path/ (lower case, ending in /)`);
    if (from === to) throw new Error(`${file} › ${from}: leads to itself`);
    checked[from] = to;
  }
  for (const [from, to] of Object.entries(checked)) {
    if (checked[to]) throw new Error(`${file} › ${from}: leads to ${to}, which is itself redirected; point it at ${checked[to]}`);
  }
  return checked;
}

/**
 * nginx locations for the moved pages: the old address, with or without its final slash, answers 301 with the new
 * one and keeps the query. Each location includes the security headers, as every location of deploy/nginx.conf does.
 */
export function nginxRedirectsInclude(redirects: Record<string, string>, headersInclude: string): string {
  const lines = ['# Generated from content/redirects.yml by `npm run deploy-config`; never edit by hand.'];
  for (const [from, to] of Object.entries(redirects).sort(([a], [b]) => a.localeCompare(b))) {
    for (const path of [from, from.slice(0, -1)]) {
      lines.push(`location = ${path} {`, `    include ${headersInclude};`, `    return 301 ${to}$is_args$args;`, '}');
    }
  }
  return `${lines.join('\n')}\n`;
}
