// The deploy recipe, run for real: Debian's nginx with deploy/nginx.conf serves the build; every page answers with
// every security header, and Chromium reports no CSP violation, also while the diagrams and search are used.
import { expect, testHeaders } from './fixtures.ts';
import { request as httpRequest } from 'node:http';
import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { test } from './nginx.ts';
import { PAGES } from './site.ts';
import { DIAGRAM_PAGES, EMBED_PAGES, openSearch, useDiagram, watchForProblems } from './page-probes.ts';
import { DIST } from '../dist/site-files.ts';
import { CSP_INCLUDE, cspIncludeFor, REDIRECTS_INCLUDE, redirectsInclude } from '../../scripts/lib/deploy-files.ts';
import { readRedirects } from '../../src/routes/redirects.ts';
import { buildDate } from '../../src/model/build-date.ts';
import { securityTxtExpires } from '../../src/production/security-txt.ts';
import { policyFromInclude } from '../../src/production/csp.ts';

const SECURITY_HEADERS: Record<string, RegExp> = {
  // nginx sends two policies (joined here by ", "): the one derived from the build, and frame-ancestors by path.
  'content-security-policy': /^default-src 'none'; (?!.*frame-ancestors \*).*frame-ancestors 'none'$/,
  'strict-transport-security': /^max-age=(\d{8,})/,
  'x-content-type-options': /^nosniff$/,
  'referrer-policy': /^(no-referrer|same-origin|strict-origin)$/,
  'permissions-policy': /camera=\(\).*geolocation=\(\)/,
  'x-frame-options': /^DENY$/,
  'cross-origin-opener-policy': /^same-origin$/,
  'cross-origin-resource-policy': /^same-origin$/,
};

/** The embed pages alone may be framed, by any site; everything else by none. */
const FRAMEABLE_HEADERS: Record<string, RegExp> = {
  ...SECURITY_HEADERS,
  'content-security-policy': /^default-src 'none'; (?!.*frame-ancestors 'none').*, frame-ancestors \*$/,
  'x-frame-options': /^$/,
};

function missingHeaders(headers: Record<string, string>, path = ''): string[] {
  return Object.entries(EMBED_PAGES.includes(path) ? FRAMEABLE_HEADERS : SECURITY_HEADERS)
    .filter(([name, pattern]) => !pattern.test(headers[name] ?? ''))
    .map(([name]) => `${name}: ${headers[name] ?? '(missing)'}`);
}


type RawResponse = { status: number; headers: Record<string, string>; body: Buffer };

/** A raw HTTP request, so the test sees the bytes and encoding nginx sends (fetch would decompress). */
function rawGet(url: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  return rawRequest('GET', url, headers);
}

function rawRequest(method: string, url: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    httpRequest(url, { method, headers: { ...testHeaders(), ...headers } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk) => chunks.push(chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers as Record<string, string>, body: Buffer.concat(chunks) }),
      );
    })
      .on('error', reject)
      .end();
  });
}

/** Bytes written as they are to nginx's socket (for requests no HTTP client would send); the parsed answer back. */
function rawExchange(url: string, request: string): Promise<RawResponse> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => socket.end(request));
    const chunks: Buffer[] = [];
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('latin1');
      const [head, ...body] = text.split('\r\n\r\n');
      const [statusLine, ...lines] = head.split('\r\n');
      // Repeated headers joined with ", ", as Node's HTTP client does.
      const headers: Record<string, string> = {};
      for (const line of lines) {
        const name = line.slice(0, line.indexOf(':')).toLowerCase();
        const value = line.slice(line.indexOf(':') + 1).trim();
        headers[name] = headers[name] ? `${headers[name]}, ${value}` : value;
      }
      resolve({ status: Number(statusLine.split(' ')[1]), headers, body: Buffer.from(body.join('\r\n\r\n'), 'latin1') });
    });
  });
}

test('deploy/csp.conf allows exactly the inline code of this build (run `npm run deploy-config` when it does not)', () => {
  const wanted = cspIncludeFor(DIST);
  expect(readFileSync(CSP_INCLUDE, 'utf8'), `${CSP_INCLUDE} is out of date: run \`npm run deploy-config\``).toBe(wanted);
  expect(policyFromInclude(wanted)).not.toContain('unsafe-inline');
  expect(policyFromInclude(wanted)).not.toContain("'unsafe-eval'");
});

test('every page answers 200 with every security header and a short cache time', async ({ nginx }) => {
  const failures: string[] = [];
  for (const { path } of PAGES) {
    const response = await rawGet(`${nginx.url}${path}`);
    if (response.status !== 200) failures.push(`${path}: status ${response.status}`);
    for (const missing of missingHeaders(response.headers, path)) failures.push(`${path}: ${missing}`);
    if (response.headers['cache-control'] !== 'public, max-age=300') failures.push(`${path}: cache-control ${response.headers['cache-control']}`);
    if (!/^text\/html; charset=utf-8$/i.test(response.headers['content-type'] ?? '')) failures.push(`${path}: content-type ${response.headers['content-type']}`);
  }
  expect(failures, failures.join('\n')).toEqual([]);
  expect(PAGES.length).toBeGreaterThan(100);
  expect(PAGES.filter(({ path }) => EMBED_PAGES.includes(path))).toHaveLength(4);
});

