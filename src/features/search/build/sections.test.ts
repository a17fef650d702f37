// What the search index reads of a built page: words in adjacent elements stay apart, and a long page becomes one
// document per section (src/features/search/build/sections.ts). The real indexing of such documents: search-index.test.ts.
import { describe, expect, it } from 'vitest';
import { indexDocuments, spaceBetweenElements, type SectionRules } from './sections.ts';

const RULES: SectionRules = { minWords: 20, minSections: 2, excluded: ['.source-list'] };

const words = (count: number, word: string) => Array.from({ length: count }, () => word).join(' ');

/** A built page in the site's shape: headings in anchor wrappers, a summary box, a source list. */
function page(body: string): string {
  return (
    '<!doctype html><html lang="nl"><head><title>Uitleg | Site</title>' +
    '<meta name="search-kind" content="pagina" data-pagefind-meta="kind[content]"></head>' +
    `<body><nav>menu</nav><main id="inhoud" data-pagefind-body><div class="wrapper"><article><h1>Uitleg &amp; meer</h1>${body}</article></div></main></body></html>`
  );
}

const LONG = page(
  `<aside class="in-short"><h2 id="in-het-kort">In het kort</h2><p>${words(5, 'kort')}</p></aside>` +
    `<div class="prose"><p>${words(5, 'inleiding')}</p>` +
    `<div class="heading-anchor"><h2 id="regie">Leiderschap en "regie"</h2><a href="#regie" data-pagefind-ignore>#</a></div>` +
    `<p>${words(10, 'regie')}</p><h3 id="regie-nu">Wat is er nu?</h3><p>${words(5, 'nu')}</p>` +
    `<div class="heading-anchor"><h2 id="taskforce">Taskforce</h2></div><p>${words(10, 'taskforce')}</p></div>` +
    `<section class="source-list"><h2 id="bronnen-bij-deze-pagina">Bronnen bij deze pagina</h2><ol><li>${words(30, 'bron')}</li></ol></section>`,
);

describe('the text the index reads', () => {
  it('puts a space between an element and the next, so their words do not run together', () => {
    expect(spaceBetweenElements('<span>(nu en in het voorstel)</span><sup>[1]</sup><span>CoMensha is voorzitter</span>')).toBe(
      '<span>(nu en in het voorstel)</span> <sup>[1]</sup> <span>CoMensha is voorzitter</span>',
    );
    // Text right after a tag is left alone: "CoMensha's" stays one word.
    expect(spaceBetweenElements('<a href="/x/">CoMensha</a>’s <b>taak</b>.')).toBe('<a href="/x/">CoMensha</a>’s <b>taak</b>.');
  });
});

describe('a long page, one document per section', () => {
  it('gives each section its anchor, its heading as title and the page as context; the opening keeps the rest', () => {
    const documents = indexDocuments('/uitleg/', LONG, RULES);
    expect(documents.map((d) => d.url)).toEqual(['/uitleg/', '/uitleg/#regie', '/uitleg/#taskforce']);
    const [opening, regie, taskforce] = documents.map((d) => d.html);
    expect(opening).toContain('In het kort');
    expect(opening).toContain('inleiding');
    expect(opening).not.toContain('regie regie');
    expect(regie).toContain('<html lang="nl">');
    expect(regie).toContain('data-pagefind-meta="kind[content]"');
    expect(regie).toContain('<meta data-pagefind-meta="title[content]" content="Leiderschap en &quot;regie&quot;">');
    expect(regie).toContain('<meta data-pagefind-meta="page[content]" content="Uitleg &amp; meer">');
    expect(regie).toMatch(/<main data-pagefind-body>.*<h2>Leiderschap en "regie"<\/h2>/);
    expect(regie).toContain('<h3 id="regie-nu">');
    expect(regie).not.toContain('taskforce taskforce');
    expect(taskforce).toContain('taskforce taskforce');
    // The source list is left out of the index, so it opens no section of its own.
    expect(documents.some((d) => d.url.includes('bronnen-bij-deze-pagina'))).toBe(false);
  });

  it('leaves a page whole when it is short, has few sections, or has Pagefind tags in its body', () => {
    expect(indexDocuments('/uitleg/', LONG, { ...RULES, minWords: 500 })).toHaveLength(1);
    expect(indexDocuments('/uitleg/', LONG, { ...RULES, minSections: 3 })).toHaveLength(1);
    const tagged = LONG.replace('<p>', '<p data-pagefind-filter="soort">');
    expect(indexDocuments('/uitleg/', tagged, RULES)).toEqual([{ url: '/uitleg/', html: spaceBetweenElements(tagged) }]);
    expect(indexDocuments('/404.html', '<html><body><main><h2 id="a">A</h2></main></body></html>', RULES)).toHaveLength(1);
  });
});
