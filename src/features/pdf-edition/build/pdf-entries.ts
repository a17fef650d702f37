/**
 * The PDF editions a build serves (Node, at build time): those made for the build's own origin, so a build for the
 * public origin never serves a preview PDF. Their routes (src/pages/[...path]/[file].pdf.ts and the English one) and
 * the links with their size come from here. A PDF that changed after it was made stops the build, naming the file.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Lang } from '../../../model/schemas.ts';
import { LANG_ROOT, versionUrl } from '../../../routes/routes.ts';
import { siteUrl } from '../../../routes/site-url.ts';
import { pdfFileOf, pdfUrl, servedBy } from './pdf-edition.ts';
import { checkPdfEditions, frozenPage, readPdfRecord, versionFolders } from './pdf-files.ts';

export interface PdfEdition {
  key: string;
  date: string;
  lang: Lang;
  url: string;
  /** The version's page, which the PDF prints. */
  pageUrl: string;
  bytes: number;
  /** The file in the content folder. */
  file: string;
}

let editions: PdfEdition[] | undefined;

function allEditions(): PdfEdition[] {
  if (editions) return editions;
  const contentDir = resolve(process.env.CONTENT_DIR ?? 'content');
  const changed = checkPdfEditions(contentDir).filter((problem) => problem.message.startsWith('changed'));
  if (changed.length) throw new Error(changed.map((problem) => `${problem.file}: ${problem.message}`).join('\n'));
  const origin = new URL(siteUrl()).origin;
  editions = versionFolders(contentDir).flatMap((folder) => {
    const record = readPdfRecord(folder);
    if (!record || !servedBy(record, origin)) return [];
    return (['nl', 'en'] as const)
      .filter((lang) => record.files?.[lang])
      .map((lang) => ({
        key: folder.key,
        date: folder.date,
        lang,
        url: pdfUrl(lang, frozenPage(folder, lang).path, folder.date),
        pageUrl: versionUrl(lang, frozenPage(folder, lang).path, folder.date),
        bytes: record.files[lang].bytes,
        file: join(folder.dir, pdfFileOf(lang)),
      }));
  });
  return editions;
}

/** The PDF edition of a version in a language, if this build serves one. */
export function pdfEditionOf(lang: Lang, key: string, date: string): PdfEdition | undefined {
  return allEditions().find((edition) => edition.lang === lang && edition.key === key && edition.date === date);
}

/** The PDF edition of the version page at `pageUrl` (/uitleg/versies/2026-12-06/), if this build serves one. */
export function pdfEditionAt(pageUrl: string): PdfEdition | undefined {
  return allEditions().find((edition) => edition.pageUrl === pageUrl);
}

/** getStaticPaths of the PDF routes of one language: params `path` (below the language root) and `file` (without .pdf). */
export function pdfRoutes(lang: Lang) {
  return allEditions()
    .filter((edition) => edition.lang === lang)
    .map((edition) => {
      const [, path, file] = /^(.*)\/([^/]+)\.pdf$/.exec(edition.url.slice(LANG_ROOT[lang].length - 1))!;
      return { params: { path: path.replace(/^\//, ''), file }, props: { file: edition.file } };
    });
}

export function pdfResponse(file: string): Response {
  return new Response(readFileSync(file), { headers: { 'Content-Type': 'application/pdf' } });
}
