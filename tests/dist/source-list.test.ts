// Every listed source reads as separate parts: "Title. Publisher, date. Number. Note link", never "Publisher.link".
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, htmlPages } from './site-files.ts';

/** The text a reader sees: tags removed without adding a space, so glued parts stay glued. */
const textOf = (html: string) => html.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');

describe('source lists', () => {
  it('separate the publisher, date, number, note and link by a space on every page', () => {
    const glued: string[] = [];
    const pages = htmlPages();
    expect(pages.length).toBeGreaterThan(20);
    for (const { path, file } of pages) {
      const html = readFileSync(file, 'utf8');
      // A link or note right after the full stop that ends the publisher, date or number, or a link right after a note.
      for (const pattern of [/\.<a href="http[^"]*" rel="external">/g, /\.<span class="source-note">/g, /<span class="source-note">[^<]*<\/span><a /g]) {
        for (const match of html.matchAll(pattern)) glued.push(`${path}: ${html.slice(Math.max(0, match.index - 60), match.index + 40)}`);
      }
    }
    expect(glued.slice(0, 20), glued.slice(0, 20).join('\n')).toEqual([]);
  });

  it('read "CoMensha. comensha.nl" on the CoMensha page, with a note between them where there is one', () => {
    const html = readFileSync(join(DIST, 'organisaties/comensha/index.html'), 'utf8');
    const list = html.slice(html.indexOf('<section class="source-list'));
    const text = textOf(list.slice(0, list.indexOf('</section>')));
    expect(text).toContain('Verbindende rol. CoMensha. comensha.nl');
    expect(text).toContain('aard en omvang. CoMensha. Onderdeel van het jaarverslag van CoMensha over 2020. publicaties.comensha.nl');
    expect(text).not.toMatch(/CoMensha\.(comensha\.nl|publicaties\.comensha\.nl|Onderdeel)/);
  });
});
