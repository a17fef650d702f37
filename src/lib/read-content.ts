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

export function readYamlRecords(path: string, display: string, problems: Problem[]): RawRecord[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(readFileSync(path, 'utf8'), { lineCounter, prettyErrors: false });
  for (const error of doc.errors) {
    problems.push({ file: display, line: lineCounter.linePos(error.pos[0]).line, message: `YAML error: ${error.message.split('\n')[0]}` });
  }
  if (doc.errors.length) return [];
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
      const doc = parseDocument(parts.frontmatter);
      if (doc.errors.length) {
        problems.push({ file: display(file), message: `front matter YAML error: ${doc.errors[0].message.split('\n')[0]}` });
        continue;
      }
      pages.push({ file: display(file), lang, frontmatter: doc.toJSON(), body: parts.body, bodyLine: parts.bodyLine });
    }
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
