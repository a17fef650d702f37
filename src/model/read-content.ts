/**
 * Reads the content folder from disk (Node only): data files as YAML lists, pages as MDX with front matter.
 * Layout: <dir>/data/<collection>/*.yml and <dir>/pages/<lang>/*.mdx.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseDocument, LineCounter, isSeq, isMap } from 'yaml';
import { checkContent, formatProblem, type CheckOptions, type CheckResult, type Problem, type RawPage, type RawRecord } from './content-check.ts';
import { buildDate } from './build-date.ts';
import { formatStaleClaims, type Claim } from './as-of.ts';
import { yamlSyntaxHint } from './content-messages.ts';
import { dataSchemas, LANGS, type DataCollection } from './schemas.ts';

export class ContentError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    super(
      `The content has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n` +
        problems.map((p) => `  - ${formatProblem(p)}`).join('\n'),
    );
    this.name = 'ContentError';
    this.problems = problems;
  }
}

function listFiles(dir: string, extension: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith(extension))
    .sort()
    .map((name) => join(dir, name));
}

/**
 * A data file's records. A YAML syntax error is reported once per file, the first, in plain words with its line and
 * column: what follows a syntax slip is mostly the parser's confusion, not more mistakes.
 */
export function readYamlRecords(path: string, display: string, problems: Problem[]): RawRecord[] {
  const lineCounter = new LineCounter();
  const text = readFileSync(path, 'utf8');
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const [error] = doc.errors;
  if (error) {
    const { line, col } = lineCounter.linePos(error.pos[0]);
    problems.push({
      file: display,
      line,
      column: col,
      message: `YAML syntax: ${yamlSyntaxHint(error, text.split('\n')[line - 1] ?? '')} (the parser says: ${error.message.split('\n')[0]})`,
      syntax: true,
    });
    return [];
  }
  if (doc.contents === null) return [];
  if (!isSeq(doc.contents)) {
    problems.push({ file: display, message: 'a data file must be a YAML list of records (each starting with "- id: ...")' });
    return [];
  }
  return doc.contents.items.map((node) => ({
    file: display,
    line: isMap(node) && node.range ? lineCounter.linePos(node.range[0]).line : undefined,
    data: (node as { toJSON(): unknown }).toJSON(),
  }));
}

export function splitFrontmatter(source: string): { frontmatter: string; body: string; bodyLine: number } | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
  if (!match) return undefined;
  return { frontmatter: match[1], body: source.slice(match[0].length), bodyLine: match[0].split('\n').length };
}

/** Reads and checks the content; overdue expected events are judged against the build date unless `today` is given. */
export function readContent(contentDir: string, root = contentDir, options: CheckOptions = { today: buildDate() }): CheckResult {
  const problems: Problem[] = [];
  const display = (path: string) => relative(root, path) || path;
  const raw = {} as Record<DataCollection, RawRecord[]>;
  for (const collection of Object.keys(dataSchemas) as DataCollection[]) {
    raw[collection] = listFiles(join(contentDir, 'data', collection), '.yml').flatMap((file) => readYamlRecords(file, display(file), problems));
  }
  const pages: RawPage[] = [];
  for (const lang of LANGS) {
    for (const file of listFiles(join(contentDir, 'pages', lang), '.mdx')) {
      const parts = splitFrontmatter(readFileSync(file, 'utf8'));
      if (!parts) {
        problems.push({ file: display(file), message: 'a page must start with front matter between --- lines' });
        continue;
      }
      const lineCounter = new LineCounter();
      const doc = parseDocument(parts.frontmatter, { lineCounter, prettyErrors: false });
      const [error] = doc.errors;
      if (error) {
        const { line, col } = lineCounter.linePos(error.pos[0]);
        const hint = yamlSyntaxHint(error, parts.frontmatter.split('\n')[line - 1] ?? '');
        // The front matter starts on the line after the opening "---".
        problems.push({ file: display(file), line: line + 1, column: col, message: `YAML syntax in the front matter: ${hint} (the parser says: ${error.message.split('\n')[0]})`, syntax: true });
        continue;
      }
      pages.push({ file: display(file), lang, frontmatter: doc.toJSON(), body: parts.body, bodyLine: parts.bodyLine });
    }
  }
  // A file that cannot be read as YAML would make every reference to its records look wrong: fix the syntax first.
  if (problems.some((problem) => problem.syntax)) {
    return { ...checkContent({} as Record<DataCollection, RawRecord[]>, [], options), problems };
  }
  const result = checkContent(raw, pages, options);
  return { ...result, problems: [...problems, ...result.problems] };
}

/** Reads and checks the content, throwing one error that lists every problem; prints each warning once. */
export function loadCheckedContent(contentDir: string, root?: string): CheckResult {
  const result = readContent(contentDir, root);
  if (result.problems.length) throw new ContentError(result.problems);
  printWarnings(result.warnings);
  printStaleClaims(result.claims, buildDate(), { summary: true });
  return result;
}

/**
 * The claims about the present to re-check on `today`, grouped by file, once per process; with `summary` (the build,
 * whose log is long) only their number and where to find the list.
 */
export function printStaleClaims(claims: readonly Claim[], today: string, { summary = false } = {}): void {
  const all = formatStaleClaims(claims, today);
  const lines = summary && all.length ? [`${all[0]} The list: npm run validate, or redactie/te-controleren.json in the build.`] : all;
  const text = lines.map((line, index) => (index === 0 ? `Content warning: ${line}` : line)).join('\n');
  if (!lines.length || printed.has(text)) return;
  printed.add(text);
  console.warn(text);
}

const printed = new Set<string>();

/** Warnings to the console, each once per process (the build reads the content more than once). */
export function printWarnings(warnings: readonly Problem[]): void {
  for (const warning of warnings) {
    const text = `Content warning: ${formatProblem(warning)}`;
    if (printed.has(text)) continue;
    printed.add(text);
    console.warn(text);
  }
}

let recent: { at: number; result: CheckResult } | undefined;

/**
 * The content checked again after an edit in `npm run dev`. Each collection's loader asks on the same file event,
 * so a result younger than a second is shared rather than read seven times.
 */
export function recheckedContent(contentDir: string, root?: string): CheckResult {
  if (!recent || Date.now() - recent.at > 1000) recent = { at: Date.now(), result: readContent(contentDir, root) };
  return recent.result;
}
