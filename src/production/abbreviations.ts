/**
 * Abbreviations written out at their first use on each page, for every reader: "<abbr>SZW</abbr> (Ministerie van
 * Sociale Zaken en Werkgelegenheid)". A title attribute alone would reach neither touch nor keyboard users, and an
 * expansion in the text is what plain language asks anyway. The expansions come from the records (an organisation's
 * `abbr` and name, a glossary term written "Name (ABBR)"), so editors never write them by hand, and the middleware
 * applies this to every page, whether its text comes from MDX or from components. Pure: HTML and records in, HTML out.
 */
import type { Actor, Lang, Term } from '../model/schemas.ts';

export interface Abbreviation {
  /** As written in the text, e.g. "SZW" or "RIEC". */
  abbr: string;
  expansion: string;
  /** The whole name the expansion is part of ("Tweede Kamer – vaste commissie …" for "TK"): next to it counts too. */
  name?: string;
  /** Forms that count as the same abbreviation once one of them is written out ("RIEC/LIEC", "RIEC", "LIEC"). */
  family: string;
}

const capitals = (text: string) => text.replace(/[^\p{Lu}]/gu, '');
const initials = (text: string) => capitals(text.split(/[\s\-–,]+/).map((word) => word.charAt(0)).join(''));

/** The part of a name an abbreviation stands for: "GRETA – expertgroep …" stands for "expertgroep …". */
export function expansionOf(abbr: string, name: string): string {
  const parts = name.split(/\s+[–—]\s+/);
  if (parts.length === 1) return name;
  const spelled = parts.find((part) => initials(part) === capitals(abbr));
  if (spelled) return spelled;
  const others = parts.filter((part) => part !== abbr);
  return others.length === 1 ? others[0] : name;
}

/** Every abbreviation the records know, in one language; an organisation's name wins over a glossary term. */
export function knownAbbreviations(actors: Iterable<Actor>, terms: Iterable<Term>, lang: Lang): Abbreviation[] {
  const found = new Map<string, Abbreviation>();
  const add = (abbr: string, expansion: string, family: string, name?: string) => {
    // "Defensie" is a word, not an abbreviation; "OVSE / ODIHR" is no expansion.
    if (capitals(abbr).length < 2 || !/\p{Ll}{3}/u.test(expansion) || found.has(abbr)) return;
    found.set(abbr, { abbr, expansion, family, ...(name && name !== expansion ? { name } : {}) });
  };
  for (const actor of actors) {
    if (!actor.abbr) continue;
    const name = actor.name[lang];
    add(actor.abbr, expansionOf(actor.abbr, name), actor.abbr, name);
    const forms = actor.abbr.split('/').map((form) => form.trim());
    if (forms.length < 2) continue;
    // "RIEC/LIEC" for "Regionale … en Landelijk …": each form its own part where the name splits as many ways.
    const parts = name.split(/(?<!-)\s+(?:en|and)\s+(?=\p{Lu})/u);
    forms.forEach((form, index) => add(form, parts.length === forms.length ? parts[index] : name, actor.abbr!));
  }
  for (const term of terms) {
    const match = /^(.+?)\s*\(([^()\s]+)\)$/.exec(term.term[lang]);
    if (match) add(match[2], match[1], match[2]);
  }
  return [...found.values()];
}

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const decode = (text: string) =>
  text.replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' })[name]!);
const normalise = (text: string) => text.replace(/\s+/g, ' ').toLowerCase();

/** Text never touched: raw text, drawings, and elements whose content is not running text. */
const SKIPPED_WHOLE = new Set(['script', 'style', 'svg', 'math', 'template', 'textarea', 'title', 'noscript']);
/** Visible, so a name there counts as written, but not a place for an expansion: headings, controls, quotations. */
const NOT_EXPANDED = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'nav', 'button', 'label', 'option', 'select', 'legend', 'summary', 'abbr', 'code', 'pre', 'kbd', 'samp', 'cite', 'q', 'blockquote']);
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const TOKEN = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>|[^<]+/g;

interface Open {
  name: string;
  /** Not seen by a reader: a closed popover, hidden, visually hidden. */
  invisible: boolean;
  noExpansion: boolean;
}

/**
 * Writes out, inside <main>, the first use of each abbreviation that is not already next to its expansion
 * ("Ministerie van Sociale Zaken en Werkgelegenheid (SZW)" stays as it is). Headings, controls, quotations, source
 * titles (`skipLinksTo`: links to the sources page) and hidden text are left alone; the next use in running text is
 * written out instead.
 */
