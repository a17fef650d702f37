/**
 * The sections of a rendered page body (the HTML of its MDX): headings with their permanent ids, the contents
 * ("Op deze pagina") made from them, and the body cut into sections for comparing two versions. Pure: it reads the
 * HTML that HeadingAnchor.astro writes, so it knows that markup and nothing else.
 */
import { textBlocks } from '../../../model/readability.ts';

export interface SectionHeading {
  depth: 2 | 3;
  id: string;
  text: string;
}

const HEADING = /<h([23])\b[^>]*\bid="([^"]+)"[^>]*>([\s\S]*?)<\/h\1>/g;

/** Plain text of a bit of HTML: tags out, entities Astro writes decoded, white space folded. */
export function plainText(html: string): string {
  return textBlocks(`<p>${html}</p>`).join(' ');
}

/** Every h2 and h3 with an id, in document order. */
export function sectionHeadings(html: string): SectionHeading[] {
  return [...html.matchAll(HEADING)].map((match) => ({ depth: Number(match[1]) as 2 | 3, id: match[2], text: plainText(match[3]) }));
}

const HEADING_BLOCK = /<div class="heading-anchor heading-anchor--h([23])"[\s\S]*?<\/div>/g;

/**
 * Sub-headings repeat ("Wat betekent het?" under every building block), so the copy button of an h3 also names the
 * h2 it falls under: "Kopieer link naar dit deel: Wat betekent het? (Coördinatie)".
 */
export function withSectionNames(html: string): string {
  let section = '';
  return html.replace(HEADING_BLOCK, (block, level: string) => {
    const title = /<h[23]\b[^>]*>([\s\S]*?)<\/h[23]>/.exec(block)?.[1];
    if (level === '2') {
      section = plainText(title ?? '');
      return block;
    }
    if (!section) return block;
    const attribute = section.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
    return block.replace(/(<button\b[^>]*\baria-label=")([^"]*)"/, `$1$2 (${attribute})"`);
  });
}

/** A page gets contents from this many sections on. */
export const CONTENTS_MIN_SECTIONS = 4;

/**
 * The entries of "Op deze pagina": the h2 sections; a page without h2 (questions as h3) lists its h3 instead.
 * Empty when the page has fewer than CONTENTS_MIN_SECTIONS sections.
 */
export function contentsEntries(headings: readonly SectionHeading[]): SectionHeading[] {
  const top = headings.some((heading) => heading.depth === 2) ? 2 : 3;
  const entries = headings.filter((heading) => heading.depth === top);
  return entries.length >= CONTENTS_MIN_SECTIONS ? entries : [];
}

export interface BodySection {
  /** The h2 id; '' for the text before the first h2. */
  id: string;
  title: string;
  /** Paragraphs, list items, h3 headings and table cells, as plain text. */
  blocks: string[];
}

/** Marks where a page's own text starts, after "In het kort" and the cards, when comparing versions. */
export const TEXT_START_ID = 'begin-van-de-tekst';

/** Diagrams are compared through their table or list, which carries the same data in words. */
const DRAWINGS = /<svg\b[\s\S]*?<\/svg>/g;

/** Cuts a body into its h2 sections (and what comes before the first), each as text blocks. */
export function bodySections(html: string): BodySection[] {
  const cleaned = html.replace(DRAWINGS, '');
  const starts = [...cleaned.matchAll(/<h2\b[^>]*\bid="([^"]+)"[^>]*>([\s\S]*?)<\/h2>/g)];
  const sections: BodySection[] = [];
  const intro = cleaned.slice(0, starts[0]?.index ?? cleaned.length);
  const introBlocks = textBlocks(intro);
  if (introBlocks.length) sections.push({ id: '', title: '', blocks: introBlocks });
  starts.forEach((start, index) => {
    const end = starts[index + 1]?.index ?? cleaned.length;
    const body = cleaned.slice(start.index! + start[0].length, end);
    sections.push({ id: start[1], title: plainText(start[2]), blocks: textBlocks(body) });
  });
  return sections;
}
