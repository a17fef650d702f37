import { describe, expect, it } from 'vitest';
import { contactEmail, isPlaceholderContactEmail, PLACEHOLDER_CONTACT_EMAIL } from './contact-email.ts';
import { PLACEHOLDER_SITE_URL } from './site-url.ts';

describe('contactEmail', () => {
  it('takes CONTACT_EMAIL when it is one plain address', () => {
    expect(contactEmail({ CONTACT_EMAIL: ' redactie@voorbeeld.nl ' })).toBe('redactie@voorbeeld.nl');
    expect(contactEmail({ CONTACT_EMAIL: 'a.b+uitleg@sub.voorbeeld.nl', SITE_URL: 'https://www.voorbeeld.nl' })).toBe('a.b+uitleg@sub.voorbeeld.nl');
  });

  it('gives the marked placeholder in a preview build (no SITE_URL, or the placeholder one)', () => {
    expect(contactEmail({})).toBe(PLACEHOLDER_CONTACT_EMAIL);
    expect(contactEmail({ SITE_URL: PLACEHOLDER_SITE_URL })).toBe(PLACEHOLDER_CONTACT_EMAIL);
    expect(isPlaceholderContactEmail(contactEmail({}))).toBe(true);
    expect(PLACEHOLDER_CONTACT_EMAIL.endsWith('.example')).toBe(true);
  });

  it('refuses a build for the public address without a real address', () => {
    expect(() => contactEmail({ SITE_URL: 'https://www.voorbeeld.nl' })).toThrow('SITE_URL is set but CONTACT_EMAIL is not');
    expect(() => contactEmail({ SITE_URL: 'https://www.voorbeeld.nl', CONTACT_EMAIL: PLACEHOLDER_CONTACT_EMAIL })).toThrow('reserved .example domain');
  });

  it('refuses what is not one plain address', () => {
    for (const bad of ['redactie', 'Redactie <r@voorbeeld.nl>', 'a@b.nl,c@d.nl', 'a@b.nl?subject=x', 'a b@c.nl']) {
      expect(() => contactEmail({ CONTACT_EMAIL: bad }), bad).toThrow('is not one plain e-mail address');
    }
  });
});
