import { describe, expect, it } from 'vitest';
import { expansionOf, knownAbbreviations, withAbbreviationsWritten, type Abbreviation } from './abbreviations.ts';
import type { Actor, Term } from '../model/schemas.ts';

const actor = (abbr: string, nl: string, en = nl) => ({ id: abbr.toLowerCase(), abbr, name: { nl, en } }) as unknown as Actor;
const term = (nl: string) => ({ id: 'x', term: { nl, en: nl } }) as unknown as Term;

describe('expansionOf', () => {
  it('is the whole name, or the part of it the abbreviation stands for', () => {
    expect(expansionOf('SZW', 'Ministerie van Sociale Zaken en Werkgelegenheid')).toBe('Ministerie van Sociale Zaken en Werkgelegenheid');
    expect(expansionOf('TK', 'Tweede Kamer – vaste commissie voor Justitie en Veiligheid')).toBe('Tweede Kamer');
    expect(expansionOf('AVIM', 'Politie – Afdeling Vreemdelingenpolitie, Identificatie en Mensenhandel')).toBe('Afdeling Vreemdelingenpolitie, Identificatie en Mensenhandel');
    expect(expansionOf('GRETA', 'GRETA – expertgroep mensenhandel van de Raad van Europa')).toBe('expertgroep mensenhandel van de Raad van Europa');
    expect(expansionOf('CoMensha', 'CoMensha – Coördinatiecentrum tegen Mensenhandel')).toBe('Coördinatiecentrum tegen Mensenhandel');
  });
});

describe('knownAbbreviations', () => {
  it('leaves out words and names that expand nothing, and splits a double abbreviation where the name does', () => {
    const found = knownAbbreviations(
      [
        actor('Defensie', 'Ministerie van Defensie'),
        actor('OSCE/ODIHR', 'OVSE / ODIHR'),
        actor('RIEC/LIEC', 'Regionale Informatie- en Expertisecentra en Landelijk Informatie- en Expertisecentrum'),
      ],
      [term('Centrum tegen Kinderhandel (CKM)'), term('GRETA')],
      'nl',
    );
    expect(found.map(({ abbr, expansion }) => `${abbr}: ${expansion}`)).toEqual([
      'RIEC/LIEC: Regionale Informatie- en Expertisecentra en Landelijk Informatie- en Expertisecentrum',
      'RIEC: Regionale Informatie- en Expertisecentra',
      'LIEC: Landelijk Informatie- en Expertisecentrum',
      'CKM: Centrum tegen Kinderhandel',
    ]);
  });
});

const SZW: Abbreviation = { abbr: 'SZW', expansion: 'Ministerie van Sociale Zaken en Werkgelegenheid', family: 'SZW' };
const RIEC: Abbreviation = { abbr: 'RIEC', expansion: 'Regionale Informatie- en Expertisecentra', family: 'RIEC/LIEC' };
const LIEC: Abbreviation = { abbr: 'LIEC', expansion: 'Landelijk Informatie- en Expertisecentrum', family: 'RIEC/LIEC' };
const TK: Abbreviation = { abbr: 'TK', expansion: 'Tweede Kamer', name: 'Tweede Kamer – vaste commissie voor Justitie en Veiligheid', family: 'TK' };
const page = (main: string) => `<html><head><title>SZW</title></head><body><header>SZW</header><main>${main}</main><footer>SZW</footer></body></html>`;
const written = (main: string, skip: string[] = []) => withAbbreviationsWritten(page(main), [SZW, RIEC, LIEC, TK], skip);

describe('withAbbreviationsWritten', () => {
  it('writes out the first use in the main text only', () => {
    expect(written('<p>SZW betaalt. Ook SZW.</p>')).toBe(
      page('<p><abbr>SZW</abbr> (Ministerie van Sociale Zaken en Werkgelegenheid) betaalt. Ook SZW.</p>'),
    );
  });

  it('leaves a use next to its expansion as it is, before or after it, across elements', () => {
    for (const main of [
      '<p><a href="/x/">Ministerie van Sociale Zaken en Werkgelegenheid</a><span> (SZW)</span> en SZW</p>',
      '<p>SZW (ministerie van sociale zaken en werkgelegenheid) en SZW</p>',
      '<p>Tweede Kamer – vaste commissie voor Justitie en Veiligheid (TK) en TK</p>',
    ]) expect(written(main)).toBe(page(main));
  });

  it('uses a comma inside brackets and keeps a suffix with the word', () => {
    expect(written('<p>het ministerie (SZW) en de RIEC’s</p>')).toBe(
      page('<p>het ministerie (<abbr>SZW</abbr>, Ministerie van Sociale Zaken en Werkgelegenheid) en de <abbr>RIEC</abbr>’s (Regionale Informatie- en Expertisecentra)</p>'),
    );
  });

  it('skips headings, hidden text, drawings, quotations and links to sources; the next use in running text gets it', () => {
    const main =
      '<h2>Wat doet SZW?</h2><svg><text>SZW</text></svg><span popover>SZW</span><span class="visually-hidden">SZW</span>' +
      '<cite>Brief van SZW</cite><a href="/bronnen/#b">SZW</a><script>const a = "<p>SZW</p>";</script><p>Dan SZW.</p>';
    expect(written(main, ['/bronnen/'])).toBe(page(main.replace('Dan SZW.', 'Dan <abbr>SZW</abbr> (Ministerie van Sociale Zaken en Werkgelegenheid).')));
  });

  it('does not match inside longer words and leaves the rest of the page byte for byte', () => {
    const main = '<p data-x="a > b">SZWX, ASZW en &amp; <br> <img alt="SZW"> <!-- SZW --></p>';
    expect(written(main)).toBe(page(main));
  });

  it('writes out each part of a double abbreviation at its own first use', () => {
    expect(written('<p>RIEC en later LIEC</p>')).toBe(
      page('<p><abbr>RIEC</abbr> (Regionale Informatie- en Expertisecentra) en later <abbr>LIEC</abbr> (Landelijk Informatie- en Expertisecentrum)</p>'),
    );
  });
});