test('a missing page is a 404 with the 404 page of its language, and with every header', async ({ nginx }) => {
  const dutch = await rawGet(`${nginx.url}/bestaat-niet/`);
  expect(dutch.status).toBe(404);
  expect(dutch.body.toString()).toContain('<h1>Pagina niet gevonden</h1>');
  expect(missingHeaders(dutch.headers)).toEqual([]);
  const english = await rawGet(`${nginx.url}/en/does-not-exist/`);
  expect(english.status).toBe(404);
  expect(english.body.toString()).toMatch(/<html lang="en"[\s\S]*<h1>Page not found<\/h1>/);
  expect(missingHeaders(english.headers)).toEqual([]);
  const dotFile = await rawGet(`${nginx.url}/.build-stamp`);
  expect(dotFile.status).toBe(404);
  expect(missingHeaders(dotFile.headers)).toEqual([]);
});

test('dot files are not served from any folder, .well-known excepted', async ({ nginx }) => {
  const probes = ['.dotfile-probe', 'en/.dotfile-probe', '_astro/.dotfile-probe'].map((path) => join(DIST, path));
  try {
    for (const probe of probes) writeFileSync(probe, 'not content');
    for (const probe of probes) {
      const path = `/${probe.slice(DIST.length + 1)}`;
      const response = await rawGet(`${nginx.url}${path}`);
      expect(response.status, path).toBe(404);
      expect(response.body.toString(), path).toContain(path.startsWith('/en/') ? '<h1>Page not found</h1>' : '<h1>Pagina niet gevonden</h1>');
      expect(missingHeaders(response.headers), path).toEqual([]);
    }
  } finally {
    for (const probe of probes) rmSync(probe, { force: true });
  }
  expect((await rawGet(`${nginx.url}/.well-known/security.txt`)).status).toBe(200);
});

test('a folder without a page is a 404, never a 403, and is not cached for a year', async ({ nginx }) => {
  for (const path of ['/_astro/', '/og/', '/en/og/']) {
    const response = await rawGet(`${nginx.url}${path}`);
    expect(response.status, path).toBe(404);
    expect(response.body.toString(), path).toContain(path.startsWith('/en/') ? '<h1>Page not found</h1>' : '<h1>Pagina niet gevonden</h1>');
    expect(response.headers['cache-control'], path).toBe('public, max-age=300');
    expect(missingHeaders(response.headers), path).toEqual([]);
  }
  const missingAsset = await rawGet(`${nginx.url}/_astro/bestaat-niet.js`);
  expect(missingAsset.status).toBe(404);
  expect(missingAsset.headers['cache-control']).toBe('public, max-age=300');
});

test('a method other than GET or HEAD is a 405 with a page in the language of the address', async ({ nginx }) => {
  for (const [path, heading] of [
    ['/uitleg/', '<h1>Dit kan niet op deze site</h1>'],
    ['/en/explanation/', '<h1>This is not possible on this site</h1>'],
  ]) {
    const response = await rawRequest('POST', `${nginx.url}${path}`);
    expect(response.status, path).toBe(405);
    expect(response.body.toString(), path).toContain(heading);
    expect(missingHeaders(response.headers), path).toEqual([]);
  }
});

test('answers nginx gives before any page is chosen (400, 414) carry every security header', async ({ nginx }) => {
  const badRequest = await rawExchange(nginx.url, 'GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nHost: twice\r\n\r\n');
  expect(badRequest.status).toBe(400);
  expect(missingHeaders(badRequest.headers)).toEqual([]);
  const tooLong = await rawGet(`${nginx.url}/${'a'.repeat(20_000)}`);
  expect(tooLong.status).toBe(414);
  expect(missingHeaders(tooLong.headers)).toEqual([]);
});

test('a directory without its slash redirects to it, relative to the host and keeping the query', async ({ nginx }) => {
  const response = await rawGet(`${nginx.url}/zoeken?q=regie`);
  expect(response.status).toBe(301);
  expect(response.headers.location).toBe('/zoeken/?q=regie');
});

test('deploy/redirects.conf answers every moved page of content/redirects.yml (run `npm run deploy-config` when it does not)', () => {
  expect(readFileSync(REDIRECTS_INCLUDE, 'utf8'), `${REDIRECTS_INCLUDE} is out of date: run \`npm run deploy-config\``).toBe(redirectsInclude());
});

