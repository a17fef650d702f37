import { describe, expect, it } from 'vitest';
import { formatFileSize, pdfAction, pdfDownloadName, pdfUrl, servedBy, type PdfRecord } from './pdf-edition.ts';

describe('the PDF edition of a version', () => {
  it('lives beside the version page, named after the page and the date', () => {
    expect(pdfUrl('nl', 'uitleg', '2026-12-06')).toBe('/uitleg/versies/2026-12-06/uitleg-2026-12-06.pdf');
    expect(pdfUrl('en', 'explanation', '2026-12-06')).toBe('/en/explanation/versions/2026-12-06/explanation-2026-12-06.pdf');
    expect(pdfUrl('nl', '', '2026-11-29')).toBe('/versies/2026-11-29/governance-mensenhandel-2026-11-29.pdf');
    expect(pdfDownloadName('uitleg/advies', '2026-12-05')).toBe('advies-2026-12-05.pdf');
  });

  it('states its size in kB or MB, written for the language', () => {
    expect(formatFileSize(245_400, 'nl')).toBe('245 kB');
    expect(formatFileSize(300, 'en')).toBe('1 kB');
    expect(formatFileSize(1_240_000, 'nl')).toBe('1,2 MB');
    expect(formatFileSize(1_240_000, 'en')).toBe('1.2 MB');
  });

  it('is served only by a build for the origin it was made for', () => {
    const file = { bytes: 1, sha256: 'x' };
    const preview: PdfRecord = { origin: 'https://governance-mensenhandel.example', preview: true, files: { nl: file, en: file } };
    expect(servedBy(preview, 'https://governance-mensenhandel.example')).toBe(true);
    expect(servedBy(preview, 'https://uitleg.example.nl')).toBe(false);
  });

  it('is made once: a public edition is kept for ever, a preview edition only until a build has the public origin', () => {
    const file = { bytes: 1, sha256: 'x' };
    const preview: PdfRecord = { origin: 'https://governance-mensenhandel.example', preview: true, files: { nl: file, en: file } };
    const published: PdfRecord = { origin: 'https://uitleg.example.nl', preview: false, files: { nl: file, en: file } };
    expect(pdfAction(undefined, true)).toBe('make');
    expect(pdfAction(undefined, false)).toBe('make');
    expect(pdfAction(preview, true)).toBe('keep');
    expect(pdfAction(preview, false)).toBe('make');
    expect(pdfAction(published, false)).toBe('keep');
    expect(pdfAction(published, true)).toBe('keep');
  });
});
