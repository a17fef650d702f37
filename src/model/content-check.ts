/**
 * Checks the whole content set at once: each record against its schema, ids unique, every reference resolving,
 * every page translated. Pure: it takes parsed files and returns problems, each naming file, record and field.
 */
import type { z } from 'astro/zod';
import { dateInterval } from './dates.ts';
import { dataSchemas, pageSchema, isRealDate, LANGS, PARTIAL_DATE, REFERENCE_FIELDS, type DataCollection, type Lang, type PageData } from './schemas.ts';
import { isOverdue } from '../features/timeline/build/status.ts';
import { checkBuildingBlocks } from '../features/explanation/build/building-blocks.ts';
import { checkStories } from '../features/story/build/story-check.ts';
import { recordAsOf, type Claim } from './as-of.ts';
import { didYouMean, editorIssueMessage } from './content-messages.ts';
import { hasPassed } from '../features/timeline/build/status.ts';
import { mdxElements, mdxHeadings, mdxReferences, usesComponent, withoutCode } from './mdx-references.ts';

export interface RawRecord {
  file: string;
  /** 1-based line of the record in its file, when known. */
  line?: number;
  data: unknown;
}

export interface RawPage {
  file: string;
  lang: Lang;
  frontmatter: unknown;
  body: string;
  /** Line of the file on which the body starts, so problems name file lines. */
  bodyLine?: number;
}

export interface Problem {
  file: string;
  line?: number;
  /** 1-based column, for a syntax error. */
  column?: number;
  /** A YAML syntax error: the check reports these alone, as what follows them is the parser's confusion. */
  syntax?: boolean;
  record?: string;
  field?: string;
  message: string;
}

export type CheckedData = { [K in DataCollection]: z.infer<(typeof dataSchemas)[K]>[] };
export interface CheckedPage extends PageData {
  lang: Lang;
  file: string;
  body: string;
  /** The permanent anchors of the page's headings, with their lines. */
  anchors: { id: string; line: number }[];
  /** Line of the file on which the body starts. */
  bodyLine?: number;
}

export interface CheckResult {
  data: CheckedData;
  pages: CheckedPage[];
  problems: Problem[];
  /** Content that is valid but needs an editor: printed by the build and by `npm run validate`, never fatal. */
  warnings: Problem[];
  /** Every claim about the present with the date it holds for: records that describe today, and <Stand> sentences. */
  claims: Claim[];
  /** Where a record is written: file and line, by collection and id. */
  locate: (collection: DataCollection, id: string) => { file: string; line?: number } | undefined;
}

export interface CheckOptions {
  /**
   * The build date (YYYY-MM-DD): an expected event whose date has passed by then is reported as overdue, and no end
   * of an organisation nor the date of a claim may lie after it.
   */
  today?: string;
}

export const COLLECTION_LABEL: Record<DataCollection, string> = {
  actors: 'actor',
  relations: 'relation',
  events: 'event',
  terms: 'term',
  sources: 'source',
  figures: 'figure',
  changes: 'change',
};

/** Ids the page layout uses itself; a heading may not take them. */
export const RESERVED_IDS = new Set(['inhoud', 'in-het-kort', 'op-deze-pagina', 'bronnen-bij-deze-pagina', 'versies-van-deze-pagina', 'citeer-deze-pagina', 'site-search-q']);

const FORBIDDEN_TEXT = /\b(TODO|FIXME|TBD|lorem ipsum|lorem|placeholder)\b/i;

export function formatProblem(problem: Problem): string {
  const where = problem.line ? `${problem.file}:${problem.line}${problem.column ? `:${problem.column}` : ''}` : problem.file;
  const parts = [where];
  if (problem.record) parts.push(problem.record);
  if (problem.field) parts.push(`field "${problem.field}"`);
  return `${parts.join(' › ')}: ${problem.message}`;
}

function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');
}

