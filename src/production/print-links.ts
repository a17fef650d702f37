/**
 * Printed pages show where a link leads: a link to another page of this site as its full address on the site's
 * origin, an in-page anchor not at all. The print stylesheet shows `data-print-url`; this adds it to every link
 * inside <main> that points into the site. Pure: it takes the page's HTML and the site's origin.
 */
const LINK_INTO_SITE = /<a\b([^>]*?)\bhref="(\/(?!\/)[^"]*)"([^>]*)>/g;

export function withPrintAddresses(html: string, site: URL | string): string {
  const start = html.indexOf('<main');
  const end = html.indexOf('</main>', start);
  if (start < 0 || end < 0) return html;
  const main = html.slice(start, end).replace(LINK_INTO_SITE, (tag, before: string, href: string, after: string) =>
    /\bdata-print-url=/.test(tag) ? tag : `<a${before}href="${href}" data-print-url="${new URL(href.replace(/&amp;/g, '&'), site).href.replace(/&/g, '&amp;')}"${after}>`,
  );
  return html.slice(0, start) + main + html.slice(end);
}
