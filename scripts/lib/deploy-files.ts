/**
 * The generated parts of the nginx configuration: the CSP that every HTML file of the build needs (redirect stubs and
 * 404 pages included), and the 301 answers for moved pages.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { contentSecurityPolicy, hashesOf, nginxCspInclude } from '../../src/lib/csp.ts';
import { checkRedirects, nginxRedirectsInclude } from '../../src/lib/redirects.ts';

export const CSP_INCLUDE = 'deploy/csp.conf';
export const REDIRECTS_INCLUDE = 'deploy/redirects.conf';
export const REDIRECTS_FILE = 'content/redirects.yml';

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

export function redirects(): Record<string, string> {
  return checkRedirects(REDIRECTS_FILE, parse(readFileSync(REDIRECTS_FILE, 'utf8')));
}

export function redirectsInclude(): string {
  return nginxRedirectsInclude(redirects(), '/etc/nginx/site/security-headers.conf');
}
