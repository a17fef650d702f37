// Pure parts of site search: what each result is filed under, the A–Z grouping, and searches as URLs.
import { describe, expect, it } from 'vitest';
import type { Actor, Event, Source, Term } from '../../src/lib/schemas.ts';
import { actorTags, eventRecord, pageTags, searchRecords, sourceRecord, termRecord } from '../../src/lib/search-records.ts';
import { azGroups, initialOf } from '../../src/lib/az-index.ts';
import { searchFromUrl, searchToUrl } from '../../src/scripts/search-url.ts';

const event: Event = {
  id: 'motie-x-2023',
  date: '2023-12',
  kind: 'motie',
  lane: 'parlement',
  status: 'verwacht',
  title: { nl: 'Motie X', en: 'Motion X' },
  summary: { nl: 'De Kamer vraagt iets', en: 'The House asks something' },
  actors: ['tweede-kamer'],
  sources: ['kst-1'],
};
const actor = { id: 'tweede-kamer', name: { nl: 'Tweede Kamer', en: 'House of Representatives' }, kind: 'parlement', domains: ['beleid', 'arbeid'] } as Actor;
const term: Term = { id: 'regie', term: { nl: 'Regie', en: 'Direction' }, definition: { nl: 'Richting geven.', en: 'Setting the direction.' }, see_also: [], sources: [] };
const source: Source = { id: 'kst-1', title: 'Motie van het lid X', publisher: 'Tweede Kamer', date: '2023-12-21', kind: 'kamerstuk', number: 'Kamerstuk 1, nr. 2' };

describe('search tags and records', () => {
  it('files an ordinary page as "pagina" with its last-changed date, in either language', () => {
    expect(pageTags('nl', '2026-11-29')).toEqual({ filters: { soort: ['pagina'] }, meta: { kind: 'pagina', date: '29 november 2026' } });
    expect(pageTags('en')).toEqual({ filters: { type: ['page'] }, meta: { kind: 'page' } });
  });

  it('files an organisation with its domains as filter values and its kind as meta', () => {
    expect(actorTags(actor, 'nl')).toEqual({ filters: { soort: ['organisatie'], terrein: ['beleid', 'arbeid'] }, meta: { kind: 'parlement' } });
    expect(actorTags(actor, 'en').filters).toEqual({ type: ['organisation'], domain: ['policy', 'labour'] });
  });

  it('makes an event a result of its own at its timeline anchor, with lane, kind and the date as precise as given', () => {
    const record = eventRecord(event, 'nl', () => 'Tweede Kamer');
    expect(record.url).toBe('/tijdlijn/#motie-x-2023');
    expect(record.language).toBe('nl');
    expect(record.meta).toEqual({ title: 'Motie X', kind: 'motie (verwacht)', date: 'december 2023' });
    expect(record.filters).toEqual({ soort: ['gebeurtenis'], baan: ['Parlement'] });
    expect(record.content).toBe('De Kamer vraagt iets. Betrokken: Tweede Kamer. Parlement.');
    expect(eventRecord(event, 'en', () => 'House').url).toBe('/en/timeline/#motie-x-2023');
  });

  it('makes terms and sources results at their anchors', () => {
    expect(termRecord(term, 'en')).toMatchObject({ url: '/en/glossary/#regie', meta: { title: 'Direction', kind: 'term' }, filters: { type: ['term'] } });
    expect(sourceRecord(source, 'nl')).toMatchObject({
      url: '/bronnen/#kst-1',
      content: 'Tweede Kamer. Kamerstuk 1, nr. 2.',
      meta: { title: 'Motie van het lid X', kind: 'bron', date: '21 december 2023' },
      filters: { soort: ['bron'] },
    });
  });

  it('gives every event, term and source a record in both languages', () => {
    const records = searchRecords({ actors: [actor], events: [event], terms: [term], sources: [source] });
    expect(records.map((record) => `${record.language} ${record.url}`)).toEqual([
      'nl /tijdlijn/#motie-x-2023',
      'nl /begrippen/#regie',
      'nl /bronnen/#kst-1',
      'en /en/timeline/#motie-x-2023',
      'en /en/glossary/#regie',
      'en /en/sources/#kst-1',
    ]);
  });
});

describe('A–Z index', () => {
  it('files a title under its first letter without accents, quotes or case; digits under 0–9', () => {
    expect(initialOf('Één loket')).toBe('E');
    expect(initialOf('‘Samen tegen mensenhandel’')).toBe('S');
    expect(initialOf('ijsbreker')).toBe('I');
    expect(initialOf('2024: advies')).toBe('0–9');
  });

  it('sorts the way the language sorts, groups by letter and lists an entry once', () => {
    const entry = (title: string) => ({ title, href: `/${title}/`, kind: 'pagina' });
    const groups = azGroups([entry('zorg'), entry('Advies'), entry('ábc'), entry('10 jaar'), entry('2 jaar'), entry('Advies')], 'nl');
    expect(groups.map((group) => [group.letter, group.id, group.entries.map((e) => e.title)])).toEqual([
      ['0–9', 'letter-0-9', ['2 jaar', '10 jaar']],
      ['A', 'letter-a', ['ábc', 'Advies']],
      ['Z', 'letter-z', ['zorg']],
    ]);
  });
});

describe('a search as a URL', () => {
  it('reads the term and every other parameter as a filter', () => {
    expect(searchFromUrl('?q=+regie+&soort=begrip&soort=bron&terrein=')).toEqual({ term: 'regie', filters: { soort: ['begrip', 'bron'] } });
    expect(searchFromUrl('')).toEqual({ term: '', filters: {} });
  });

  it('writes a link that reads back as the same search', () => {
    const state = { term: 'zorg en opvang', filters: { soort: ['organisatie'], terrein: ['zorg en opvang'] } };
    const url = searchToUrl('/zoeken/', state);
    expect(url).toBe('/zoeken/?q=zorg+en+opvang&soort=organisatie&terrein=zorg+en+opvang');
    expect(searchFromUrl(url.slice(url.indexOf('?')))).toEqual(state);
    expect(searchToUrl('/zoeken/', { term: '', filters: { soort: [] } })).toBe('/zoeken/');
  });
});
