/**
 * The page a moved address answers with on a static host that cannot send a 301 (nginx sends real 301s, from
 * deploy/redirects.conf). It forwards at once, names the new address as canonical, is not indexed, and says in the
 * page's language where the page went, with a link, for a reader whose browser does not follow the refresh.
 */
import { escapeXml as escapeHtml } from '../production/og-image.ts';
import type { Lang } from '../model/schemas.ts';

const TEXT: Record<Lang, { title: string; body: string }> = {
  nl: { title: 'Deze pagina is verhuisd', body: 'Deze pagina staat nu op' },
  en: { title: 'This page has moved', body: 'This page is now at' },
};

export function langOfPath(path: string): Lang {
  return path === '/en/' || path.startsWith('/en/') ? 'en' : 'nl';
}

export function redirectPageHtml(from: string, to: string, site: string): string {
  const lang = langOfPath(from);
  const { title, body } = TEXT[lang];
  const target = escapeHtml(to);
  const canonical = escapeHtml(new URL(to, site).href);
  return [
    '<!doctype html>',
    `<html lang="${lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${title}</title>`,
    `<meta http-equiv="refresh" content="0; url=${target}">`,
    '<meta name="robots" content="noindex">',
    `<link rel="canonical" href="${canonical}">`,
    '</head>',
    '<body>',
    `<main><h1>${title}</h1><p>${body} <a href="${target}">${canonical}</a>.</p></main>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
