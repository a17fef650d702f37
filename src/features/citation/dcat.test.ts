import { describe, expect, it } from 'vitest';
import { DCAT_VALUES, dcatCatalog } from './dcat.ts';

const catalog = dcatCatalog({
  url: 'https://example.org/data/dcat.jsonld',
  landingPage: 'https://example.org/data/',
  title: { nl: 'Open data', en: 'Open data' },
  description: { nl: 'Gegevens', en: 'Data' },
  keywords: ['mensenhandel'],
  publisher: { name: 'Governance aanpak mensenhandel', url: 'https://example.org/' },
  version: '2026-12-05',
  files: [{ url: 'https://example.org/data/actors.csv', mediaType: 'text/csv', title: 'actors.csv' }],
}) as Record<string, any>;

describe('DCAT description', () => {
  it('is a catalogue with one data set, dated by the data version, licensed CC0 with the DONL licence value', () => {
    expect(catalog['@type']).toBe('dcat:Catalog');
    const [dataset] = catalog['dcat:dataset'];
    expect(dataset['@type']).toBe('dcat:Dataset');
    expect(dataset['dct:issued']).toEqual({ '@value': '2026-12-05', '@type': 'xsd:date' });
    expect(dataset['dct:modified']).toEqual({ '@value': '2026-12-05', '@type': 'xsd:date' });
    expect(dataset['dct:license']).toEqual({ '@id': 'http://creativecommons.org/publicdomain/zero/1.0/deed.nl' });
    expect(dataset['dcat:landingPage']).toEqual({ '@id': 'https://example.org/data/' });
    expect(dataset['dcat:theme'].map((theme: { '@id': string }) => theme['@id'])).toEqual(DCAT_VALUES.themes);
  });

  it('gives each file as a distribution with its IANA media type', () => {
    const [distribution] = catalog['dcat:dataset'][0]['dcat:distribution'];
    expect(distribution['@type']).toBe('dcat:Distribution');
    expect(distribution['dcat:downloadURL']).toEqual({ '@id': 'https://example.org/data/actors.csv' });
    expect(distribution['dcat:mediaType']).toEqual({ '@id': 'https://www.iana.org/assignments/media-types/text/csv' });
  });
});
