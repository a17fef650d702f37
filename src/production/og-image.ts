/**
 * The link-preview image of a page (Open Graph, 1200 x 630): the page title and the site name, as an SVG that
 * scripts/postbuild.ts rasterises with resvg and the DejaVu fonts shipped in an npm package. Pure: no font
 * measuring at run time, so line breaks use a table of DejaVu Sans Bold advance widths (in em), on the safe side.
 */
export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;
export const OG_FONT_FAMILY = 'DejaVu Sans';

/** Where the image of the page at `path` is published: / -> /og/index.png, /uitleg/ -> /og/uitleg.png. */
export function ogImagePath(path: string): string {
  const trimmed = path.replace(/^\/+|\/+$/g, '');
  return `/og/${trimmed || 'index'}.png`;
}

function advance(char: string): number {
  if (/[iIl.,:;|!'’ ]/.test(char)) return 0.45;
  if (/[fjrt()[\]\-–]/.test(char)) return 0.5;
  if (/[mwMW]/.test(char)) return 1.1;
  if (/[A-Z]/.test(char)) return 0.85;
  return 0.71;
}

export function textWidth(text: string, fontSize: number): number {
  return [...text].reduce((sum, char) => sum + advance(char), 0) * fontSize;
}

/** Greedy line breaking at spaces; a word longer than a line stands alone. */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.trim().split(/\s+/)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && textWidth(candidate, fontSize) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

/** Title sizes from large to small, each with the lines that fit in the title area (330 px high). */
const TITLE_SIZES = [
  { fontSize: 72, maxLines: 3 },
  { fontSize: 60, maxLines: 4 },
  { fontSize: 52, maxLines: 5 },
];

/** The largest title size at which the title fits; at the smallest, the rest is cut with an ellipsis. */
export function fitTitle(title: string, maxWidth: number): { fontSize: number; lines: string[] } {
  for (const { fontSize, maxLines } of TITLE_SIZES) {
    const lines = wrapText(title, maxWidth, fontSize);
    if (lines.length <= maxLines) return { fontSize, lines };
  }
  const { fontSize, maxLines } = TITLE_SIZES[TITLE_SIZES.length - 1];
  const lines = wrapText(title, maxWidth, fontSize).slice(0, maxLines);
  lines[maxLines - 1] = `${lines[maxLines - 1].replace(/\s*\S+$/, '')} …`;
  return { fontSize, lines };
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export interface OgImageText {
  title: string;
  siteName: string;
  tagline: string;
}

const MARGIN = 88;
const TITLE_AREA = { top: 160, height: 330 };
const ACCENT = '#154273';

export function ogImageSvg({ title, siteName, tagline }: OgImageText): string {
  const { fontSize, lines } = fitTitle(title, OG_WIDTH - 2 * MARGIN);
  const lineHeight = Math.round(fontSize * 1.18);
  // The title block is centred in the band between the site name (ends at y 120) and the rule (y 512).
  const blockTop = TITLE_AREA.top + (TITLE_AREA.height - lines.length * lineHeight) / 2;
  const titleLines = lines
    .map((line, index) => `<tspan x="${MARGIN}" y="${Math.round(blockTop + fontSize * 0.93 + index * lineHeight)}">${escapeXml(line)}</tspan>`)
    .join('');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${OG_WIDTH}" height="${OG_HEIGHT}" viewBox="0 0 ${OG_WIDTH} ${OG_HEIGHT}">`,
    `<rect width="${OG_WIDTH}" height="${OG_HEIGHT}" fill="#ffffff"/>`,
    `<rect width="${OG_WIDTH}" height="24" fill="${ACCENT}"/>`,
    `<g transform="translate(${MARGIN} 64)"><rect width="56" height="56" rx="7" fill="${ACCENT}"/>`,
    '<path d="M14 16h28M14 28h28M14 40h17" stroke="#ffffff" stroke-width="5" stroke-linecap="round"/></g>',
    `<text x="${MARGIN + 76}" y="102" font-family="${OG_FONT_FAMILY}" font-weight="700" font-size="32" fill="${ACCENT}">${escapeXml(siteName)}</text>`,
    `<text font-family="${OG_FONT_FAMILY}" font-weight="700" font-size="${fontSize}" fill="#1b1d1f">${titleLines}</text>`,
    `<rect x="${MARGIN}" y="${OG_HEIGHT - 118}" width="${OG_WIDTH - 2 * MARGIN}" height="2" fill="#d3d8dd"/>`,
    `<text x="${MARGIN}" y="${OG_HEIGHT - 64}" font-family="${OG_FONT_FAMILY}" font-size="30" fill="#4a5159">${escapeXml(tagline)}</text>`,
    '</svg>',
  ].join('');
}
