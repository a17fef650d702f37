import { describe, expect, it } from 'vitest';
import { fitTitle, ogImagePath, ogImageSvg, wrapText, textWidth, escapeXml } from './og-image.ts';

describe('preview images', () => {
  it('publishes one image per page path', () => {
    expect(ogImagePath('/')).toBe('/og/index.png');
    expect(ogImagePath('/uitleg/')).toBe('/og/uitleg.png');
    expect(ogImagePath('/en/organisations/politie/')).toBe('/og/en/organisations/politie.png');
  });

  it('breaks a title into lines that fit and shrinks a long title', () => {
    const lines = wrapText('Uitleg bij de governance van de aanpak van mensenhandel', 1024, 72);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(textWidth(line, 72)).toBeLessThanOrEqual(1024);
    expect(fitTitle('Privacy', 1024)).toEqual({ fontSize: 72, lines: ['Privacy'] });
    const long = fitTitle('word '.repeat(120), 1024);
    expect(long.fontSize).toBe(52);
    expect(long.lines).toHaveLength(5);
    expect(long.lines[4].endsWith('…')).toBe(true);
  });

  it('draws title and site name as escaped SVG text', () => {
    const svg = ogImageSvg({ title: 'Wet & regels <nu>', siteName: 'Site', tagline: 'Tag' });
    expect(svg).toContain('width="1200" height="630"');
    expect(svg).toContain('Wet &amp; regels &lt;nu&gt;');
    expect(escapeXml('"x"')).toBe('&quot;x&quot;');
  });
});
