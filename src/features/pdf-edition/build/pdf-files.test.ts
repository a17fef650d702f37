import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkPdfEditions, sha256, versionFolders, writePdfRecord } from './pdf-files.ts';

const content = mkdtempSync(join(tmpdir(), 'gmh-pdfs-'));
afterAll(() => rmSync(content, { recursive: true, force: true }));

describe('the check of the PDF editions', () => {
  const made = join(content, 'versions/uitleg/2026-11-29');
  const missing = join(content, 'versions/uitleg/2026-12-01');
  mkdirSync(made, { recursive: true });
  mkdirSync(missing, { recursive: true });
  const pdf = (text: string) => Buffer.from(`%PDF-1.7 ${text}`);
  writeFileSync(join(made, 'nl.pdf'), pdf('nl'));
  writeFileSync(join(made, 'en.pdf'), pdf('en'));
  const [folder] = versionFolders(content);
  writePdfRecord(folder, {
    origin: 'https://governance-mensenhandel.example',
    preview: true,
    files: { nl: { bytes: 12, sha256: sha256(pdf('nl')) }, en: { bytes: 12, sha256: sha256(pdf('en')) } },
  });

  it('names a version without its PDF edition', () => {
    expect(checkPdfEditions(content, content)).toEqual([
      { file: 'versions/uitleg/2026-12-01/pdf.yml', version: 'uitleg/2026-12-01', message: expect.stringContaining('has no PDF edition') },
    ]);
  });

  it('names a PDF that changed after it was made', () => {
    writeFileSync(join(made, 'nl.pdf'), pdf('nl, edited'));
    const problems = checkPdfEditions(content, content).filter((problem) => problem.version === 'uitleg/2026-11-29');
    expect(problems).toEqual([{ file: 'versions/uitleg/2026-11-29/nl.pdf', version: 'uitleg/2026-11-29', message: expect.stringMatching(/^changed after publication: its sha256 is [0-9a-f]{64}, pdf\.yml recorded/) }]);
  });
});
