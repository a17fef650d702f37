/**
 * Makes the PDF editions of published versions from the built site (Node, Playwright with Debian's Chromium):
 * each version page in each language, as served from dist/, printed to a tagged A4 PDF with an outline of its
 * headings, page numbers, and its link addresses as numbered notes (prepare-page.ts, pdf-edition.css). The files go
 * into the version's folder with their hashes in pdf.yml and are never made again (pdfAction in pdf-edition.ts).
 * `npm run publish-version` calls this after building; `npm run version-pdfs` makes what is missing.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startStaticServer } from '../../../../scripts/lib/static-server.ts';
import { chromiumPath, CHROMIUM_ARGS } from '../../../../scripts/lib/test-env.ts';
import { LANGS, type Lang } from '../../../model/schemas.ts';
import { versionUrl } from '../../../routes/routes.ts';
import { isPreviewBuild } from '../../../routes/site-url.ts';
import { formatDate, translator } from '../../../i18n/ui.ts';
import { pdfAction, pdfFileOf, type PdfRecord } from './pdf-edition.ts';
import { frozenPage, readPdfRecord, sha256, versionFolders, writePdfRecord, type VersionFolder } from './pdf-files.ts';
import { preparePage } from './prepare-page.ts';

const STYLESHEET = fileURLToPath(new URL('../pdf-edition.css', import.meta.url));
const MARGIN = { top: '15mm', right: '16mm', bottom: '17mm', left: '16mm' };

export interface MadePdf {
  version: string;
  lang: Lang;
  file: string;
  bytes: number;
  notes: number;
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The footer on every page: the page's title and version, and the page number. */
function footer(lang: Lang, title: string, date: string): string {
  const t = translator(lang);
  const number = t('pdfPage', { page: '<span class="pageNumber"></span>', pages: '<span class="totalPages"></span>' });
  return `<div style="width:100%;margin:0 ${MARGIN.left};font:7.5pt sans-serif;color:#333;display:flex;justify-content:space-between;gap:8mm"><span>${escapeHtml(title)} · ${escapeHtml(t('pdfVersionLine', { date: formatDate(date, lang) }))}</span><span>${number}</span></div>`;
}

/**
 * Makes the PDFs that `pdfAction` asks for, for the given versions (default: all), from the build in `distDir`.
 * Returns what it made; throws when the build lacks a version's page.
 */
export async function makeVersionPdfs(options: { contentDir: string; distDir: string; only?: (folder: VersionFolder) => boolean; log?: (line: string) => void }): Promise<MadePdf[]> {
  const log = options.log ?? (() => {});
  const pages = versionFolders(options.contentDir)
    .filter(options.only ?? (() => true))
    .map((folder) => {
      const urls = Object.fromEntries(LANGS.map((lang) => [lang, versionUrl(lang, frozenPage(folder, lang).path, folder.date)])) as Record<Lang, string>;
      let html: string;
      try {
        html = readFileSync(join(options.distDir, urls.nl, 'index.html'), 'utf8');
      } catch {
        throw new Error(`The build in ${options.distDir} has no page ${urls.nl} for version ${folder.key}/${folder.date}: run npm run build first.`);
      }
      const canonical = /<link rel="canonical" href="([^"]*)"/.exec(html)?.[1];
      if (!canonical) throw new Error(`${urls.nl} in ${options.distDir} has no canonical link`);
      return { folder, urls, preview: isPreviewBuild(html), origin: new URL(canonical).origin };
    })
    .filter(({ folder, preview }) => pdfAction(readPdfRecord(folder), preview) === 'make');
  if (!pages.length) return [];

  // Loaded here, so that reading this module (publish-version's tests do) does not load Playwright.
  const { chromium } = await import('@playwright/test');
  const { server, url: base } = await startStaticServer(options.distDir);
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  const made: MadePdf[] = [];
  const stylesheet = readFileSync(STYLESHEET, 'utf8');
  try {
    // Without JavaScript: the page is complete without it (a rule of the site), and the PDF shows no state of a script.
    const context = await browser.newContext({ javaScriptEnabled: false });
    for (const { folder, urls, preview, origin } of pages) {
      const files = {} as PdfRecord['files'];
      for (const lang of LANGS) {
        const t = translator(lang);
        const page = await context.newPage();
        await page.goto(base + urls[lang], { waitUntil: 'load' });
        const { notes } = await page.evaluate(preparePage, {
          stylesheet,
          versionLine: t('pdfVersionLine', { date: formatDate(folder.date, lang) }),
          permanentLabel: t('pdfPermanentUrl'),
          permanentUrl: new URL(urls[lang], origin).href,
          previewNotice: preview ? t('pdfPreview') : undefined,
          notesHeading: t('pdfLinkNotes'),
          notesId: lang === 'nl' ? 'adressen-van-de-links' : 'addresses-of-the-links',
        });
        await page.evaluate(() => document.fonts.ready.then(() => undefined));
        const pdf = await page.pdf({
          format: 'A4',
          margin: MARGIN,
          tagged: true,
          outline: true,
          displayHeaderFooter: true,
          headerTemplate: '<span></span>',
          footerTemplate: footer(lang, frozenPage(folder, lang).title, folder.date),
        });
        await page.close();
        const file = join(folder.dir, pdfFileOf(lang));
        writeFileSync(file, pdf);
        files[lang] = { bytes: pdf.length, sha256: sha256(pdf) };
        made.push({ version: `${folder.key}/${folder.date}`, lang, file, bytes: pdf.length, notes });
        log(`${file}: ${Math.round(pdf.length / 1000)} kB, ${notes} link notes`);
      }
      writePdfRecord(folder, { origin, preview, files });
    }
  } finally {
    await browser.close();
    server.close();
  }
  return made;
}
