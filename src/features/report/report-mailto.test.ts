import { describe, expect, it } from 'vitest';
import { MAX_MAILTO_LENGTH, itemReport, readMailto, reportMailto } from './report-mailto.ts';

const report = {
  to: 'redactie@voorbeeld.nl',
  subject: 'Klopt er iets niet? Uitleg & achtergrond',
  facts: [
    ['Pagina', 'https://www.voorbeeld.nl/uitleg/versies/2026-12-06/?a=1&b=2#deel'],
    ['Versie', '2026-12-06'],
    ['Code', 'politie'],
  ],
  prompt: 'Wat klopt er niet? Noem zo mogelijk een bron.',
} as const;

describe('reportMailto', () => {
  it('writes the address as it is and every field percent-encoded as RFC 6068 asks', () => {
    const href = reportMailto(report);
    expect(href.startsWith('mailto:redactie@voorbeeld.nl?subject=')).toBe(true);
    expect(href).toContain('Klopt%20er%20iets%20niet%3F%20Uitleg%20%26%20achtergrond');
    expect(href).not.toMatch(/[ +\n]/);
    expect(href).toContain('%0D%0A');
    expect(href).not.toMatch(/[^\r]\n|%0A(?<!%0D%0A)/);
    // '&', '?', '#' and '=' inside a field are encoded, so they cannot end the field or the URL.
    expect(href.split('&')).toHaveLength(2);
    expect(href).not.toContain('#');
  });

  it('decodes back to the facts, one a line, then the question', () => {
    const { to, subject, body } = readMailto(reportMailto(report));
    expect(to).toBe('redactie@voorbeeld.nl');
    expect(subject).toBe(report.subject);
    expect(body).toBe(
      'Pagina: https://www.voorbeeld.nl/uitleg/versies/2026-12-06/?a=1&b=2#deel\nVersie: 2026-12-06\nCode: politie\n\nWat klopt er niet? Noem zo mogelijk een bron.\n\n',
    );
  });

  it('leaves out a fact without a value (a page has no record id)', () => {
    const { body } = readMailto(reportMailto({ ...report, facts: [['Pagina', 'https://x.nl/'], ['Code', '']] }));
    expect(body.split('\n')[0]).toBe('Pagina: https://x.nl/');
    expect(body).not.toContain('Code');
  });

  it('keeps letters outside ASCII (encoded as UTF-8) and shortens a long subject', () => {
    const long = `Klopt er iets niet? ${'Coördinatie en één ketenbreed beleid '.repeat(8)}`;
    const { subject } = readMailto(reportMailto({ ...report, subject: long }));
    expect(subject).toHaveLength(120);
    expect(subject.endsWith('…')).toBe(true);
    expect(reportMailto({ ...report, subject: 'één' })).toContain('subject=%C3%A9%C3%A9n');
  });

  it('refuses a URL that mail programs might cut', () => {
    expect(() => reportMailto({ ...report, prompt: 'x'.repeat(MAX_MAILTO_LENGTH) })).toThrow(`more than ${MAX_MAILTO_LENGTH}`);
  });
});

describe('itemReport', () => {
  const texts = {
    to: 'redactie@voorbeeld.nl',
    url: 'https://www.voorbeeld.nl/wie-doet-wat/',
    date: '2026-12-06',
    idPrefix: 'actor-',
    label: 'Klopt er iets niet?',
    hint: 'Mail het.',
    subject: 'Klopt er iets niet? {title}',
    page: 'Pagina',
    version: 'Versie',
    record: 'Code',
    prompt: 'Wat klopt er niet?',
  };

  it("puts the item's name in the subject and its id, without the list entry's prefix, among the facts", () => {
    const { subject, body } = readMailto(reportMailto(itemReport(texts, 'Politie', 'actor-politie')));
    expect(subject).toBe('Klopt er iets niet? Politie');
    expect(body.split('\n').slice(0, 3)).toEqual(['Pagina: https://www.voorbeeld.nl/wie-doet-wat/', 'Versie: 2026-12-06', 'Code: politie']);
  });

  it('takes an entry id as the record id where the list has no prefix (the timeline)', () => {
    expect(itemReport({ ...texts, idPrefix: '' }, 'Advies', 'advies-governance-2024').facts[2]).toEqual(['Code', 'advies-governance-2024']);
  });
});
