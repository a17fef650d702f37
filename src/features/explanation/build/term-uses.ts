/**
 * Glossary terms a page uses before it links them: for `npm run readability`, so an editor can link the first use
 * with <Begrip id="...">. A term is known by its name (and the short form in brackets) and by every text the site
 * already links to it ("geborgd" for borging); words are compared by a rough stem, enough for a report.
 */
import type { Lang, Term } from '../../../model/schemas.ts';
import { wordsOf } from '../../../model/readability.ts';
import { mdxElements, withoutCode } from '../../../model/mdx-references.ts';

/** The <Begrip id="...">text</Begrip> links of a body: the term and the text that links to it. */
const linksOf = (body: string) => mdxElements(body, ['Begrip']).filter((link) => link.attributes.id !== undefined && link.children !== undefined);

/** A rough stem: lower case, common endings off, Dutch "ge-" of a participle off, final v/z as f/s. */
export function roughStem(word: string, lang: Lang): string {
  let stem = word.toLowerCase();
  const endings = lang === 'nl' ? ['heden', 'heid', 'ingen', 'ing', 'en', 'e', 's', 'd', 't'] : ['ies', 'es', 's', 'ed', 'ing'];
  for (let round = 0; round < 2; round += 1) {
    const ending = endings.find((end) => stem.endsWith(end) && stem.length - end.length >= 4);
    if (ending) stem = stem.slice(0, -ending.length);
  }
  if (lang === 'nl') {
    if (stem.startsWith('ge') && stem.length >= 6) stem = stem.slice(2);
    stem = stem.replace(/v$/, 'f').replace(/z$/, 's');
  }
  return stem;
}

const stems = (text: string, lang: Lang) => wordsOf(text).map((word) => roughStem(word, lang));

/** The ways each term is written: its name, the part in brackets, the part before a comma, and linked texts. */
export function termForms(terms: readonly Term[], bodies: readonly string[], lang: Lang): Map<string, string[][]> {
  const forms = new Map<string, Set<string>>();
  const add = (id: string, text: string) => {
    const words = stems(text, lang);
    if (words.length) forms.set(id, (forms.get(id) ?? new Set()).add(words.join(' ')));
  };
  for (const term of terms) {
    const name = term.term[lang];
    add(term.id, name.replace(/\s*\([^)]*\)/g, ''));
    for (const [, inBrackets] of name.matchAll(/\(([^)]+)\)/g)) add(term.id, inBrackets);
    add(term.id, name.split(',')[0]);
  }
  for (const body of bodies) for (const link of linksOf(body)) add(link.attributes.id, link.children!.replace(/<[^>]+>/g, ''));
  return new Map([...forms].map(([id, set]) => [id, [...set].map((form) => form.split(' '))]));
}

interface Token {
  stem: string;
  word: string;
  line: number;
  /** The term a <Begrip> around this word links to. */
  linked?: string;
}

function tokens(body: string, lang: Lang): Token[] {
  const found: Token[] = [];
  const links = linksOf(body);
  let lineStart = 0;
  withoutCode(body).split('\n').forEach((text, index) => {
    const start = lineStart;
    lineStart += text.length + 1;
    // Headings are not linked: a term's first use that counts is in the text.
    if (/^\s*#/.test(text)) return;
    const push = (part: string, linked?: string) => {
      const plain = part.replace(/<[^>]+>/g, ' ').replace(/\]\([^)]*\)/g, ' ');
      for (const word of wordsOf(plain)) found.push({ stem: roughStem(word, lang), word, line: index + 1, linked });
    };
    let last = 0;
    for (const link of links.filter((link) => link.start >= start && link.end <= start + text.length)) {
      push(text.slice(last, link.start - start));
      push(link.children!, link.attributes.id);
      last = link.end - start;
    }
    push(text.slice(last));
  });
  return found;
}

export interface UnlinkedUse {
  term: string;
  /** The words as the page writes them. */
  text: string;
  /** Line in the body. */
  line: number;
}

/** For each term the body uses, its first use when that one is not linked to the term. */
export function unlinkedFirstUses(body: string, forms: Map<string, string[][]>, lang: Lang): UnlinkedUse[] {
  const words = tokens(body, lang);
  const uses: UnlinkedUse[] = [];
  for (const [term, variants] of forms) {
    let first: { at: number; length: number } | undefined;
    for (const variant of variants) {
      const at = words.findIndex((_, index) => variant.every((stem, offset) => words[index + offset]?.stem === stem));
      if (at >= 0 && (!first || at < first.at)) first = { at, length: variant.length };
    }
    if (!first) continue;
    const used = words.slice(first.at, first.at + first.length);
    if (used.every((word) => word.linked === term)) continue;
    uses.push({ term, text: used.map((word) => word.word).join(' '), line: used[0].line });
  }
  return uses.sort((a, b) => a.line - b.line);
}
