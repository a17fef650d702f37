// Every page names its language, its canonical URL and its counterpart in the other language, and the counterpart
// exists, is in that language and links back. Read from the built HTML; tests/e2e/languages.spec.ts checks that the
// language switch shows.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { htmlPages, isErrorPage } from './site-files.ts';
import { pageMeta } from '../../src/production/page-meta.ts';
import { siteUrl } from '../../src/routes/site-url.ts';
import { currentPageOf } from '../../src/routes/routes.ts';

const SITE = siteUrl();
const pages = htmlPages().map((page) => ({ ...page, html: readFileSync(page.file, 'utf8') }));
const byPath = new Map(pages.map((page) => [page.path, page]));
const switchHref = (html: string) => /<a class="language-switch" href="([^"]+)" hreflang="([^"]+)"/.exec(html);

describe('languages and canonical URLs', () => {
  it.each(pages.map((page) => [page.path, page]))('%s has its lang, a canonical URL and its counterpart', (path, { html }) => {
    const lang = path.startsWith('/en/') ? 'en' : 'nl';
    const meta = pageMeta(html);
    expect(meta.lang).toBe(lang);
    if (isErrorPage(path)) return;
    if (path.endsWith('/embed/')) {
      // An embed stands for its full page: that is its canonical URL, and it has no language switch of its own.
      expect(meta.canonical).toBe(`${SITE}${path.replace(/embed\/$/, '')}`);
      expect(Object.keys(meta.alternates)).toEqual([]);
      expect(switchHref(html)).toBeNull();
      return;
    }
    // An old version of a page names the current page as canonical.
    expect(meta.canonical).toBe(`${SITE}${currentPageOf(path) ?? path}`);
    const other = lang === 'nl' ? 'en' : 'nl';
    expect(meta.alternates[lang]).toBe(`${SITE}${path}`);
    expect(meta.alternates[other]).toMatch(new RegExp(`^${SITE}/`));
    const link = switchHref(html);
    expect(link, 'the language switch').not.toBeNull();
    const [, href, hreflang] = link!;
    expect(hreflang).toBe(other);
    expect(`${SITE}${href}`).toBe(meta.alternates[other]);
    // The counterpart exists, is in the other language, and links back here.
    const counterpart = byPath.get(href);
    expect(counterpart, `${href} is built`).toBeDefined();
    expect(pageMeta(counterpart!.html).lang).toBe(other);
    expect(switchHref(counterpart!.html)?.[1]).toBe(path);
  });
});

describe('links in the text stay in the page’s language', () => {
  /** Links to pages inside <main>: not to files (data, feeds, images) and not the ones that name their language (hreflang). */
  const pageLinks = (html: string) => {
    const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
    return [...main.matchAll(/<a\b[^>]*>/g)]
      .map(([tag]) => tag)
      .filter((tag) => !/\shreflang=/.test(tag))
      .map((tag) => /\shref="(\/[^"#?]*)/.exec(tag)?.[1])
      .filter((href): href is string => href !== undefined && !/\.[a-z0-9]+$/i.test(href));
  };
  // A published version keeps its text as it was, mistakes included (/en/about/versions/2026-11-29/ links /data/).
  const current = pages.filter((page) => !isErrorPage(page.path) && currentPageOf(page.path) === undefined);
  it.each(current.map((page) => [page.path, page]))('%s', (path, { html }) => {
    const english = path.startsWith('/en/');
    const otherLanguage = pageLinks(html).filter((href) => href.startsWith('/en/') !== english);
    expect(otherLanguage).toEqual([]);
  });
});
