/**
 * What the search index reads of a built page (scripts/search-index.ts). Pure: HTML in, HTML documents out.
 * - Text in two adjacent elements is two words: Pagefind joins `<span>a</span><span>b</span>` into "ab".
 * - A long page is indexed as one result per section (each h2 with an id, linking to its anchor) and one for its
 *   opening. On a long page the words of one section are a small share of the whole, so the page ranked below
 *   short records that merely name the query; a section is found on its own words and opens where they are.
 */
import { parse, renderSync, DOCUMENT_NODE, ELEMENT_NODE, TEXT_NODE, type ElementNode, type Node } from 'ultrahtml';
import { matches, querySelector, querySelectorAll } from 'ultrahtml/selector';

export interface IndexDocument {
  url: string;
  html: string;
}

export interface SectionRules {
  /** A page is split when its indexed text has at least this many words (about three screens)... */
  minWords: number;
  /** ...and at least this many sections. */
  minSections: number;
  /** What the index leaves out (Pagefind's excludeSelectors): its words do not count, its headings are no sections. */
  excluded: string[];
}

export const SECTION_RULES: Omit<SectionRules, 'excluded'> = { minWords: 800, minSections: 3 };

/** A heading in a box beside the text (the page's summary) opens no section. */
const NOT_SECTIONS = ['aside', '[data-pagefind-ignore]'];

/** A space after every closing tag that is followed by an opening tag: only the index reads this copy. */
export function spaceBetweenElements(html: string): string {
  return html.replace(/(<\/[a-zA-Z][\w-]*>)(?=<[a-zA-Z])/g, '$1 ');
}

const isElement = (node: Node | undefined): node is ElementNode => node?.type === ELEMENT_NODE;

function ancestors(node: Node, until: Node): ElementNode[] {
  const chain: ElementNode[] = [];
  for (let parent = node.parent; parent && parent !== until; parent = parent.parent) if (isElement(parent)) chain.push(parent);
  return chain;
}

/** The text of `node`, without the parts matching `skip`. */
function textOf(node: Node, skip: string[] = []): string {
  if (node.type === ELEMENT_NODE && skip.some((selector) => matches(node, selector))) return '';
  if (node.type === ELEMENT_NODE || node.type === DOCUMENT_NODE) return node.children.map((child: Node) => textOf(child, skip)).join('');
  return node.type === TEXT_NODE ? node.value : '';
}

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
const attribute = (text: string) => text.replace(/\s+/g, ' ').trim().replace(/"/g, '&quot;');

/** The child of `container` that holds `node`. */
function childHolding(container: ElementNode, node: Node): Node {
  let current = node;
  while (current.parent && current.parent !== container) current = current.parent;
  return current;
}

/** The deepest element that holds every node. */
function commonAncestor(nodes: Node[], root: ElementNode): ElementNode {
  const [first, ...rest] = nodes.map((node) => [...ancestors(node, root).reverse()]);
  let depth = 0;
  while (depth < first.length && rest.every((chain) => chain[depth] === first[depth])) depth += 1;
  return depth === 0 ? root : first[depth - 1];
}

/**
 * The documents Pagefind indexes for one page: the page itself, or for a long page its opening (at the page's URL,
 * with everything outside the sections) and one document per section at `url#id`, titled by its heading, with the
 * page's title as meta `page`, and the page's filters and meta from its <head>.
 */
export function indexDocuments(url: string, html: string, rules: SectionRules): IndexDocument[] {
  const spaced = spaceBetweenElements(html);
  const whole = [{ url, html: spaced }];
  const body = /<main\b[^>]*data-pagefind-body[^>]*>([\s\S]*)<\/main>/.exec(spaced)?.[1];
  if (!body || words(body.replace(/<[^>]*>/g, ' ')) < rules.minWords) return whole;
  // Pagefind tags in the body would be lost on the sections.
  if (/data-pagefind-(filter|meta|sort)/.test(spaced.slice(spaced.indexOf('<body')))) return whole;

  const document = parse(spaced);
  const main = querySelector(document, '[data-pagefind-body]') as ElementNode;
  const notSections = [...NOT_SECTIONS, ...rules.excluded];
  const headings = (querySelectorAll(main, 'h2[id]') as ElementNode[]).filter(
    (heading) => ![heading, ...ancestors(heading, main)].some((element) => notSections.some((selector) => matches(element, selector))),
  );
  if (headings.length < rules.minSections || words(textOf(main, [...rules.excluded, '[data-pagefind-ignore]'])) < rules.minWords) return whole;

  const container = commonAncestor(headings, main);
  const starts = [...new Set(headings.map((heading) => childHolding(container, heading)))].map((node) => container.children.indexOf(node));
  const sectionNodes = starts.map((start, i) => container.children.slice(start, starts[i + 1] ?? container.children.length));
  const sectionHeadings = starts.map((start) => headings.find((heading) => childHolding(container, heading) === container.children[start])!);

  const head = querySelector(document, 'head') as ElementNode | undefined;
  const headHtml = head ? renderSync(head) : '';
  const lang = (querySelector(document, 'html') as ElementNode | undefined)?.attributes.lang ?? '';
  const h1 = querySelector(main, 'h1');
  const pageTitle = attribute(h1 ? textOf(h1) : '');

  const sections = sectionHeadings.map((heading, i) => {
    const id = heading.attributes.id;
    // The heading stays as weighted text; without its id it is not also a sub-result pointing at the result itself.
    delete heading.attributes.id;
    const meta =
      `<meta data-pagefind-meta="title[content]" content="${attribute(textOf(heading))}">` +
      (pageTitle ? `<meta data-pagefind-meta="page[content]" content="${pageTitle}">` : '');
    const content = sectionNodes[i].map((node) => renderSync(node)).join('');
    return {
      url: `${url}#${id}`,
      html: `<!doctype html><html lang="${lang}">${headHtml.replace('</head>', `${meta}</head>`)}<body><main data-pagefind-body>${content}</main></body></html>`,
    };
  });
  container.children.splice(starts[0]);
  return [{ url, html: renderSync(document) }, ...sections];
}
