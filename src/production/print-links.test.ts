import { describe, expect, it } from 'vitest';
import { withPrintAddresses } from './print-links.ts';

describe('printed links', () => {
  it('get the full address on the site origin when they lead into the site, and none within the page', () => {
    const html = '<header><a href="/">Home</a></header><main><a href="/begrippen/#regie" class="term-link">regie</a> <a href="#coordinatie">C</a> <a href="https://example.org/">E</a> <a href="/wie-doet-wat/?view=a&amp;actor=b">W</a></main>';
    const out = withPrintAddresses(html, 'https://governance-mensenhandel.example');
    expect(out).toContain('<a href="/begrippen/#regie" data-print-url="https://governance-mensenhandel.example/begrippen/#regie" class="term-link">');
    expect(out).toContain('data-print-url="https://governance-mensenhandel.example/wie-doet-wat/?view=a&amp;actor=b"');
    expect(out).toContain('<a href="#coordinatie">');
    expect(out).toContain('<a href="https://example.org/">');
    expect(out).toContain('<header><a href="/">Home</a></header>');
  });
});
