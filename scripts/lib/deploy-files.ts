/**
 * The generated parts of the nginx configuration: the CSP that every HTML file of the build needs (redirect stubs and
 * 404 pages included), and the 301 answers for moved pages.
 */
import { readFileSync } from 'node:fs';
import { contentSecurityPolicy, hashesOf, nginxCspInclude } from '../../src/production/csp.ts';
import { nginxRedirectsInclude, readRedirects } from '../../src/routes/redirects.ts';
import { filesUnder } from './files.ts';

export const CSP_INCLUDE = 'deploy/csp.conf';
export const REDIRECTS_INCLUDE = 'deploy/redirects.conf';

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
