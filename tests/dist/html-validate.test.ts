import { describe, expect, it } from 'vitest';
import { HtmlValidate, FileSystemConfigLoader, formatterFactory } from 'html-validate';
import { htmlPages } from './site-files.ts';

const validator = new HtmlValidate(new FileSystemConfigLoader());
const format = formatterFactory('text');
const pages = htmlPages();

describe('html-validate over dist', () => {
  it('finds pages to check', () => {
    expect(pages.length).toBeGreaterThan(5);
  });

  it.each(pages.map((page) => [page.path, page.file]))('%s is valid HTML', async (_path, file) => {
    const report = await validator.validateFile(file);
    expect(report.valid, format(report.results)).toBe(true);
  });
});
