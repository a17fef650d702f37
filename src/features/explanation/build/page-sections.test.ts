import { describe, expect, it } from 'vitest';
import { bodySections, contentsEntries, sectionHeadings } from './page-sections.ts';

const heading = (level: 2 | 3, id: string, text: string) => `<div class="heading-anchor"><h${level} id="${id}">${text}</h${level}><a href="#${id}"><span class="visually-hidden">Link: ${text}</span></a></div>`;
describe('contents of a page', () => {
  const html = [heading(2, 'a', 'Eerste'), '<p>Een.</p>', heading(3, 'a-1', 'Sub'), heading(2, 'b', 'Tweede &amp; meer'), heading(2, 'c', 'C'), heading(2, 'd', 'D')].join('');

  it('lists the h2 sections from four on, with their text', () => {
    expect(sectionHeadings(html).map((h) => `${h.depth}${h.id}`)).toEqual(['2a', '3a-1', '2b', '2c', '2d']);
    expect(contentsEntries(sectionHeadings(html)).map((h) => h.text)).toEqual(['Eerste', 'Tweede & meer', 'C', 'D']);
    expect(contentsEntries(sectionHeadings(html).slice(0, 4))).toEqual([]);
  });

  it('lists the h3 questions of a page without h2', () => {
    const questions = ['q1', 'q2', 'q3', 'q4'].map((id) => heading(3, id, id)).join('');
    expect(contentsEntries(sectionHeadings(questions)).map((h) => h.id)).toEqual(['q1', 'q2', 'q3', 'q4']);
  });

  it('cuts a body into sections of text blocks, without hidden labels, scripts or drawings', () => {
    const sections = bodySections(`<p>Intro.</p>${heading(2, 'a', 'A')}<script>var x = 1;</script><p>Tekst.</p><svg><text>as</text></svg>`);
    expect(sections).toEqual([
      { id: '', title: '', blocks: ['Intro.'] },
      { id: 'a', title: 'A', blocks: ['Tekst.'] },
    ]);
  });
});
