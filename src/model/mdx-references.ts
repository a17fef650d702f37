/**
 * The one scanner of MDX page bodies: the components that name records (<Bron id>, <Begrip id>, <Organisatie id>),
 * the ones that show a whole collection, <Stand>, <Bouwsteen> and the headings. Everything in code, fenced or
 * inline, is text the page shows and not a component, so the scanner skips it everywhere in the same way.
 */
import type { DataCollection } from './schemas.ts';

/** The MDX components that name one record by its id, and the collection each names. */
export const REFERENCING_COMPONENTS = { Bron: 'sources', Begrip: 'terms', Organisatie: 'actors' } as const satisfies Record<string, DataCollection>;
export type ReferencingComponent = keyof typeof REFERENCING_COMPONENTS;

/** The MDX components that show a whole collection. */
export const LISTING_COMPONENTS = { Begrippenlijst: 'terms', Bronnenlijst: 'sources', Slachtoffercijfers: 'figures' } as const satisfies Record<string, DataCollection>;

const FENCE = /^\s*(`{3,}|~{3,})/;
const INLINE_CODE = /(?<!`)(`+)(?!`)[\s\S]*?(?<!`)\1(?!`)/g;
const blank = (text: string) => text.replace(/[^\n]/g, ' ');

/**
 * The body with fenced code blocks (fences included) and inline code spans replaced by spaces: line breaks and
 * offsets stay where they were, so lines and positions found in the result are those of the body.
 */
export function withoutCode(body: string): string {
  let fence: string | undefined;
  const lines = body.split('\n').map((line) => {
    const opening = FENCE.exec(line)?.[1];
    if (fence === undefined && opening) {
      fence = opening;
      return blank(line);
    }
    if (fence !== undefined) {
      if (opening && opening[0] === fence[0] && opening.length >= fence.length && line.trim() === opening) fence = undefined;
      return blank(line);
    }
    return line;
  });
  return lines.join('\n').replace(INLINE_CODE, blank);
}

export interface MdxElement {
  name: string;
  attributes: Record<string, string>;
  /** 1-based line of the body on which the element starts. */
  line: number;
  /** Offsets in the body: the opening tag starts at `start`, its `>` ends at `openEnd`, the element ends at `end`. */
  start: number;
  openEnd: number;
  end: number;
  /** What stands between the opening and closing tag; undefined for a self-closing element or a missing end tag. */
  children?: string;
}

const ATTRIBUTE = /([A-Za-z][\w-]*)=(?:"([^"]*)"|'([^']*)')/g;

/** The elements of the given names outside code, in the order they appear. */
export function mdxElements(body: string, names: readonly string[]): MdxElement[] {
  const text = withoutCode(body);
  const elements: MdxElement[] = [];
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const lineOf = (offset: number) => {
    let line = 0;
    while (line + 1 < lineStarts.length && lineStarts[line + 1] <= offset) line += 1;
    return line + 1;
  };
  for (const match of text.matchAll(new RegExp(`<(${names.join('|')})\\b([^>]*?)(/?)>`, 'g'))) {
    const [open, name, attributeText, selfClosing] = match;
    const start = match.index!;
    const openEnd = start + open.length;
    const attributes = Object.fromEntries([...attributeText.matchAll(ATTRIBUTE)].map((a) => [a[1], a[2] ?? a[3]]));
    const close = selfClosing ? -1 : text.indexOf(`</${name}>`, openEnd);
    const children = close < 0 ? undefined : body.slice(openEnd, close);
    elements.push({ name, attributes, line: lineOf(start), start, openEnd, end: close < 0 ? openEnd : close + name.length + 3, children });
  }
  return elements;
}

export interface MdxReference {
  component: ReferencingComponent;
  collection: (typeof REFERENCING_COMPONENTS)[ReferencingComponent];
  id: string;
  line: number;
}

/** Every record the body names with <Bron id>, <Begrip id> or <Organisatie id>, in order, repeats included. */
export function mdxReferences(body: string): MdxReference[] {
  return mdxElements(body, Object.keys(REFERENCING_COMPONENTS))
    .filter((element) => element.attributes.id !== undefined)
    .map((element) => {
      const component = element.name as ReferencingComponent;
      return { component, collection: REFERENCING_COMPONENTS[component], id: element.attributes.id, line: element.line };
    });
}

/** Whether the body uses the component (outside code), e.g. <Bronnenlijst />. */
export function usesComponent(body: string, name: string): boolean {
  return mdxElements(body, [name]).length > 0;
}

export interface MdxHeading {
  /** Number of # of a Markdown heading, or n of an <hn>. */
  depth: number;
  /** Its permanent id: {#id} at the end of a Markdown heading, the id attribute of an HTML heading. */
  id?: string;
  /** The text of a Markdown heading (with its {#id}); undefined for an HTML heading. */
  text?: string;
  html: boolean;
  line: number;
}

const MARKDOWN_HEADING = /^(#{1,6})\s+(.*)$/;
const EXPLICIT_ID = /\{#([a-z0-9]+(?:-[a-z0-9]+)*)\}\s*$/;

/** Markdown headings (#, ##, …) and HTML <h2>/<h3> outside code, in order. */
export function mdxHeadings(body: string): MdxHeading[] {
  const headings: MdxHeading[] = [];
  withoutCode(body)
    .split('\n')
    .forEach((text, index) => {
      const heading = MARKDOWN_HEADING.exec(text);
      if (heading) headings.push({ depth: heading[1].length, id: EXPLICIT_ID.exec(heading[2])?.[1], text: heading[2], html: false, line: index + 1 });
    });
  for (const element of mdxElements(body, ['h2', 'h3'])) headings.push({ depth: Number(element.name[1]), id: element.attributes.id, html: true, line: element.line });
  return headings.sort((a, b) => a.line - b.line);
}
