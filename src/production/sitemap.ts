/** sitemap.xml with the language versions of each page as hreflang alternates (sitemaps.org, Google's xhtml:link). */
import { escapeXml } from './og-image.ts';

export interface SitemapEntry {
  loc: string;
  lastmod?: string;
  /** hreflang -> absolute URL; a page with a translation lists both, itself included. */
  alternates: Record<string, string>;
}

export function sitemapXml(entries: SitemapEntry[]): string {
  const urls = [...entries]
    .sort((a, b) => a.loc.localeCompare(b.loc))
    .map((entry) =>
      [
        '  <url>',
        `    <loc>${escapeXml(entry.loc)}</loc>`,
        ...(entry.lastmod ? [`    <lastmod>${entry.lastmod}</lastmod>`] : []),
        ...Object.entries(entry.alternates)
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([lang, href]) => `    <xhtml:link rel="alternate" hreflang="${escapeXml(lang)}" href="${escapeXml(href)}"/>`),
        '  </url>',
      ].join('\n'),
    );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...urls,
    '</urlset>',
    '',
  ].join('\n');
}
