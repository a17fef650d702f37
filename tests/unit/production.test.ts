// The pure parts of publishing: CSP hashes, preview images, sitemap, page metadata, the changes feed, redirects.
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { contentSecurityPolicy, decodeEntities, hashesOf, inlineCode, nginxCspInclude, policyFromInclude, sha256Source } from '../../src/production/csp.ts';
import { fitTitle, ogImagePath, ogImageSvg, wrapText, textWidth, escapeXml } from '../../src/production/og-image.ts';
import { sitemapXml } from '../../src/production/sitemap.ts';
import { pageMeta } from '../../src/production/page-meta.ts';
import { atomFeed } from '../../src/features/versions/build/atom.ts';
import { changesFeedUrl, changesUrl, sortChanges } from '../../src/features/versions/build/changes.ts';
import { checkContent, type RawPage } from '../../src/model/content-check.ts';
import { checkRedirects, nginxRedirectsInclude } from '../../src/routes/redirects.ts';
import { redirectPageHtml } from '../../src/routes/redirect-page.ts';
import { copySources, ignoredCopySources } from '../../scripts/lib/dockerfile.ts';
import { isPreviewBuild, PLACEHOLDER_SITE_URL } from '../../src/routes/site-url.ts';
import { dateCheckBuildDate } from '../../scripts/lib/test-env.ts';
import { readFileSync } from 'node:fs';
import { buildDate, daysBetween } from '../../src/model/build-date.ts';
import { securityTxt, securityTxtExpires, securityTxtWarning } from '../../src/production/security-txt.ts';

describe('Content-Security-Policy from the built HTML', () => {
  const html = [
    '<html><head><script type="module">console.log("a")</script>',
    '<script type="application/json" id="data">{"x":1}</script>',
    '<script src="/_astro/x.js"></script>',
    '<style>p{color:red}</style></head>',
    '<body><p style="inline-size:&quot;10px&quot;" title="a > b">x</p><svg><rect style="fill:red"/></svg>',
    '<button onclick="go()">go</button>',
    '<script>const s = \'<p style="not-markup">\';</script></body></html>',
  ].join('');

  it('finds executable inline scripts, style elements, style attributes and event handlers', () => {
    const code = inlineCode(html);
    expect(code.scripts).toEqual(['console.log("a")', 'const s = \'<p style="not-markup">\';']);
    expect(code.styles).toEqual(['p{color:red}']);
    expect(code.styleAttributes).toEqual(['inline-size:"10px"', 'fill:red']);
    expect(code.eventHandlers).toEqual(['onclick="go()"']);
  });

  it('hashes the text as the browser does (SHA-256, base64)', () => {
    const expected = createHash('sha256').update('console.log("a")').digest('base64');
    expect(sha256Source('console.log("a")')).toBe(`'sha256-${expected}'`);
    expect(decodeEntities('&lt;&#x41;&#66;&amp;&quot;&unknown;')).toBe('<AB&"&unknown;');
  });

  it('allows each distinct inline code once and nothing inline when there is none', () => {
    const hashes = hashesOf([html, html]);
    expect(hashes.scripts).toHaveLength(2);
    const policy = contentSecurityPolicy(hashes);
    expect(policy).toContain(`script-src 'self' 'wasm-unsafe-eval' ${hashes.scripts.join(' ')}`);
    expect(policy).toContain(`style-src-attr 'unsafe-hashes' ${hashes.styleAttributes.join(' ')}`);
    expect(policy).not.toContain('unsafe-inline');
    const empty = contentSecurityPolicy(hashesOf(['<p>plain</p>']));
    expect(empty).toContain("script-src 'self' 'wasm-unsafe-eval';");
    expect(empty).toContain("style-src-attr 'none'");
    // Set per path by nginx (deploy/security-headers.conf), not in the policy derived from the build.
    expect(empty).not.toContain('frame-ancestors');
    expect(empty).toContain("worker-src 'self' blob:");
  });

  it('round-trips through the nginx include', () => {
    const policy = contentSecurityPolicy(hashesOf([html]));
    expect(policyFromInclude(nginxCspInclude(policy))).toBe(policy);
  });
});

