/**
 * What a built page says about itself in its <head>: canonical URL, language alternates, preview image, whether
 * it is indexed. The sitemap and the preview images are made from this after the build, so every page the site
 * emits is covered, whichever route renders it.
 */
import { decodeEntities } from './csp.ts';

export interface PageMeta {
  lang?: string;
  canonical?: string;
  /** hreflang -> absolute URL, x-default included. */
  alternates: Record<string, string>;
  noindex: boolean;
  isRedirect: boolean;
  title?: string;
  siteName?: string;
  image?: string;
  /** The page's "last changed" date (YYYY-MM-DD), when it shows one. */
  lastChanged?: string;
}

function attributes(tag: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const match of tag.matchAll(/\s([a-zA-Z:-]+)\s*=\s*"([^"]*)"/g)) found[match[1].toLowerCase()] = decodeEntities(match[2]);
  return found;
}

export function pageMeta(html: string): PageMeta {
  const head = html.slice(0, Math.max(html.indexOf('</head>'), 0) || html.length);
  const meta: PageMeta = { alternates: {}, noindex: false, isRedirect: false };
  meta.lang = /<html\b[^>]*\blang="([^"]+)"/.exec(html)?.[1];
  for (const [tag] of head.matchAll(/<(link|meta)\b[^>]*>/g)) {
    const a = attributes(tag);
    if (tag.startsWith('<link')) {
      if (a.rel === 'canonical') meta.canonical = a.href;
      if (a.rel === 'alternate' && a.hreflang) meta.alternates[a.hreflang] = a.href;
      continue;
    }
    if (a['http-equiv']?.toLowerCase() === 'refresh') meta.isRedirect = true;
    if (a.name === 'robots' && /noindex/.test(a.content ?? '')) meta.noindex = true;
    if (a.property === 'og:title') meta.title = a.content;
    if (a.property === 'og:site_name') meta.siteName = a.content;
    if (a.property === 'og:image') meta.image = a.content;
  }
  meta.lastChanged = /class="last-changed"[\s\S]*?<time datetime="(\d{4}-\d{2}-\d{2})"/.exec(html)?.[1];
  return meta;
}
