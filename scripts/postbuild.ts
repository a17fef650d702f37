/**
 * Runs after `astro build` and Pagefind (part of `npm run build`), over OUT_DIR or dist/:
 * 1. a preview image (PNG 1200 x 630) for every page that names one in og:image;
 * 2. sitemap.xml from the canonical and hreflang links of every indexed page;
 * 3. .gz and .br copies of every text file, for nginx (deploy/README.md).
 * These read the built pages, so they cover every route without a list of pages to keep in step.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { distDir } from './lib/test-env.ts';
import { filesUnder } from './lib/files.ts';
import { compressDir } from './lib/compress.ts';
import { pageMeta } from '../src/production/page-meta.ts';
import { ogImageSvg, OG_FONT_FAMILY } from '../src/production/og-image.ts';
import { sitemapXml, type SitemapEntry } from '../src/production/sitemap.ts';
import { translator } from '../src/i18n/ui.ts';
import { isPreviewBuild, PLACEHOLDER_SITE_URL } from '../src/routes/site-url.ts';
import { PLACEHOLDER_CONTACT_EMAIL } from '../src/routes/contact-email.ts';

const dist = distDir();
const started = Date.now();
const pages = filesUnder(dist)
  .filter((file) => file.endsWith('.html') && !file.includes('/pagefind/'))
  .map((file) => ({ file, meta: pageMeta(readFileSync(file, 'utf8')) }));

const fontDir = join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const font = {
  fontFiles: [join(fontDir, 'DejaVuSans.ttf'), join(fontDir, 'DejaVuSans-Bold.ttf')],
  loadSystemFonts: false,
  defaultFontFamily: OG_FONT_FAMILY,
};

let images = 0;
for (const { meta } of pages) {
  if (!meta.image || !meta.title || !meta.siteName) continue;
  const lang = meta.lang === 'en' ? 'en' : 'nl';
  const svg = ogImageSvg({ title: meta.title, siteName: meta.siteName, tagline: translator(lang)('siteTagline') });
  const target = join(dist, new URL(meta.image).pathname);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, new Resvg(svg, { font, fitTo: { mode: 'original' } }).render().asPng());
  images += 1;
}

const entries: SitemapEntry[] = pages
  .map(({ meta }) => meta)
  .filter((meta) => meta.canonical && !meta.noindex && !meta.isRedirect)
  .map((meta) => ({ loc: meta.canonical!, lastmod: meta.lastChanged, alternates: meta.alternates }));
writeFileSync(join(dist, 'sitemap.xml'), sitemapXml(entries));

const compressed = compressDir(dist);
const kb = (bytes: number) => `${Math.round(bytes / 1024)} KB`;
console.log(
  `postbuild: ${images} preview images, sitemap of ${entries.length} pages, ${compressed.files} files compressed ` +
    `(${kb(compressed.bytes)} -> gzip ${kb(compressed.gzipBytes)}, brotli ${kb(compressed.brotliBytes)}) in ${Date.now() - started} ms`,
);
if (isPreviewBuild(readFileSync(join(dist, 'index.html'), 'utf8'))) {
  console.warn(
    `⚠ A preview build: SITE_URL is not set, so links point to ${PLACEHOLDER_SITE_URL} and "Klopt er iets niet?" ` +
      `mails go to ${PLACEHOLDER_CONTACT_EMAIL} unless CONTACT_EMAIL is set. Do not deploy it.`,
  );
}