describe('preview images', () => {
  it('publishes one image per page path', () => {
    expect(ogImagePath('/')).toBe('/og/index.png');
    expect(ogImagePath('/uitleg/')).toBe('/og/uitleg.png');
    expect(ogImagePath('/en/organisations/politie/')).toBe('/og/en/organisations/politie.png');
  });

  it('breaks a title into lines that fit and shrinks a long title', () => {
    const lines = wrapText('Uitleg bij de governance van de aanpak van mensenhandel', 1024, 72);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(textWidth(line, 72)).toBeLessThanOrEqual(1024);
    expect(fitTitle('Privacy', 1024)).toEqual({ fontSize: 72, lines: ['Privacy'] });
    const long = fitTitle('word '.repeat(120), 1024);
    expect(long.fontSize).toBe(52);
    expect(long.lines).toHaveLength(5);
    expect(long.lines[4].endsWith('…')).toBe(true);
  });

  it('draws title and site name as escaped SVG text', () => {
    const svg = ogImageSvg({ title: 'Wet & regels <nu>', siteName: 'Site', tagline: 'Tag' });
    expect(svg).toContain('width="1200" height="630"');
    expect(svg).toContain('Wet &amp; regels &lt;nu&gt;');
    expect(escapeXml('"x"')).toBe('&quot;x&quot;');
  });
});

describe('page metadata and sitemap', () => {
  const page = [
    '<html lang="nl"><head><link rel="canonical" href="https://s.example/uitleg/">',
    '<link rel="alternate" hreflang="nl" href="https://s.example/uitleg/">',
    '<link rel="alternate" hreflang="en" href="https://s.example/en/explanation/">',
    '<meta property="og:title" content="Uitleg &amp; meer"><meta property="og:site_name" content="Site">',
    '<meta property="og:image" content="https://s.example/og/uitleg.png"></head>',
    '<body><p class="last-changed">Laatst gewijzigd: <time datetime="2026-11-29">29 november 2026</time></p></body></html>',
  ].join('');

  it('reads canonical, alternates, preview image and last change from a page', () => {
    const meta = pageMeta(page);
    expect(meta).toMatchObject({
      lang: 'nl',
      canonical: 'https://s.example/uitleg/',
      alternates: { nl: 'https://s.example/uitleg/', en: 'https://s.example/en/explanation/' },
      title: 'Uitleg & meer',
      siteName: 'Site',
      image: 'https://s.example/og/uitleg.png',
      lastChanged: '2026-11-29',
      noindex: false,
      isRedirect: false,
    });
    expect(pageMeta('<head><meta name="robots" content="noindex"></head>').noindex).toBe(true);
    expect(pageMeta('<head><meta http-equiv="refresh" content="0;url=/x/"></head>').isRedirect).toBe(true);
  });

  it('lists pages with their language alternates', () => {
    const meta = pageMeta(page);
    const xml = sitemapXml([{ loc: meta.canonical!, lastmod: meta.lastChanged, alternates: meta.alternates }]);
    expect(xml).toContain('<loc>https://s.example/uitleg/</loc>');
    expect(xml).toContain('<lastmod>2026-11-29</lastmod>');
    expect(xml).toContain('<xhtml:link rel="alternate" hreflang="en" href="https://s.example/en/explanation/"/>');
    expect(xml).toContain('xmlns:xhtml="http://www.w3.org/1999/xhtml"');
  });
});

