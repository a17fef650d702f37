import { describe, expect, it } from 'vitest';
import { sitemapXml } from './sitemap.ts';
import { pageMeta } from './page-meta.ts';

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