function recordName(collection: DataCollection, data: unknown, index: number): string {
  const id = typeof data === 'object' && data !== null && 'id' in data ? (data as { id: unknown }).id : undefined;
  return typeof id === 'string' && id ? `${COLLECTION_LABEL[collection]} "${id}"` : `${COLLECTION_LABEL[collection]} #${index + 1}`;
}

export function checkContent(raw: Record<DataCollection, RawRecord[]>, rawPages: RawPage[], options: CheckOptions = {}): CheckResult {
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const data = { actors: [], relations: [], events: [], terms: [], sources: [], figures: [], changes: [] } as unknown as CheckedData;
  const origin = new Map<object, { file: string; line?: number; record: string }>();
  // Ids of records that failed their schema still count as declared, so one bad field does not cascade
  // into "unknown id" problems everywhere the record is referenced.
  const declared = Object.fromEntries(Object.keys(dataSchemas).map((c) => [c, new Set<string>()])) as Record<DataCollection, Set<string>>;

  for (const collection of Object.keys(dataSchemas) as DataCollection[]) {
    const seen = new Map<string, RawRecord>();
    (raw[collection] ?? []).forEach((item, index) => {
      const record = recordName(collection, item.data, index);
      const result = dataSchemas[collection].safeParse(item.data, { reportInput: true });
      const rawId = (item.data as { id?: unknown } | null)?.id;
      if (typeof rawId === 'string') declared[collection].add(rawId);
      if (!result.success) {
        const fields = Object.keys(dataSchemas[collection].shape);
        for (const issue of result.error.issues) {
          problems.push({ file: item.file, line: item.line, record, field: fieldPath(issue.path) || undefined, message: editorIssueMessage(issue, fields) });
        }
        return;
      }
      const parsed = result.data as { id: string };
      const earlier = seen.get(parsed.id);
      if (earlier) {
        problems.push({
          file: item.file,
          line: item.line,
          record,
          field: 'id',
          message: `duplicate id; "${parsed.id}" is already used in ${earlier.file}${earlier.line ? `:${earlier.line}` : ''}`,
        });
        return;
      }
      seen.set(parsed.id, item);
      origin.set(parsed, { file: item.file, line: item.line, record });
      (data[collection] as unknown[]).push(parsed);
    });
  }

  const ids = declared;
  const where = (record: object) => {
    const at = origin.get(record)!;
    return `${at.record} (${at.file}${at.line ? `:${at.line}` : ''})`;
  };

  /** Every id the record names in its reference fields (REFERENCE_FIELDS) must be declared. */
  const resolveReferences = (collection: DataCollection, owner: object) => {
    const at = origin.get(owner)!;
    for (const [field, target] of Object.entries(REFERENCE_FIELDS[collection]) as [string, DataCollection][]) {
      const values = (owner as Record<string, string | readonly string[] | undefined>)[field];
      if (values === undefined) continue;
      (typeof values === 'string' ? [values] : values).forEach((value, index) => {
        if (!ids[target].has(value)) {
          problems.push({ ...at, field: typeof values === 'string' ? field : `${field}[${index}]`, message: `unknown ${COLLECTION_LABEL[target]} "${value}".${didYouMean(value, ids[target])}`.replace(/\.$/, '') });
        }
      });
    }
  };

  const claims: Claim[] = [];
  const sourceDates = new Map(data.sources.map((source) => [source.id, source.date]));
  const sourceDate = (id: string) => sourceDates.get(id);
  /** A date that may not lie after the build date: the end of an organisation, the date of a claim. */
  const notAfterToday = (owner: object, field: string, date: string | undefined, what: string) => {
    if (date && options.today && hasPassed(options.today, date)) {
      problems.push({ ...origin.get(owner)!, field, message: `${what} (${date}) lies after the build date (${options.today}); write only what has happened` });
    }
  };
  const claimOf = (owner: object, field: string, record: { as_of?: string; sources: readonly string[] }) => {
    const at = origin.get(owner)!;
    claims.push({ file: at.file, line: at.line, record: at.record, field, ...recordAsOf(record, sourceDate) });
  };

  for (const actor of data.actors) {
    resolveReferences('actors', actor);
    notAfterToday(actor, 'as_of', actor.as_of, 'the date of this description');
    notAfterToday(actor, 'end', actor.end, 'the end');
    if (actor.end && actor.start && dateInterval(actor.end)[1] <= dateInterval(actor.start)[0]) {
      problems.push({ ...origin.get(actor)!, field: 'end', message: `ends (${actor.end}) before it starts (${actor.start})` });
    }
    if (actor.merged_into !== undefined) {
      if (actor.merged_into === actor.id) problems.push({ ...origin.get(actor)!, field: 'merged_into', message: 'an organisation cannot go into itself' });
      if (!actor.end) problems.push({ ...origin.get(actor)!, field: 'merged_into', message: 'give the date it ended as well: "end: YYYY-MM-DD"' });
    }
    // What an ended organisation did is history; only a living one is described as it is today.
    if (!actor.end) claimOf(actor, 'role_now', actor);
  }
  for (const lang of LANGS) {
    const byName = new Map<string, (typeof data.actors)[number]>();
    for (const actor of data.actors) {
      const name = actor.name[lang].toLocaleLowerCase(lang);
      const earlier = byName.get(name);
      if (earlier) problems.push({ ...origin.get(actor)!, field: `name.${lang}`, message: `"${actor.name[lang]}" is also the name of ${where(earlier)}` });
      else byName.set(name, actor);
    }
  }
  const relationKeys = new Map<string, (typeof data.relations)[number]>();
  for (const relation of data.relations) {
    const key = [relation.from, relation.to, relation.type, relation.state].join(' ');
    const earlier = relationKeys.get(key);
    if (earlier) {
      problems.push({ ...origin.get(relation)!, field: 'id', message: `the same relation (from, to, type and state) as ${where(earlier)}` });
    } else relationKeys.set(key, relation);
  }
  for (const relation of data.relations) {
    resolveReferences('relations', relation);
    if (relation.from === relation.to) problems.push({ ...origin.get(relation)!, field: 'to', message: 'a relation cannot point to its own actor' });
    notAfterToday(relation, 'as_of', relation.as_of, 'the date of this relation');
    // A relation that holds today is a claim about the present; a proposed one only where its note says how things stand.
    if (relation.state !== 'voorgesteld' || relation.note) claimOf(relation, relation.note ? 'note' : 'state', relation);
  }
  for (const event of data.events) {
    resolveReferences('events', event);
    if (event.end && dateInterval(event.end)[1] <= dateInterval(event.date)[0]) {
      problems.push({ ...origin.get(event)!, field: 'end', message: `ends (${event.end}) before it starts (${event.date})` });
    }
    if (options.today && isOverdue(event, options.today)) {
      warnings.push({
        ...origin.get(event)!,
        field: 'status',
        message:
          `expected on ${event.date}, which has passed (build date ${options.today}); the site shows it as "verwacht, nog niet gemeld" ` +
          '(also in verwacht.ics). Update it: set status "gebeurd" with the real date and a source, or a later expected date.',
      });
    }
  }
  for (const figure of data.figures) resolveReferences('figures', figure);
  for (const term of data.terms) resolveReferences('terms', term);

  const pages = checkPages(rawPages, ids, problems, claims, options.today);
  problems.push(...checkBuildingBlocks(pages));
  problems.push(...checkStories(pages, data));
  const pageKeys = new Set(pages.map((page) => page.key));
  for (const change of data.changes) {
    change.pages.forEach((key, index) => {
      if (!pageKeys.has(key)) problems.push({ ...origin.get(change)!, field: `pages[${index}]`, message: `unknown page key "${key}"` });
    });
  }
  const byId = new Map([...origin.values()].map((at) => [at.record, at]));
  const locate = (collection: DataCollection, id: string) => byId.get(`${COLLECTION_LABEL[collection]} "${id}"`);
  return { data, pages, problems, warnings, claims, locate };
}