describe('changes', () => {
  it('are published at /wijzigingen/ with a feed beside it, newest first', () => {
    expect(changesUrl('nl')).toBe('/wijzigingen/');
    expect(changesFeedUrl('en')).toBe('/en/changes.xml');
    const sorted = sortChanges([
      { id: 'b', date: '2026-11-29' },
      { id: 'a', date: '2027-01-05' },
      { id: 'a2', date: '2026-11-29' },
    ]);
    expect(sorted.map((c) => c.id)).toEqual(['a', 'a2', 'b']);
  });

  it('make a valid Atom feed', () => {
    const xml = atomFeed({
      id: 'https://s.example/wijzigingen/',
      title: 'Wijzigingen',
      subtitle: 'Sub',
      lang: 'nl',
      author: 'Site',
      selfUrl: 'https://s.example/wijzigingen.xml',
      pageUrl: 'https://s.example/wijzigingen/',
      entries: [
        { id: 'https://s.example/wijzigingen/#a', title: 'A & B', updated: '2026-11-29', summary: 'S', link: 'https://s.example/wijzigingen/#a' },
        { id: 'https://s.example/wijzigingen/#b', title: 'B', updated: '2027-01-05', summary: 'S', link: 'https://s.example/wijzigingen/#b' },
      ],
    });
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="nl">');
    expect(xml).toMatch(/<\/subtitle>\n {2}<updated>2027-01-05T00:00:00Z<\/updated>/);
    expect(xml).toContain('<title>A &amp; B</title>');
    expect(xml).toContain('<link rel="self" type="application/atom+xml" href="https://s.example/wijzigingen.xml"/>');
  });

  it('must name existing page keys', () => {
    const pages: RawPage[] = (['nl', 'en'] as const).map((lang) => ({
      file: `pages/${lang}/home.mdx`,
      lang,
      frontmatter: { key: 'home', path: '', title: 'Home', description: 'D', kind: 'dienst', updated: '2026-11-29' },
      body: '',
    }));
    const change = (pageKeys: string[]) => ({
      file: 'data/changes/c.yml',
      line: 1,
      data: { id: 'c', date: '2026-11-29', title: { nl: 'T', en: 'T' }, description: { nl: 'D', en: 'D' }, pages: pageKeys },
    });
    const empty = { actors: [], relations: [], events: [], terms: [], sources: [], figures: [] };
    expect(checkContent({ ...empty, changes: [change(['home'])] }, pages).problems).toEqual([]);
    const problems = checkContent({ ...empty, changes: [change(['home', 'bestaat-niet'])] }, pages).problems;
    expect(problems.map((p) => `${p.record} ${p.field}: ${p.message}`)).toEqual(['change "c" pages[1]: unknown page key "bestaat-niet"']);
  });
});

describe('redirects of moved pages', () => {
  it('accepts site paths and rejects what nginx or a reader could trip over', () => {
    expect(checkRedirects('redirects.yml', { '/oud/': '/nieuw/', '/en/old/': '/en/new/' })).toEqual({ '/oud/': '/nieuw/', '/en/old/': '/en/new/' });
    expect(checkRedirects('redirects.yml', null)).toEqual({});
    expect(() => checkRedirects('redirects.yml', { '/oud': '/nieuw/' })).toThrow('redirects.yml › /oud: the old path must look like /path/');
    expect(() => checkRedirects('redirects.yml', { '/': '/nieuw/' })).toThrow('the old path');
    expect(() => checkRedirects('redirects.yml', { '/oud/': '/nieuw/; return 200 x' })).toThrow('redirects.yml › /oud/: the new path must look like /path/');
    expect(() => checkRedirects('redirects.yml', { '/oud/': 3 })).toThrow('the new path');
    expect(() => checkRedirects('redirects.yml', { '/oud/': '/oud/' })).toThrow('leads to itself');
    expect(() => checkRedirects('redirects.yml', { '/a/': '/b/', '/b/': '/c/' })).toThrow('redirects.yml › /a/: leads to /b/, which is itself redirected; point it at /c/');
    expect(() => checkRedirects('redirects.yml', ['/a/'])).toThrow('expected "old path: new path" lines');
  });

  it('become nginx locations that answer 301 with and without the final slash, keeping the query', () => {
    const include = nginxRedirectsInclude({ '/oud/': '/nieuw/', '/en/a/': '/en/b/' }, '/etc/nginx/site/security-headers.conf');
    expect(include).toBe(
      [
        '# Generated from content/redirects.yml by `npm run deploy-config`; never edit by hand.',
        'location = /en/a/ {',
        '    include /etc/nginx/site/security-headers.conf;',
        '    return 301 /en/b/$is_args$args;',
        '}',
        'location = /en/a {',
        '    include /etc/nginx/site/security-headers.conf;',
        '    return 301 /en/b/$is_args$args;',
        '}',
        'location = /oud/ {',
        '    include /etc/nginx/site/security-headers.conf;',
        '    return 301 /nieuw/$is_args$args;',
        '}',
        'location = /oud {',
        '    include /etc/nginx/site/security-headers.conf;',
        '    return 301 /nieuw/$is_args$args;',
        '}',
        '',
      ].join('\n'),
    );
  });
});

