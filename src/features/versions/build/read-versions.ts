/**
 * Reads and checks the published versions in <content>/versions/<page key>/<YYYY-MM-DD>/ (Node only). A version
 * is checked on its own terms: its frozen pages against the page schema, the ids its text names against the
 * records frozen with it (not against today's data), and its change against the change log.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseDocument, LineCounter } from 'yaml';
import type { CheckResult, Problem } from '../../../model/content-check.ts';
import { ContentError, splitFrontmatter } from '../../../model/read-content.ts';
import { LANGS, pageSchema, versionSchema, type Lang, type PageData, type Version } from '../../../model/schemas.ts';
import { referencedIds } from './versions.ts';
import { DATA_STATES_KEY } from './data-states.ts';

export interface CheckedVersion extends Version {
  /** The frozen page in each language. */
  pages: Record<Lang, PageData & { body: string }>;
}

const DATE_FOLDER = /^\d{4}-\d{2}-\d{2}$/;

function readVersion(dir: string, key: string, date: string, display: (path: string) => string, live: CheckResult, problems: Problem[]): CheckedVersion | undefined {
  const dataFile = join(dir, 'data.yml');
  const at = { file: display(dataFile), record: `version ${key}/${date}` };
  if (!existsSync(dataFile)) {
    problems.push({ ...at, message: 'a version needs its data.yml (write versions with npm run publish-version)' });
    return undefined;
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(readFileSync(dataFile, 'utf8'), { lineCounter, prettyErrors: false });
  if (doc.errors.length) {
    problems.push({ ...at, line: lineCounter.linePos(doc.errors[0].pos[0]).line, message: `YAML error: ${doc.errors[0].message.split('\n')[0]}` });
    return undefined;
  }
  const parsed = versionSchema.safeParse(doc.toJSON());
  if (!parsed.success) {
    for (const issue of parsed.error.issues) problems.push({ ...at, field: issue.path.join('.') || undefined, message: issue.message });
    return undefined;
  }
  const version = parsed.data;
  const before = problems.length;
  if (version.page !== key) problems.push({ ...at, field: 'page', message: `is "${version.page}" but the folder is for page "${key}"` });
  if (version.date !== date) problems.push({ ...at, field: 'date', message: `is ${version.date} but the folder is dated ${date}` });
  const current = live.pages.find((page) => page.key === key);
  if (!current) problems.push({ ...at, field: 'page', message: `unknown page key "${key}"` });
  else if (current.kind !== 'uitleg') problems.push({ ...at, field: 'page', message: `page "${key}" is not an explanation page (kind: uitleg)` });
  const change = live.data.changes.find((candidate) => candidate.id === version.change);
  if (!change) problems.push({ ...at, field: 'change', message: `unknown change "${version.change}" (content/data/changes/)` });
  else if (!change.pages.includes(key)) problems.push({ ...at, field: 'change', message: `change "${change.id}" does not name page "${key}" in its pages` });

  const frozenIds = {
    sources: new Set(version.records.sources.map((record) => record.id)),
    terms: new Set(version.records.terms.map((record) => record.id)),
    actors: new Set(version.records.actors.map((record) => record.id)),
    figures: new Set(version.records.figures.map((record) => record.id)),
  };
  const pages = {} as CheckedVersion['pages'];
  for (const lang of LANGS) {
    const file = join(dir, `${lang}.mdx`);
    const where = { file: display(file), record: `version ${key}/${date}` };
    const parts = existsSync(file) ? splitFrontmatter(readFileSync(file, 'utf8')) : undefined;
    if (!parts) {
      problems.push({ ...where, message: existsSync(file) ? 'a page must start with front matter between --- lines' : `the ${lang === 'nl' ? 'Dutch' : 'English'} text of the version is missing` });
      continue;
    }
    const page = pageSchema.safeParse(parseDocument(parts.frontmatter).toJSON());
    if (!page.success) {
      for (const issue of page.error.issues) problems.push({ ...where, field: issue.path.join('.') || undefined, message: issue.message });
      continue;
    }
    if (page.data.key !== key) problems.push({ ...where, field: 'key', message: `is "${page.data.key}" but the folder is for page "${key}"` });
    if (page.data.updated !== date) problems.push({ ...where, field: 'updated', message: `is ${page.data.updated} but the version is dated ${date}` });
    for (const [name, ids] of Object.entries(referencedIds(parts.body)) as [keyof typeof frozenIds, Set<string>][]) {
      for (const id of ids) if (!frozenIds[name].has(id)) problems.push({ ...where, field: `records.${name}`, message: `"${id}" is named in the text but not frozen in data.yml` });
    }
    pages[lang] = { ...page.data, body: parts.body };
  }
  return problems.length === before && pages.nl && pages.en ? { ...version, pages } : undefined;
}

/** Every version under <contentDir>/versions, with the problems found. */
export function readVersions(contentDir: string, live: CheckResult, root = contentDir): { versions: CheckedVersion[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const versions: CheckedVersion[] = [];
  const base = join(contentDir, 'versions');
  if (!existsSync(base)) return { versions, problems };
  const display = (path: string) => relative(root, path) || path;
  for (const key of readdirSync(base).sort()) {
    // The dated states of the data live beside the pages' versions and are read by read-data-states.ts.
    if (key === DATA_STATES_KEY) continue;
    const pageDir = join(base, key);
    if (!statSync(pageDir).isDirectory()) continue;
    for (const date of readdirSync(pageDir).sort()) {
      if (!DATE_FOLDER.test(date)) {
        problems.push({ file: display(join(pageDir, date)), message: 'a version folder is named by its date, YYYY-MM-DD' });
        continue;
      }
      const version = readVersion(join(pageDir, date), key, date, display, live, problems);
      if (version) versions.push(version);
    }
  }
  return { versions, problems };
}

export function loadCheckedVersions(contentDir: string, live: CheckResult, root?: string): CheckedVersion[] {
  const { versions, problems } = readVersions(contentDir, live, root);
  if (problems.length) throw new ContentError(problems);
  return versions;
}