test('a moved page answers 301 with its new address, with or without its final slash, keeping the query', async ({ nginx }) => {
  const moved = Object.entries(readRedirects());
  expect(moved.length).toBeGreaterThan(0);
  for (const [from, to] of moved) {
    for (const [path, location] of [
      [from, to],
      [from.slice(0, -1), to],
      [`${from}?q=regie`, `${to}?q=regie`],
    ]) {
      const response = await rawGet(`${nginx.url}${path}`);
      expect(response.status, path).toBe(301);
      expect(response.headers.location, path).toBe(location);
      expect(missingHeaders(response.headers), path).toEqual([]);
    }
    expect((await rawGet(`${nginx.url}${to}`)).status, to).toBe(200);
  }
});

test('hashed assets are cached for a year; other files for minutes', async ({ nginx }) => {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const stylesheet = /href="(\/_astro\/[^"]+\.css)"/.exec(html)![1];
  const asset = await rawGet(`${nginx.url}${stylesheet}`);
  expect(asset.status).toBe(200);
  expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  expect(missingHeaders(asset.headers)).toEqual([]);
  const icon = await rawGet(`${nginx.url}/favicon.svg`);
  expect(icon.headers['cache-control']).toBe('public, max-age=300');
});

test('precompressed brotli and gzip files are sent as they are, and plain files to clients without compression', async ({ nginx }) => {
  const file = join(DIST, 'uitleg', 'index.html');
  for (const [encoding, suffix] of [['br', '.br'], ['gzip', '.gz']] as const) {
    expect(existsSync(file + suffix), `${file}${suffix} was not written by the build`).toBe(true);
    const response = await rawGet(`${nginx.url}/uitleg/`, { 'Accept-Encoding': encoding });
    expect(response.headers['content-encoding']).toBe(encoding);
    expect(response.headers.vary).toMatch(/Accept-Encoding/i);
    expect(response.body.length).toBe(statSync(file + suffix).size);
  }
  const plain = await rawGet(`${nginx.url}/uitleg/`);
  expect(plain.headers['content-encoding']).toBeUndefined();
  expect(plain.body.equals(readFileSync(file))).toBe(true);
});

test('security.txt is served as text and expires a year after the build date', { tag: '@date' }, async ({ nginx }) => {
  const security = await rawGet(`${nginx.url}/.well-known/security.txt`);
  expect(security.status).toBe(200);
  expect(security.headers['content-type']).toBe('text/plain; charset=utf-8');
  const text = security.body.toString();
  expect(text).toMatch(/^Contact: https:\/\/www\.nationaalrapporteur\.nl$/m);
  expect(text).toMatch(/^Preferred-Languages: nl, en$/m);
  // RFC 9116: at most a year ahead. The build dates it: a year after the build date (BUILD_DATE, set by the runner).
  expect(text).toMatch(new RegExp(`^Expires: ${securityTxtExpires(buildDate())}T00:00:00\\.000Z$`, 'm'));
});

test('robots.txt, sitemap, manifest and feeds are served with their types', async ({ nginx }) => {
  const robots = await rawGet(`${nginx.url}/robots.txt`);
  expect(robots.body.toString()).toMatch(/^Sitemap: https?:\/\/.+\/sitemap\.xml$/m);
  const sitemap = await rawGet(`${nginx.url}/sitemap.xml`);
  expect(sitemap.headers['content-type']).toMatch(/^(text|application)\/xml/);
  const manifest = await rawGet(`${nginx.url}/manifest.webmanifest`);
  expect(manifest.headers['content-type']).toBe('application/manifest+json; charset=utf-8');
  expect(JSON.parse(manifest.body.toString()).name).toBeTruthy();
  for (const feed of ['/wijzigingen.xml', '/en/changes.xml']) {
    const response = await rawGet(`${nginx.url}${feed}`);
    expect(response.status, feed).toBe(200);
    expect(response.body.toString()).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
  }
});

test.describe('no CSP violation in Chromium', () => {
  // Every page is visited once for this, with axe and the privacy guard, in every-page.spec.ts.
  test('with search opened from the header', async ({ page }) => {
    const problems = await watchForProblems(page);
    await page.goto('/uitleg/');
    await openSearch(page);
    expect(await problems()).toEqual([]);
  });

  test('with search opened on a diagram page', async ({ page }) => {
    const problems = await watchForProblems(page);
    await page.goto(DIAGRAM_PAGES[0]);
    await useDiagram(page);
    await openSearch(page);
    expect(await problems()).toEqual([]);
  });

  test('on the search page with a query in the address', async ({ page }) => {
    const problems = await watchForProblems(page);
    const pagefind = page.waitForResponse((response) => new URL(response.url()).pathname.startsWith('/pagefind/'));
    await page.goto('/zoeken/?q=regie');
    await pagefind;
    expect(await problems()).toEqual([]);
  });
});