/**
 * Ids the page's own parts give their elements, which a heading must not take (a link to one would jump to the
 * heading): the layout's, each cited source's entry in "Bronnen bij deze pagina", and the entries of a full list.
 */
function generatedIds(body: string, cited: Set<string>, ids: Record<DataCollection, Set<string>>): Map<string, string> {
  const generated = new Map<string, string>([...RESERVED_IDS].map((id) => [id, 'the page layout']));
  for (const source of cited) generated.set(`bron-${source}`, `the entry of source "${source}" in the page's source list`);
  if (usesComponent(body, 'Bronnenlijst')) for (const source of ids.sources) generated.set(source, `the entry of source "${source}" in <Bronnenlijst>`);
  if (usesComponent(body, 'Begrippenlijst')) for (const term of ids.terms) generated.set(term, `the entry of term "${term}" in <Begrippenlijst>`);
  return generated;
}

function checkHeadingIds(headings: { id: string; line: number }[], generated: Map<string, string>, at: { file: string; record: string }, problems: Problem[]): void {
  const seen = new Map<string, number>();
  for (const { id, line } of headings) {
    const owner = generated.get(id);
    if (owner) problems.push({ ...at, line, field: 'heading', message: `id "${id}" is already used by ${owner}; choose another` });
    else if (seen.has(id)) problems.push({ ...at, line, field: 'heading', message: `id "${id}" is used twice on this page (first on line ${seen.get(id)})` });
    else seen.set(id, line);
  }
}
/** The start of a sentence about the present with its date: <Stand datum="2025-09">…</Stand> (content/README.md, "Dates of claims"). */
const DATED_SENTENCE_START = /^[^<\n]{0,60}/;

