/** The built site as nginx sees it: every HTML file (redirect stubs and 404 pages included) and the CSP they need. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { contentSecurityPolicy, hashesOf, nginxCspInclude } from '../../src/lib/csp.ts';

export const CSP_INCLUDE = 'deploy/csp.conf';

export function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

export function allHtml(dist: string): string[] {
  return filesUnder(dist)
    .filter((file) => file.endsWith('.html'))
    .sort()
    .map((file) => readFileSync(file, 'utf8'));
}

export function cspIncludeFor(dist: string): string {
  return nginxCspInclude(contentSecurityPolicy(hashesOf(allHtml(dist))));
}