export function withAbbreviationsWritten(html: string, abbreviations: readonly Abbreviation[], skipLinksTo: readonly string[] = []): string {
  const start = html.indexOf('<main');
  const end = html.indexOf('</main>', start);
  if (start < 0 || end < 0 || abbreviations.length === 0) return html;
  const byAbbr = new Map(abbreviations.map((abbreviation) => [abbreviation.abbr, abbreviation]));
  const alternatives = [...byAbbr.keys()].sort((a, b) => b.length - a.length).map((abbr) => abbr.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));
  const use = new RegExp(`(?<![\\p{L}\\p{N}&/])(${alternatives.join('|')})(?![\\p{L}\\p{N}/])((?:['’]s|-\\p{Ll}+)?)`, 'gu');
  const done = new Set<string>();
  const stack: Open[] = [];
  let seen = '';
  let out = '';
  const main = html.slice(start, end);
  TOKEN.lastIndex = 0;
  for (let token = TOKEN.exec(main); token; token = TOKEN.exec(main)) {
    const [raw, closing, tagName, attributes] = token;
    if (raw.startsWith('<!--')) {
      out += raw;
    } else if (tagName) {
      const name = tagName.toLowerCase();
      if (closing) {
        const at = stack.findLastIndex((open) => open.name === name);
        if (at >= 0) stack.length = at;
        out += raw;
      } else if (SKIPPED_WHOLE.has(name)) {
        // Up to the matching end tag (a drawing may hold nested <svg>).
        const opening = new RegExp(`<${name}\\b`, 'gi');
        const closingTag = new RegExp(`</${name}\\s*>`, 'gi');
        let depth = 1;
        let cursor = TOKEN.lastIndex;
        while (depth > 0) {
          closingTag.lastIndex = cursor;
          const close = closingTag.exec(main);
          if (!close) break;
          opening.lastIndex = cursor;
          const open = name === 'svg' || name === 'math' ? opening.exec(main) : null;
          if (open && open.index < close.index) {
            depth += 1;
            cursor = open.index + 1;
          } else {
            depth -= 1;
            cursor = close.index + close[0].length;
          }
        }
        out += main.slice(token.index, cursor);
        TOKEN.lastIndex = cursor;
      } else {
        out += raw;
        if (!VOID.has(name) && !attributes.trimEnd().endsWith('/')) {
          const parent = stack.at(-1);
          const href = name === 'a' ? /\shref="([^"]*)"/.exec(attributes)?.[1] : undefined;
          stack.push({
            name,
            invisible:
              (parent?.invisible ?? false) ||
              /\s(hidden|popover)(?=[\s=]|$)/.test(attributes) ||
              /\sclass="[^"]*\bvisually-hidden\b/.test(attributes),
            noExpansion:
              (parent?.noExpansion ?? false) ||
              NOT_EXPANDED.has(name) ||
              /\slang="/.test(attributes) ||
              /\sclass="[^"]*(?:\bsource|sources\b|\bcitation)/.test(attributes) ||
              (href !== undefined && skipLinksTo.some((prefix) => href.startsWith(prefix))),
          });
        }
      }
    } else {
      const context = stack.at(-1);
      if (context?.invisible) {
        out += raw;
        continue;
      }
      let written = '';
      let last = 0;
      use.lastIndex = 0;
      for (let match = use.exec(raw); match; match = use.exec(raw)) {
        const abbreviation = byAbbr.get(match[1])!;
        if (done.has(abbreviation.abbr)) continue;
        const spellings = [abbreviation.expansion, abbreviation.name ?? abbreviation.expansion].map(normalise);
        const before = normalise(seen + decode(raw.slice(0, match.index))).trimEnd();
        const after = normalise(decode(raw.slice(match.index + match[0].length))).trimStart();
        const nextToIt =
          (/[(,:–]$/.test(before) && spellings.some((spelling) => before.slice(0, -1).trimEnd().endsWith(spelling))) ||
          spellings.some((spelling) => after.replace(/^[(,:–]\s*/, '').startsWith(spelling));
        if (!nextToIt && context?.noExpansion) continue;
        done.add(abbreviation.abbr);
        // "RIEC/LIEC" written out covers "RIEC" and "LIEC"; "RIEC" alone leaves "LIEC" to its own first use.
        if (abbreviation.abbr === abbreviation.family) for (const other of byAbbr.values()) if (other.family === abbreviation.family) done.add(other.abbr);
        if (nextToIt) continue;
        const inBrackets = /\(\s*$/.test(raw.slice(0, match.index));
        const spelled = escapeText(abbreviation.expansion);
        written += `${raw.slice(last, match.index)}<abbr>${match[1]}</abbr>${match[2]}${inBrackets ? `, ${spelled}` : ` (${spelled})`}`;
        last = match.index + match[0].length;
      }
      out += last === 0 ? raw : written + raw.slice(last);
      seen = (seen + decode(raw)).slice(-2000);
    }
  }
  return html.slice(0, start) + out + html.slice(end);
}