function byLine<T extends { line: number }>(items: T[]): Map<number, T[]> {
  const lines = new Map<number, T[]>();
  for (const item of items) lines.set(item.line, [...(lines.get(item.line) ?? []), item]);
  return lines;
}

function checkPages(rawPages: RawPage[], ids: Record<DataCollection, Set<string>>, problems: Problem[], claims: Claim[], today?: string): CheckedPage[] {
  const pages: CheckedPage[] = [];
  for (const raw of rawPages) {
    const result = pageSchema.safeParse(raw.frontmatter, { reportInput: true });
    const key = (raw.frontmatter as { key?: unknown } | null)?.key;
    const record = `page "${typeof key === 'string' ? key : raw.file.split('/').pop()}"`;
    if (!result.success) {
      for (const issue of result.error.issues) {
        problems.push({ file: raw.file, record, field: fieldPath(issue.path) || undefined, message: editorIssueMessage(issue, Object.keys(pageSchema.shape)) });
      }
      continue;
    }
    const page: CheckedPage = { ...result.data, lang: raw.lang, file: raw.file, body: raw.body, anchors: [], bodyLine: raw.bodyLine };
    const at = { file: raw.file, record };
    const headings: { id: string; line: number }[] = [];
    const cited = new Set<string>();
    let citations = 0;
    const headingsAt = byLine(mdxHeadings(raw.body).filter((heading) => heading.html || heading.depth === 2 || heading.depth === 3));
    const referencesAt = byLine(mdxReferences(raw.body));
    const datedSentencesAt = byLine(mdxElements(raw.body, ['Stand']));
    withoutCode(raw.body).split('\n').forEach((text, index) => {
      const line = index + (raw.bodyLine ?? 1);
      for (const heading of headingsAt.get(index + 1) ?? []) {
        if (heading.id) headings.push({ id: heading.id, line });
        else if (heading.html) problems.push({ ...at, line, field: 'heading', message: `<h${heading.depth}> needs an explicit id attribute` });
        else problems.push({ ...at, line, field: 'heading', message: `"${heading.text!.trim()}" needs a permanent id: end it with {#some-id}` });
      }
      for (const { component, collection, id } of referencesAt.get(index + 1) ?? []) {
        if (component === 'Bron') {
          citations += 1;
          cited.add(id);
        }
        if (!ids[collection].has(id)) problems.push({ ...at, line, field: `<${component}>`, message: `unknown ${COLLECTION_LABEL[collection]} "${id}".${didYouMean(id, ids[collection])}`.replace(/\.$/, '') });
      }
      for (const sentence of datedSentencesAt.get(index + 1) ?? []) {
        const date = sentence.attributes.datum;
        const problem = datedSentenceProblem(date, today);
        if (problem) problems.push({ ...at, line, field: '<Stand>', message: problem });
        else claims.push({ ...at, line, field: '<Stand>', asOf: date, basis: 'sentence', text: `${DATED_SENTENCE_START.exec(raw.body.slice(sentence.openEnd))![0].trim()}…` });
      }
      const forbidden = FORBIDDEN_TEXT.exec(text);
      if (forbidden) problems.push({ ...at, line, field: 'text', message: `unfinished text: "${forbidden[0]}"` });
    });
    // A list item written with an explicit id (<li id="per-organisatie">) is a permanent anchor like a heading.
    for (const item of mdxElements(raw.body, ['li'])) if (item.attributes.id) headings.push({ id: item.attributes.id, line: item.line + (raw.bodyLine ?? 1) - 1 });
    checkHeadingIds(headings, generatedIds(raw.body, cited, ids), at, problems);
    page.anchors = headings;
    for (const [index, point] of (page.summary ?? []).entries()) {
      const forbidden = FORBIDDEN_TEXT.exec(point);
      if (forbidden) problems.push({ ...at, field: `summary[${index}]`, message: `unfinished text: "${forbidden[0]}"` });
    }
    if (page.kind === 'uitleg') {
      if (!page.summary?.length) problems.push({ ...at, field: 'summary', message: 'an explanation page needs its "In het kort" summary' });
      if (citations === 0) problems.push({ ...at, field: 'sources', message: 'an explanation page must cite at least one source with <Bron id="..." />' });
    }
    pages.push(page);
  }

  for (const lang of LANGS) {
    const byPath = new Map<string, CheckedPage>();
    for (const page of pages.filter((p) => p.lang === lang)) {
      const other = byPath.get(page.path);
      if (other) problems.push({ file: page.file, record: `page "${page.key}"`, field: 'path', message: `path "/${page.path}" is also used by ${other.file}` });
      byPath.set(page.path, page);
    }
  }
  const keys = new Map<string, Map<Lang, CheckedPage>>();
  for (const page of pages) {
    const byLang = keys.get(page.key) ?? new Map<Lang, CheckedPage>();
    const other = byLang.get(page.lang);
    if (other) problems.push({ file: page.file, record: `page "${page.key}"`, field: 'key', message: `key is also used by ${other.file}` });
    byLang.set(page.lang, page);
    keys.set(page.key, byLang);
  }
  for (const [key, byLang] of keys) {
    for (const lang of LANGS) {
      if (!byLang.has(lang)) {
        const existing = [...byLang.values()][0];
        problems.push({ file: existing.file, record: `page "${key}"`, field: 'key', message: `has no ${lang === 'nl' ? 'Dutch' : 'English'} translation (no page with key "${key}" in content/pages/${lang}/)` });
      }
    }
    const parentKey = [...byLang.values()][0].parent;
    if (parentKey && !keys.has(parentKey)) {
      const page = [...byLang.values()][0];
      problems.push({ file: page.file, record: `page "${key}"`, field: 'parent', message: `unknown page key "${parentKey}"` });
    }
  }
  return pages;
}

/** What is wrong with the date of a <Stand> sentence, if anything. */
export function datedSentenceProblem(date: string | undefined, today?: string): string | undefined {
  if (date === undefined) return 'give the date the sentence holds for: <Stand datum="2025-09">…</Stand>';
  if (!PARTIAL_DATE.test(date) || !isRealDate(date)) return `datum "${date}" must be a real date written YYYY-MM-DD, YYYY-MM or YYYY`;
  if (today && hasPassed(today, date)) return `datum "${date}" lies after the build date (${today}); date a sentence by the source that supports it`;
  return undefined;
}
