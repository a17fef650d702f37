import { describe, expect, it } from 'vitest';
import { embedSource, iframeCode } from './embed.ts';

describe('embed code', () => {
  it('carries the state of the address to the embed page, and only that', () => {
    expect(embedSource('https://example.org/wie-doet-wat/embed/', '?view=huidig&actor=politie')).toBe('https://example.org/wie-doet-wat/embed/?view=huidig&actor=politie');
    expect(embedSource('https://example.org/tijdlijn/embed/', '')).toBe('https://example.org/tijdlijn/embed/');
  });

  it('writes a lazy, titled iframe whose attributes cannot be broken out of', () => {
    const code = iframeCode({ src: 'https://example.org/e/?a=1&b="><script>', title: 'Wie "doet" wat', height: 640 });
    expect(code).toBe('<iframe src="https://example.org/e/?a=1&amp;b=&quot;>&lt;script>" title="Wie &quot;doet&quot; wat" width="100%" height="640" loading="lazy" style="border: 0"></iframe>');
  });
});