describe('the build date and what is dated from it', () => {
  it('takes BUILD_DATE when it is a real date and refuses anything else, naming it', () => {
    const saved = process.env.BUILD_DATE;
    try {
      process.env.BUILD_DATE = '2028-02-29';
      expect(buildDate()).toBe('2028-02-29');
      for (const bad of ['2027-02-29', '2026-13-01', '1-12-2026', 'today']) {
        process.env.BUILD_DATE = bad;
        expect(() => buildDate()).toThrow(`BUILD_DATE=${bad} is not a real calendar date`);
      }
      delete process.env.BUILD_DATE;
      expect(buildDate()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    } finally {
      if (saved === undefined) delete process.env.BUILD_DATE;
      else process.env.BUILD_DATE = saved;
    }
  });

  it('counts days across a leap day', () => {
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
    expect(daysBetween('2027-03-01', '2027-02-28')).toBe(-1);
  });

  it('lets security.txt expire a year after the build, on a real date, also from 29 February', () => {
    expect(securityTxtExpires('2026-12-01')).toBe('2027-12-01');
    expect(securityTxtExpires('2028-02-29')).toBe('2029-02-28');
    expect(securityTxt('2026-12-01')).toMatch(/^Expires: 2027-12-01T00:00:00\.000Z$/m);
    expect(securityTxt('2026-12-01')).toMatch(/^Contact: https:\/\/www\.nationaalrapporteur\.nl$/m);
  });

  it('warns when a build with an old BUILD_DATE leaves security.txt less than 30 days', () => {
    expect(securityTxtWarning('2026-12-01', '2026-12-01')).toBeUndefined();
    expect(securityTxtWarning('2026-12-01', '2027-11-01')).toBeUndefined();
    expect(securityTxtWarning('2026-12-01', '2027-11-02')).toBe('security.txt: Expires (2027-12-01) is 29 days away: build with a later BUILD_DATE, or without one');
    expect(securityTxtWarning('2026-12-01', '2027-12-02')).toMatch(/has passed/);
  });
});

describe('the page a moved address answers with', () => {
  it('forwards at once with a valid refresh, a canonical link and a visible link, in the language of its path', () => {
    const nl = redirectPageHtml('/toegankelijkheid/', '/toegankelijkheidsverklaring/', 'https://example.nl');
    expect(nl).toContain('<html lang="nl">');
    expect(nl).toContain('<meta http-equiv="refresh" content="0; url=/toegankelijkheidsverklaring/">');
    expect(nl).toContain('<link rel="canonical" href="https://example.nl/toegankelijkheidsverklaring/">');
    expect(nl).toContain('<meta name="robots" content="noindex">');
    expect(nl).toMatch(/<a href="\/toegankelijkheidsverklaring\/">https:\/\/example\.nl\/toegankelijkheidsverklaring\/<\/a>/);
    const en = redirectPageHtml('/en/accessibility/', '/en/accessibility-statement/', 'https://example.nl');
    expect(en).toContain('<html lang="en">');
    expect(en).toContain('<title>This page has moved</title>');
  });
});

describe('the Docker recipe', () => {
  const dockerfile = readFileSync('deploy/Dockerfile', 'utf8');
  const ignoreFile = readFileSync('deploy/Dockerfile.dockerignore', 'utf8');

  it('copies only what its ignore file lets into the build context', () => {
    expect(copySources(dockerfile)).toEqual(expect.arrayContaining(['deploy/nginx.conf', 'deploy/redirects.conf', 'dist/']));
    expect(ignoredCopySources(dockerfile, ignoreFile)).toEqual([]);
  });

  it('would name a COPY source the ignore file keeps out', () => {
    const without = ignoreFile.replace('!deploy/redirects.conf', '');
    expect(ignoredCopySources(dockerfile, without)).toEqual(['deploy/redirects.conf']);
    expect(ignoredCopySources('COPY --from=build /out /usr/share\nCOPY dist/ /x\n', '*\n')).toEqual(['dist/']);
  });

  it('refuses a preview build (the placeholder SITE_URL) unless told it is one', () => {
    expect(dockerfile).toContain(`<link rel="canonical" href="${PLACEHOLDER_SITE_URL}`);
    expect(dockerfile).toMatch(/ARG PREVIEW=0/);
    expect(isPreviewBuild(`<link rel="canonical" href="${PLACEHOLDER_SITE_URL}/">`)).toBe(true);
    expect(isPreviewBuild('<link rel="canonical" href="https://www.example.nl/">')).toBe(false);
  });
});

describe('the date check of npm test', () => {
  it('builds on the first 29 February at least a year ahead', () => {
    expect(dateCheckBuildDate('2026-12-01')).toBe('2028-02-29');
    expect(dateCheckBuildDate('2027-02-28')).toBe('2028-02-29');
    expect(dateCheckBuildDate('2027-03-01')).toBe('2032-02-29');
    expect(dateCheckBuildDate('2028-02-29')).toBe('2032-02-29');
  });
});
