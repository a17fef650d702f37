/**
 * Reads and checks the PDF editions kept with the published versions (Node only): every version folder in
 * <content>/versions/<key>/<date>/ has nl.pdf, en.pdf and pdf.yml, and each file still has the hash pdf.yml
 * recorded when it was made. The build (the PDF route) and the tests use this check.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, stringify } from 'yaml';
import { LANGS, type Lang } from '../../../model/schemas.ts';
import { splitFrontmatter } from '../../../model/read-content.ts';
import { PDF_RECORD_FILE, pdfFileOf, type PdfRecord } from './pdf-edition.ts';
import { DATA_STATES_KEY } from '../../versions/build/data-states.ts';

export interface VersionFolder {
  key: string;
  date: string;
  dir: string;
}

export interface PdfProblem {
  file: string;
  version: string;
  message: string;
}

const DATE_FOLDER = /^\d{4}-\d{2}-\d{2}$/;

/** Every published version's folder, by page key and date. */
export function versionFolders(contentDir: string): VersionFolder[] {
  const base = join(contentDir, 'versions');
  if (!existsSync(base)) return [];
  return readdirSync(base)
    .sort()
    // The dated states of the data (versions/data/) have no text to print.
    .filter((key) => key !== DATA_STATES_KEY && statSync(join(base, key)).isDirectory())
    .flatMap((key) =>
      readdirSync(join(base, key))
        .sort()
        .filter((date) => DATE_FOLDER.test(date))
        .map((date) => ({ key, date, dir: join(base, key, date) })),
    );
}

/** The frozen page's front matter (its path and title), from <lang>.mdx in the version's folder. */
export function frozenPage(folder: VersionFolder, lang: Lang): { path: string; title: string } {
  const parts = splitFrontmatter(readFileSync(join(folder.dir, `${lang}.mdx`), 'utf8'));
  const data = parse(parts?.frontmatter ?? '') as { path?: string; title?: string };
  return { path: data.path ?? '', title: data.title ?? '' };
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function readPdfRecord(folder: VersionFolder): PdfRecord | undefined {
  const file = join(folder.dir, PDF_RECORD_FILE);
  return existsSync(file) ? (parse(readFileSync(file, 'utf8')) as PdfRecord) : undefined;
}

export function writePdfRecord(folder: VersionFolder, record: PdfRecord): void {
  const header =
    `# The PDF edition of version "${folder.key}" of ${folder.date}, written by npm run publish-version (or npm run version-pdfs).` +
    ` Never edit it or the PDFs: their URL promises these files.${record.preview ? ' A preview edition: the next run for the public origin replaces it.' : ''}\n`;
  writeFileSync(join(folder.dir, PDF_RECORD_FILE), header + stringify(record, { lineWidth: 0 }));
}

/** What is missing or changed among the PDF editions; each problem names the file. */
export function checkPdfEditions(contentDir: string, root = process.cwd()): PdfProblem[] {
  const problems: PdfProblem[] = [];
  for (const folder of versionFolders(contentDir)) {
    const version = `${folder.key}/${folder.date}`;
    const recordFile = relative(root, join(folder.dir, PDF_RECORD_FILE));
    const record = readPdfRecord(folder);
    if (!record) {
      problems.push({ file: recordFile, version, message: `version ${version} has no PDF edition: make it with npm run version-pdfs (after npm run build)` });
      continue;
    }
    for (const lang of LANGS) {
      const path = join(folder.dir, pdfFileOf(lang));
      const file = relative(root, path);
      const recorded = record.files?.[lang];
      if (!recorded) problems.push({ file: recordFile, version, message: `records no ${lang} PDF` });
      else if (!existsSync(path)) problems.push({ file, version, message: `the ${lang} PDF of version ${version} is missing` });
      else {
        const hash = sha256(readFileSync(path));
        if (hash !== recorded.sha256) {
          problems.push({ file, version, message: `changed after publication: its sha256 is ${hash}, ${PDF_RECORD_FILE} recorded ${recorded.sha256}. A published PDF never changes: restore it from git` });
        }
      }
    }
  }
  return problems;
}
