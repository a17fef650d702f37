/**
 * The generated parts of the nginx configuration: the CSP that every HTML file of the build needs (redirect stubs and
 * 404 pages included), and the 301 answers for moved pages.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { contentSecurityPolicy, hashesOf, nginxCspInclude } from '../../src/production/csp.ts';
import { nginxRedirectsInclude, readRedirects } from '../../src/routes/redirects.ts';

export const CSP_INCLUDE = 'deploy/csp.conf';
export const REDIRECTS_INCLUDE = 'deploy/redirects.conf';

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

export function redirectsInclude(): string {
  return nginxRedirectsInclude(readRedirects(), '/etc/nginx/site/security-headers.conf');
}
