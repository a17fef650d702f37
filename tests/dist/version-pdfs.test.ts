// The PDF edition of each version matches its page: the PDF's outline has the page's headings, in order (the list
// of link addresses added at the end); and the built site serves the PDF beside the version, linked from the version
// page ("Download als PDF" with its size) and from the versions list of the current page.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST } from './site-files.ts';
import { frozenPage, readPdfRecord, versionFolders } from '../../src/features/pdf-edition/build/pdf-files.ts';
import { formatFileSize, pdfFileOf, pdfUrl } from '../../src/features/pdf-edition/build/pdf-edition.ts';
import { pageUrl, versionUrl } from '../../src/routes/routes.ts';
import { translator } from '../../src/i18n/ui.ts';
import { LANGS } from '../../src/model/schemas.ts';

const folders = versionFolders(resolve('content'));
const page = (url: string) => readFileSync(join(DIST, url, 'index.html'), 'utf8');
const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' };
const plain = (html: string) => html.replace(/<[^>]+>/g, '').replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, name: string) => entities[name]);
const compact = (text: string) => text.replace(/\s+/g, '');

/**
 * The headings of the version's text as its page shows them: the title and every heading of the text, up to the
 * list of its sources. The parts after it (sources, versions, citation) are the site's, whose wording may change
 * after the PDF was frozen; the banner is left out of the PDF.
 */
function pageHeadings(html: string): string[] {
  let main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
  const end = main.indexOf('<section class="source-list');
  if (end > 0) main = main.slice(0, end);
  main = main.replace(/<aside class="version-banner"[\s\S]*?<\/aside>/, '');
  return [...main.matchAll(/<h([1-6])\b[^>]*>([\s\S]*?)<\/h\1>/g)].map((match) => plain(match[2]));
}

function pdfOutline(file: string): string[] {
  const xml = execFileSync('pdftohtml', ['-xml', '-i', '-q', '-stdout', file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 << 20 });
  return [...xml.matchAll(/<item page="\d+">([^<]*)<\/item>/g)].map((match) => plain(match[1]));
}

const origin = (html: string) => new URL(/<link rel="canonical" href="([^"]*)"/.exec(html)![1]).origin;

describe.each(folders.flatMap((folder) => LANGS.map((lang) => ({ folder, lang, name: `${folder.key}/${folder.date} ${lang}` }))))('the PDF of version $name', ({ folder, lang }) => {
  const { path } = frozenPage(folder, lang);
  const html = page(versionUrl(lang, path, folder.date));
  const record = readPdfRecord(folder);
  const file = join(folder.dir, pdfFileOf(lang));

  it('has an outline with the version page’s headings, in order, and ends with the addresses of the links', () => {
    const outline = pdfOutline(file).map(compact);
    const headings = pageHeadings(html).map(compact);
    expect(headings.length).toBeGreaterThan(1);
    expect(outline.slice(0, headings.length)).toEqual(headings);
    if (outline.length > headings.length) expect(outline.at(-1)).toBe(compact(translator(lang)('pdfLinkNotes')));
  });

  it.runIf(record && record.origin === origin(html))('is served beside the version and linked, with its size, from the version page and the versions list', () => {
    const url = pdfUrl(lang, path, folder.date);
    const served = join(DIST, url);
    expect(existsSync(served), `${url} is not in the build`).toBe(true);
    expect(readFileSync(served).equals(readFileSync(file))).toBe(true);
    const t = translator(lang);
    const size = formatFileSize(record!.files[lang].bytes, lang);
    expect(html).toMatch(new RegExp(`<a href="${url}"[^>]* type="application/pdf"`));
    expect(plain(html)).toContain(`${t('pdfDownload')} (${size})`);
    expect(page(pageUrl(lang, path))).toMatch(new RegExp(`<a class="pdf-download" href="${url}"[^>]* type="application/pdf"[^>]*>\\s*${t('pdfDownloadShort')} \\(${size.replace('.', '\\.')}\\)`));
  });
});
