// Pure parts of site search: what each result is filed under, the A–Z grouping, searches as URLs, and what the
// interface says about results.
import { describe, expect, it } from 'vitest';
import type { Actor, Event, Source, Term } from '../../model/schemas.ts';
import { actorTags, eventRecord, pageTags, searchRecords, sourceRecord, termRecord } from './records.ts';
import { azGroups, initialOf } from './build/az-index.ts';
import { displaySections, filtersLabel, resultMeta, summaryText } from './display.ts';
import { knownSelection, searchFromUrl, searchToUrl } from './url.ts';

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
  const names = ['soort', 'terrein', 'baan'];

  it('reads the term and the known filters, each value once', () => {
    expect(searchFromUrl('?q=+regie+&soort=begrip&soort=bron&soort=begrip&terrein=', names)).toEqual({ term: 'regie', filters: { soort: ['begrip', 'bron'] } });
    expect(searchFromUrl('', names)).toEqual({ term: '', filters: {} });
  });

  it('ignores parameters that are no filter of the site: tracking tags, and names an object already has', () => {
    for (const junk of ['utm_source=nieuwsbrief', 'fbclid=IwAR0x', '__proto__=x', 'constructor=x', 'toString=1', 'hasOwnProperty=1', 'q2=regie']) {
      const { term, filters } = searchFromUrl(`?q=regie&${junk}`, names);
      expect(term, junk).toBe('regie');
      expect(Object.keys(filters), junk).toEqual([]);
      expect(Object.getPrototypeOf(filters), junk).toBeNull();
    }
    // A filter next to junk still counts.
    expect(searchFromUrl('?q=regie&__proto__=x&soort=begrip&constructor=y', names).filters).toEqual({ soort: ['begrip'] });
  });

  it('writes a link that reads back as the same search', () => {
    const state = { term: 'zorg en opvang', filters: { soort: ['organisatie'], terrein: ['zorg en opvang'] } };
    const url = searchToUrl('/zoeken/', state);
    expect(url).toBe('/zoeken/?q=zorg+en+opvang&soort=organisatie&terrein=zorg+en+opvang');
    expect(searchFromUrl(url.slice(url.indexOf('?')), names)).toEqual(state);
    expect(searchToUrl('/zoeken/', { term: '', filters: { soort: [] } })).toBe('/zoeken/');
  });

  it('keeps only the filter values the index has, in its order', () => {
    const known = { soort: { pagina: 40, begrip: 12 }, baan: { Parlement: 3 } };
    expect(knownSelection({ soort: ['begrip', 'bestaat-niet', 'pagina'], terrein: ['zorg'] }, known)).toEqual({ soort: ['pagina', 'begrip'] });
    expect(knownSelection({ constructor: ['x'] }, known)).toEqual({});
  });
});

describe('what the search interface says', () => {
  it('counts all results and says how many are shown, in the language’s number format', () => {
    expect(summaryText('nl', 'regie', 2512, 10)).toBe('2.512 resultaten voor regie, 10 getoond');
    expect(summaryText('nl', 'regie', 26, 26)).toBe('26 resultaten voor regie');
    expect(summaryText('nl', 'regie', 1, 1)).toBe('1 resultaat voor regie');
    expect(summaryText('nl', 'xyz', 0, 0)).toBe('Geen resultaten voor xyz');
    expect(summaryText('en', 'steers', 2512, 20)).toBe('2,512 results for steers, 20 shown');
  });

  it('names the number of chosen filters on the folded filters', () => {
    expect(filtersLabel('nl', 0)).toBe('Verfijnen');
    expect(filtersLabel('nl', 2)).toBe('Verfijnen (2 gekozen)');
    expect(filtersLabel('en', 1)).toBe('Refine (1 selected)');
  });

  it('shows under a result its kind and date, or for a section the page it belongs to', () => {
    expect(resultMeta({ title: 'Motie X', kind: 'motie', date: 'december 2023' })).toBe('motie · december 2023');
    expect(resultMeta({ title: 'Regie', kind: 'pagina', page: 'Uitleg', date: '29 november 2026' })).toBe('Uitleg · 29 november 2026');
    expect(resultMeta({ title: 'Iets' })).toBe('');
  });

  it('lists the sections with most matches under a result, in page order, without the result itself', () => {
    const sub = (url: string, hits: number) => ({ title: url, url, excerpt: '', locations: Array.from({ length: hits }, (_, i) => i) });
    const subs = [sub('/p/', 9), sub('/p/#a', 1), sub('/p/#b', 5), sub('/p/#c', 2), sub('/p/#d', 7)];
    expect(displaySections('/p/', subs).map((s) => s.url)).toEqual(['/p/#b', '/p/#c', '/p/#d']);
    expect(displaySections('/p/', subs.slice(0, 3)).map((s) => s.url)).toEqual(['/p/#a', '/p/#b']);
  });
});
