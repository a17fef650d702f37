/**
 * The PDF edition of a published version: where it is kept (content/versions/<key>/<date>/<lang>.pdf, with
 * pdf.yml recording each file's hash and the origin its links point to), its permanent URL beside the version's
 * page, and how its size reads. Pure; making the files is make-pdfs.ts, reading and checking them pdf-files.ts.
 */
import type { Lang } from '../../../model/schemas.ts';
import { versionUrl } from '../../../routes/routes.ts';
import { LOCALE } from '../../../i18n/translate.ts';

/** The record beside the PDFs of a version. */
export const PDF_RECORD_FILE = 'pdf.yml';

export interface PdfFileRecord {
  bytes: number;
  /** sha256 of the file, hex: a published PDF never changes. */
  sha256: string;
}

export interface PdfRecord {
  /** The public origin its links and its permanent URL use. */
  origin: string;
  /**
   * Made from a preview build (the placeholder origin): its first page says so, it is never served by a build for
   * the public origin, and it is the one kind of PDF a later run may replace (by the edition for the real origin).
   */
  preview: boolean;
  files: Record<Lang, PdfFileRecord>;
}

/** The file of one language's PDF inside the version's folder. */
export function pdfFileOf(lang: Lang): string {
  return `${lang}.pdf`;
}

/**
 * The name the PDF is downloaded as: the page's last path segment and the date ("uitleg-2026-12-06.pdf"); the
 * home page, which has no segment, is named after the site.
 */
export function pdfDownloadName(pagePath: string, date: string): string {
  const last = pagePath.split('/').filter(Boolean).pop() ?? 'governance-mensenhandel';
  return `${last}-${date}.pdf`;
}

/** The PDF's permanent URL, beside its version: /uitleg/versies/2026-12-06/uitleg-2026-12-06.pdf. */
export function pdfUrl(lang: Lang, pagePath: string, date: string): string {
  return `${versionUrl(lang, pagePath, date)}${pdfDownloadName(pagePath, date)}`;
}

/** "245 kB", "1,2 MB" (decimal units, as file managers show them). */
export function formatFileSize(bytes: number, lang: Lang): string {
  if (bytes < 1_000_000) return `${Math.max(1, Math.round(bytes / 1000))} kB`;
  return `${new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: 1 }).format(bytes / 1_000_000)} MB`;
}

/** Whether a build for `origin` may serve this PDF: a preview PDF only in a preview build, a final one only for its own origin. */
export function servedBy(record: PdfRecord, origin: string): boolean {
  return record.origin === origin;
}

/**
 * What a run of the PDF maker does for a version: make the missing edition; keep a public edition forever; keep a
 * preview edition while the build is a preview too, and replace it by the public edition once the build has the
 * public origin. So the placeholder origin is never frozen into a published file.
 */
export function pdfAction(record: PdfRecord | undefined, buildIsPreview: boolean): 'make' | 'keep' {
  if (!record) return 'make';
  if (!record.preview) return 'keep';
  return buildIsPreview ? 'keep' : 'make';
}
