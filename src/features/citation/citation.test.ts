import { describe, expect, it } from 'vitest';
import { citationMetaTags, formattedReference, jsonLd, jsonLdScriptText, organisationType, parseRis, referenceText, risRecord, type CitableWork } from './citation.ts';

const publisher = { name: 'Governance aanpak mensenhandel', url: 'https://example.org/' };
const article: CitableWork = {
  kind: 'article',
  lang: 'nl',
  title: 'Uitleg bij de governance',
  description: 'De bouwstenen, één voor één.',
  url: 'https://example.org/uitleg/versies/2026-11-29/',
  date: '2026-11-29',
  publisher,
  sources: ['https://example.org/bronnen/#brief', 'https://example.org/bronnen/#wet'],
};

describe('citation meta tags', () => {
  it('gives title, publisher, date, URL and language, and no PDF URL without a PDF', () => {
    const tags = Object.fromEntries(citationMetaTags(article).map(({ name, content }) => [name, content]));
    expect(tags).toEqual({
      citation_title: 'Uitleg bij de governance',
      citation_publisher: 'Governance aanpak mensenhandel',
      citation_publication_date: '2026/11/29',
      citation_public_url: 'https://example.org/uitleg/versies/2026-11-29/',
      citation_language: 'nl',
    });
  });

  it('names the PDF where there is one', () => {
    const tags = citationMetaTags({ ...article, pdfUrl: 'https://example.org/a.pdf' });
    expect(tags.find((tag) => tag.name === 'citation_pdf_url')?.content).toBe('https://example.org/a.pdf');
  });
});

describe('JSON-LD', () => {
  it('describes an explanation page as an Article with its dates, language, site and sources', () => {
    const value = jsonLd(article) as Record<string, any>;
    expect(value['@type']).toBe('Article');
    expect(value.dateModified).toEqual({ '@type': 'Date', '@value': '2026-11-29' });
    expect(value.inLanguage).toBe('nl');
    expect(value.isPartOf).toMatchObject({ '@type': 'WebSite', url: 'https://example.org/' });
    expect(value.citation).toEqual([
      { '@type': 'CreativeWork', '@id': 'https://example.org/bronnen/#brief' },
      { '@type': 'CreativeWork', '@id': 'https://example.org/bronnen/#wet' },
    ]);
  });

  it('chooses GovernmentOrganization for government kinds and Organization for the others', () => {
    expect(organisationType('ministerie')).toBe('GovernmentOrganization');
    expect(organisationType('onafhankelijk-orgaan')).toBe('GovernmentOrganization');
    expect(organisationType('maatschappelijke-organisatie')).toBe('Organization');
    expect(organisationType('overleg-netwerk')).toBe('Organization');
  });

  it('gives an organisation its abbreviation and the dates it began and ended, where known', () => {
    const value = jsonLd({
      ...article,
      kind: 'organisation',
      sources: [],
      organisation: { name: 'Ministerie van Asiel en Migratie', abbr: 'AenM', kind: 'ministerie', start: '2024-07-02', end: '2026-12' },
    }) as Record<string, any>;
    expect(value.mainEntity).toEqual({
      '@type': 'GovernmentOrganization',
      name: 'Ministerie van Asiel en Migratie',
      alternateName: 'AenM',
      url: article.url,
      foundingDate: { '@type': 'Date', '@value': '2024-07-02' },
      dissolutionDate: { '@type': 'Date', '@value': '2026-12' },
    });
    expect(value).not.toHaveProperty('citation');
  });

  it('describes /data/ as a Dataset with its files', () => {
    const value = jsonLd({
      ...article,
      kind: 'dataset',
      licence: 'https://creativecommons.org/publicdomain/zero/1.0/',
      keywords: ['mensenhandel'],
      distributions: [{ url: 'https://example.org/data/actors.csv', mediaType: 'text/csv', title: 'actors.csv' }],
    }) as Record<string, any>;
    expect(value['@type']).toBe('Dataset');
    expect(value.license).toBe('https://creativecommons.org/publicdomain/zero/1.0/');
    expect(value.distribution).toEqual([{ '@type': 'DataDownload', name: 'actors.csv', contentUrl: 'https://example.org/data/actors.csv', encodingFormat: 'text/csv' }]);
  });

  it('cannot close its script element', () => {
    expect(jsonLdScriptText({ name: '</script><script>alert(1)</script>' })).not.toContain('<');
  });
});

describe('formatted reference', () => {
  it('writes the APA-like reference in Dutch and in English', () => {
    expect(referenceText(article)).toBe('Governance aanpak mensenhandel. (2026, 29 november). Uitleg bij de governance. https://example.org/uitleg/versies/2026-11-29/');
    expect(referenceText({ ...article, lang: 'en', title: 'Explanation' })).toBe(
      'Governance aanpak mensenhandel. (2026, November 29). Explanation. https://example.org/uitleg/versies/2026-11-29/',
    );
  });

  it('marks a data set as one', () => {
    const work = { ...article, kind: 'dataset', licence: '', keywords: [], distributions: [] } as CitableWork;
    expect(formattedReference(work).after).toBe(' [Dataset]. https://example.org/uitleg/versies/2026-11-29/');
  });
});

describe('RIS', () => {
  it('writes a record that begins with TY, ends with ER and carries title, URL and date', () => {
    const text = risRecord(article);
    expect(text.endsWith('ER  - \r\n')).toBe(true);
    const lines = parseRis(text);
    expect(lines[0]).toEqual(['TY', 'ELEC']);
    expect(lines.at(-1)).toEqual(['ER', '']);
    const tags = Object.fromEntries(lines);
    expect(tags).toMatchObject({ TI: article.title, UR: article.url, DA: '2026/11/29/', PY: '2026', LA: 'nl', PB: publisher.name });
  });

  it('keeps every value on one line', () => {
    const lines = parseRis(risRecord({ ...article, description: 'Twee\nregels' }));
    expect(Object.fromEntries(lines).AB).toBe('Twee regels');
  });

  it('refuses a line that is not RIS', () => {
    expect(() => parseRis('TY - ELEC')).toThrow(/not an RIS line/);
  });
});
