/**
 * Advance widths of a TrueType font, read from its `cmap` and `hmtx` tables, so that the build can measure text
 * exactly as a browser with that font draws it (without kerning, which only makes text narrower). Both diagrams
 * measure their labels with DejaVu Sans (regular and bold): the sans-serif that system-ui resolves to on Debian's
 * Chromium and wider than the system fonts of most readers, so a label that fits here fits there too. Node only.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export interface FontMetrics {
  unitsPerEm: number;
  /** Advance width of a code point in font units; the font's missing glyph when it has none. */
  advance(codePoint: number): number;
}

export function parseFontMetrics(font: Uint8Array): FontMetrics {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const tables = new Map<string, number>();
  const count = view.getUint16(4);
  for (let i = 0; i < count; i++) {
    const record = 12 + i * 16;
    const tag = String.fromCharCode(...font.subarray(record, record + 4));
    tables.set(tag, view.getUint32(record + 8));
  }
  const table = (tag: string) => {
    const offset = tables.get(tag);
    if (offset === undefined) throw new Error(`font has no "${tag}" table`);
    return offset;
  };
  const unitsPerEm = view.getUint16(table('head') + 18);
  const metricCount = view.getUint16(table('hhea') + 34);
  const hmtx = table('hmtx');
  const widthOf = (glyph: number) => view.getUint16(hmtx + 4 * Math.min(glyph, metricCount - 1));

  // A Unicode BMP subtable of format 4 maps code points to glyphs in segments.
  const cmap = table('cmap');
  let subtable = -1;
  for (let i = 0; i < view.getUint16(cmap + 2); i++) {
    const record = cmap + 4 + i * 8;
    const platform = view.getUint16(record);
    const encoding = view.getUint16(record + 2);
    const offset = cmap + view.getUint32(record + 4);
    if (((platform === 3 && encoding === 1) || platform === 0) && view.getUint16(offset) === 4) subtable = offset;
  }
  if (subtable < 0) throw new Error('font has no Unicode cmap of format 4');
  const segments = view.getUint16(subtable + 6) / 2;
  const ends = subtable + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  const glyphOf = (code: number): number => {
    for (let s = 0; s < segments; s++) {
      if (view.getUint16(ends + s * 2) < code) continue;
      const start = view.getUint16(starts + s * 2);
      if (start > code) return 0;
      const delta = view.getInt16(deltas + s * 2);
      const rangeOffset = view.getUint16(rangeOffsets + s * 2);
      if (rangeOffset === 0) return (code + delta) & 0xffff;
      const glyph = view.getUint16(rangeOffsets + s * 2 + rangeOffset + (code - start) * 2);
      return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
    }
    return 0;
  };
  const cache = new Map<number, number>();
  return {
    unitsPerEm,
    advance(code) {
      let width = cache.get(code);
      if (width === undefined) cache.set(code, (width = widthOf(code > 0xffff ? 0 : glyphOf(code))));
      return width;
    },
  };
}

/** Width in px of `text` set at `fontSize` px. */
export function measureText(metrics: FontMetrics, text: string, fontSize: number): number {
  let units = 0;
  for (const char of text) units += metrics.advance(char.codePointAt(0)!);
  return (units / metrics.unitsPerEm) * fontSize;
}

export type FontWeight = 'normal' | 'bold';

/** The package's fonts, found from this module; from the project when the build has bundled this file somewhere else. */
function dejaVuDir(): string {
  const from = (base: string) => join(dirname(createRequire(base).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
  try {
    return from(import.meta.url);
  } catch {
    return from(join(process.cwd(), 'package.json'));
  }
}
const dejaVuSans: Partial<Record<FontWeight, FontMetrics>> = {};

/** DejaVu Sans from the npm package the preview images use too (build time only). */
export function dejaVuSansMetrics(weight: FontWeight = 'normal'): FontMetrics {
  return (dejaVuSans[weight] ??= parseFontMetrics(readFileSync(join(dejaVuDir(), weight === 'bold' ? 'DejaVuSans-Bold.ttf' : 'DejaVuSans.ttf'))));
}

/** The width in px of one line of text in DejaVu Sans at the given font size. */
export function textWidth(text: string, fontSize: number, weight: FontWeight = 'normal'): number {
  return measureText(dejaVuSansMetrics(weight), text, fontSize);
}

/** Greedy word wrap into lines no wider than maxWidth; a single word wider than that gets a line of its own. */
export function wrapToWidth(text: string, maxWidth: number, fontSize: number, weight: FontWeight = 'normal'): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = current ? `${current} ${word}` : word;
    if (!current || textWidth(candidate, fontSize, weight) <= maxWidth) current = candidate;
    else {
      lines.push(current);
      current = word;
    }
  }
  if (current) lines.push(current);
  return lines;
}
