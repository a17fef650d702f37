// Every published version has its PDF edition, made once and never changed, readable as a letter's attachment:
// tagged (structure tree, language, title, outline), its text extractable, its first page naming the version's date
// and permanent URL — and "preview" when it was made without the public origin. Reads the committed files with
// poppler-utils (pdfinfo, pdftotext, pdftohtml; npm run setup installs them); makes no PDF.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPdfEditions, frozenPage, readPdfRecord, versionFolders } from '../../src/features/pdf-edition/build/pdf-files.ts';
import { pdfFileOf } from '../../src/features/pdf-edition/build/pdf-edition.ts';
import { PLACEHOLDER_SITE_URL } from '../../src/routes/site-url.ts';
import { versionUrl } from '../../src/routes/routes.ts';
import { formatDate, translator } from '../../src/i18n/ui.ts';
import { LANGS } from '../../src/model/schemas.ts';

const CONTENT = resolve('content');
const folders = versionFolders(CONTENT);
const poppler = (tool: string, ...args: string[]) => execFileSync(tool, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 << 20 });
const squeeze = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('the PDF editions of the published versions', () => {
  it('are there for every version, and none changed since it was made', () => {
    expect(folders.length).toBeGreaterThan(0);
    const problems = checkPdfEditions(CONTENT).map((problem) => `${problem.file} (version ${problem.version}): ${problem.message}`);
    expect(problems).toEqual([]);
  });

  describe.each(folders.flatMap((folder) => LANGS.map((lang) => ({ folder, lang, name: `${folder.key}/${folder.date} ${lang}` }))))('$name', ({ folder, lang }) => {
    const file = join(folder.dir, pdfFileOf(lang));
    const record = readPdfRecord(folder);
    const page = frozenPage(folder, lang);

    it('is tagged, with its language, its title and a structure tree', () => {
      const info = poppler('pdfinfo', file);
      expect(info).toMatch(/^Tagged:\s+yes$/m);
      expect(info).toMatch(/^Page size:.* pts \(A4\)$/m);
      expect(squeeze(/^Title:\s+(.*)$/m.exec(info)?.[1] ?? '')).toContain(squeeze(page.title));
      expect(readFileSync(file).toString('latin1')).toContain(`/Lang (${lang})`);
      const tree = poppler('pdfinfo', '-struct', file);
      expect(tree).toMatch(/^Document/m);
      expect(tree).toMatch(/^\s+H1\b/m);
      expect(tree).toMatch(/^\s+H2\b/m);
      expect(tree).toMatch(/^\s+P\b/m);
    });

    it('names the version date and its permanent URL on the first page, as selectable text', () => {
      const first = squeeze(poppler('pdftotext', '-f', '1', '-l', '1', file, '-'));
      expect(first).toContain(squeeze(page.title));
      expect(first).toContain(translator(lang)('pdfVersionLine', { date: formatDate(folder.date, lang) }));
      // -layout keeps a hyphen where the address wraps (plain pdftotext joins "2026-12-" and "06/" into "2026-1206/").
      const layout = poppler('pdftotext', '-layout', '-f', '1', '-l', '1', file, '-').replace(/\s/g, '');
      expect(layout).toContain(new URL(versionUrl(lang, page.path, folder.date), record!.origin).href);
      if (record!.preview) {
        expect(record!.origin).toBe(PLACEHOLDER_SITE_URL);
        expect(first).toContain(squeeze(translator(lang)('pdfPreview')));
      } else {
        expect(record!.origin).not.toBe(PLACEHOLDER_SITE_URL);
        expect(first).not.toContain(PLACEHOLDER_SITE_URL);
      }
    });

    it('has an outline of its headings, the title first, and the link addresses as notes at the end', () => {
      const outline = [...poppler('pdftohtml', '-xml', '-i', '-q', '-stdout', file).matchAll(/<item page="\d+">([^<]*)<\/item>/g)].map((match) => match[1]);
      expect(outline[0].replace(/\s/g, '')).toBe(page.title.replace(/\s/g, ''));
      const text = poppler('pdftotext', file, '-');
      const notes = translator(lang)('pdfLinkNotes');
      if (text.includes(notes)) {
        expect(outline.at(-1)).toBe(notes);
        expect(text.slice(text.lastIndexOf(notes))).toMatch(/1\.\s+https?:\/\//);
      }
      expect(text).not.toMatch(/ \(https?:\/\/[^)\s]+\)/);
    });
  });
});
