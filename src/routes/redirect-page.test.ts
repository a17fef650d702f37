import { describe, expect, it } from 'vitest';
import { redirectPageHtml } from './redirect-page.ts';

describe('the page a moved address answers with', () => {
  it('forwards at once with a valid refresh, a canonical link and a visible link, in the language of its path', () => {
    const nl = redirectPageHtml('/toegankelijkheid/', '/toegankelijkheidsverklaring/', 'https://example.nl');
    expect(nl).toContain('<html lang="nl">');
    expect(nl).toContain('<meta http-equiv="refresh" content="0; url=/toegankelijkheidsverklaring/">');
    expect(nl).toContain('<link rel="canonical" href="https://example.nl/toegankelijkheidsverklaring/">');
    expect(nl).toContain('<meta name="robots" content="noindex">');
    expect(nl).toMatch(/<a href="\/toegankelijkheidsverklaring\/">https:\/\/example\.nl\/toegankelijkheidsverklaring\/<\/a>/);
    const en = redirectPageHtml('/en/accessibility/', '/en/accessibility-statement/', 'https://example.nl');
    expect(en).toContain('<html lang="en">');
    expect(en).toContain('<title>This page has moved</title>');
  });
});
