/**
 * Width of a text line at build time, from the advance widths of DejaVu Sans: the sans-serif that system-ui resolves
 * to on Debian and among the widest of the site's font stack, so a label that fits by this measure fits in every
 * font a reader may have. Node only (reads the font files of the dejavu-fonts-ttf package); kerning is ignored,
 * which only errs on the wide side.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

interface Metrics {
  unitsPerEm: number;
  advance: (codePoint: number) => number;
}

function readMetrics(file: string): Metrics {
  const font = readFileSync(file);
  const tables = new Map<string, number>();
  for (let i = 0; i < font.readUInt16BE(4); i++) tables.set(font.toString('latin1', 12 + i * 16, 16 + i * 16), font.readUInt32BE(20 + i * 16));
  const unitsPerEm = font.readUInt16BE(tables.get('head')! + 18);
  const metricsCount = font.readUInt16BE(tables.get('hhea')! + 34);
  const hmtx = tables.get('hmtx')!;
  const widthOfGlyph = (glyph: number) => font.readUInt16BE(hmtx + 4 * Math.min(glyph, metricsCount - 1));
  // The Unicode BMP subtable (platform 3, encoding 1, format 4) maps characters to glyphs.
  const cmap = tables.get('cmap')!;
  let subtable = -1;
  for (let i = 0; i < font.readUInt16BE(cmap + 2); i++) {
    const record = cmap + 4 + i * 8;
    if (font.readUInt16BE(record) === 3 && font.readUInt16BE(record + 2) === 1) subtable = cmap + font.readUInt32BE(record + 4);
  }
  if (subtable < 0 || font.readUInt16BE(subtable) !== 4) throw new Error(`${file}: no Unicode cmap of format 4`);
  const segments = font.readUInt16BE(subtable + 6) / 2;
  const ends = subtable + 14;
  const starts = ends + 2 * segments + 2;
  const deltas = starts + 2 * segments;
  const rangeOffsets = deltas + 2 * segments;
  const glyphOf = (code: number): number => {
    for (let s = 0; s < segments; s++) {
      if (font.readUInt16BE(ends + 2 * s) < code) continue;
      const start = font.readUInt16BE(starts + 2 * s);
      if (start > code) return 0;
      const delta = font.readInt16BE(deltas + 2 * s);
      const rangeOffset = font.readUInt16BE(rangeOffsets + 2 * s);
      if (rangeOffset === 0) return (code + delta) & 0xffff;
      const glyph = font.readUInt16BE(rangeOffsets + 2 * s + rangeOffset + 2 * (code - start));
      return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
    }
    return 0;
  };
  const cache = new Map<number, number>();
  return {
    unitsPerEm,
    advance: (codePoint) => {
      if (!cache.has(codePoint)) cache.set(codePoint, widthOfGlyph(codePoint > 0xffff ? 0 : glyphOf(codePoint)));
      return cache.get(codePoint)!;
    },
  };
}

// Resolved from the project, not from this module: the build bundles this file somewhere else.
const fontDir = join(dirname(createRequire(join(process.cwd(), 'package.json')).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const fonts: Partial<Record<'normal' | 'bold', Metrics>> = {};

/** The width in px of one line of text at the given font size. */
export function textWidth(text: string, fontSize: number, weight: 'normal' | 'bold' = 'normal'): number {
  const metrics = (fonts[weight] ??= readMetrics(join(fontDir, weight === 'bold' ? 'DejaVuSans-Bold.ttf' : 'DejaVuSans.ttf')));
  let units = 0;
  for (const char of text) units += metrics.advance(char.codePointAt(0)!);
  return (units / metrics.unitsPerEm) * fontSize;
}

/** Greedy word wrap into lines no wider than maxWidth; a single word wider than that gets a line of its own. */
export function wrapToWidth(text: string, maxWidth: number, fontSize: number, weight: 'normal' | 'bold' = 'normal'): string[] {
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
