/**
 * `npm run publish-version -- <page key> [--change <change id>]`: freezes an explanation page as it is now into
 * content/versions/<key>/<date>/ — its Dutch and English text, and the records it shows (data.yml) — so its
 * permanent URL /<path>/versies/<date>/ keeps saying exactly this, whatever changes later.
 * The date is the page's own `updated:`; the change log entry of that day describes the version. See content/README.md.
 * Then it builds the site and makes the version's PDF edition from the built page (src/features/pdf-edition), kept
 * beside the text; `--no-pdf` leaves that to a later `npm run build && npm run version-pdfs`.
 *
 * `npm run publish-version -- data` freezes the data instead (organisations, relations, events, sources: the files of
 * /data/) into content/versions/data/<date>/, dated with the site's version (the newest page `updated:` or change), so
 * the org chart, the timeline and the downloads of that day stay readable at their dated URLs
 * (src/features/versions/build/data-states.ts). Publish a state whenever the data has changed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { stringify } from 'yaml';
import { readContent } from '../src/model/read-content.ts';
import { formatProblem } from '../src/model/content-check.ts';
import { readVersions } from '../src/features/versions/build/read-versions.ts';
import { recordsShown } from '../src/features/versions/build/versions.ts';
import type { Version } from '../src/model/schemas.ts';
import { makeVersionPdfs } from '../src/features/pdf-edition/build/make-pdfs.ts';
import { distDir } from './lib/test-env.ts';
import { siteVersion } from '../src/model/site-version.ts';
import { DATA_STATES_KEY } from '../src/features/versions/build/data-states.ts';
import { openDataOf, writeDataState } from '../src/features/versions/build/read-data-states.ts';

export interface PublishResult {
  ok: boolean;
  /** What happened, or what the editor must do first. */
  message: string;
  folder?: string;
}

/** Freezes the data as it is now: the state of the site's version date. */
export function publishDataState(contentDir: string): PublishResult {
  const content = readContent(contentDir, process.cwd());
  if (content.problems.length) {
    return { ok: false, message: `Fix the content first (npm run validate):\n${content.problems.map((p) => `  - ${formatProblem(p)}`).join('\n')}` };
  }
  const date = siteVersion(content.pages, content.data.changes);
  const result = writeDataState(contentDir, openDataOf(content.data), date);
  return { ...result, folder: relative(process.cwd(), result.folder) };
}

export function publishVersion(contentDir: string, key: string, changeId?: string): PublishResult {
  const content = readContent(contentDir, process.cwd());
  if (content.problems.length) {
    return { ok: false, message: `Fix the content first (npm run validate):\n${content.problems.map((p) => `  - ${formatProblem(p)}`).join('\n')}` };
  }
  const nl = content.pages.find((page) => page.key === key && page.lang === 'nl');
  const en = content.pages.find((page) => page.key === key && page.lang === 'en');
  if (!nl || !en) {
    const keys = [...new Set(content.pages.filter((page) => page.kind === 'uitleg').map((page) => page.key))].sort();
    return { ok: false, message: `There is no page with key "${key}". Explanation pages: ${keys.join(', ')}` };
  }
  if (nl.kind !== 'uitleg') return { ok: false, message: `"${key}" is a service page (kind: ${nl.kind}); only explanation pages (kind: uitleg) have versions.` };
  if (nl.updated !== en.updated) {
    return { ok: false, message: `The Dutch page says updated: ${nl.updated} and the English one ${en.updated}. Give both the day of this version.` };
  }
  const date = nl.updated;
  const folder = join(contentDir, 'versions', key, date);
  if (existsSync(folder)) {
    return {
      ok: false,
      message: `The version of ${date} is published already (${relative(process.cwd(), folder)}); a version never changes. If the page changed since, set updated: to today in both languages, add a change record for it, and publish again.`,
    };
  }
  const candidates = content.data.changes.filter((change) => (changeId ? change.id === changeId : change.date === date && change.pages.includes(key)));
  if (changeId && !candidates.length) return { ok: false, message: `There is no change with id "${changeId}" in content/data/changes/.` };
  if (changeId && !candidates[0].pages.includes(key)) return { ok: false, message: `Change "${changeId}" does not name page "${key}" in its pages; add it there.` };
  if (!candidates.length) {
    return {
      ok: false,
      message: [
        `The change log has no change of ${date} for page "${key}". Describe this version first, in a file in content/data/changes/, for example:`,
        '',
        `- id: ${key}-${date}`,
        `  date: ${date}`,
        '  title:',
        '    nl: (what changed, in a few words)',
        '    en: (the same in English)',
        '  description:',
        '    nl: (one sentence for readers)',
        '    en: (the same in English)',
        `  pages: [${key}]`,
      ].join('\n'),
    };
  }
  if (candidates.length > 1) {
    return { ok: false, message: `Several changes of ${date} name "${key}": ${candidates.map((c) => c.id).join(', ')}. Choose one with --change <id>.` };
  }

  const version: Version = { page: key, date, change: candidates[0].id, records: recordsShown([nl.body, en.body], content.data) };
  mkdirSync(folder, { recursive: true });
  for (const page of [nl, en]) writeFileSync(join(folder, `${page.lang}.mdx`), readFileSync(join(process.cwd(), page.file), 'utf8'));
  const header = `# The version of page "${key}" of ${date}, written by npm run publish-version. Never edit it: its URL promises this text.\n`;
  writeFileSync(join(folder, 'data.yml'), header + stringify(version, { lineWidth: 0 }));

  const check = readVersions(contentDir, content, process.cwd());
  const problems = check.problems.filter((problem) => problem.file.startsWith(relative(process.cwd(), folder)));
  if (problems.length) return { ok: false, folder, message: `The new version does not check:\n${problems.map((p) => `  - ${formatProblem(p)}`).join('\n')}` };
  const counts = Object.entries(version.records).map(([name, records]) => `${records.length} ${name}`).join(', ');
  return { ok: true, folder, message: `Published the version of ${date} of "${key}" in ${relative(process.cwd(), folder)} (${counts}), described by change "${version.change}".` };
}

if (import.meta.main) {
  const args = process.argv.slice(2);
  const changeAt = args.indexOf('--change');
  const changeId = changeAt >= 0 ? args[changeAt + 1] : undefined;
  const key = args.find((arg, index) => !arg.startsWith("--") && (changeAt < 0 || index !== changeAt + 1));
  if (!key) {
    console.error('Usage: npm run publish-version -- <page key> [--change <change id>] [--no-pdf]');
    process.exit(2);
  }
  const contentDir = resolve(process.env.CONTENT_DIR ?? 'content');
  if (key === DATA_STATES_KEY) {
    const state = publishDataState(contentDir);
    (state.ok ? console.log : console.error)(state.message);
    process.exit(state.ok ? 0 : 1);
  }
  const result = publishVersion(contentDir, key, changeId);
  (result.ok ? console.log : console.error)(result.message);
  if (!result.ok) process.exit(1);
  if (args.includes('--no-pdf')) process.exit(0);
  // The PDF edition is printed from the version's built page, so the site is built first (with SITE_URL for the public edition).
  console.log('Building the site for the PDF edition of this version...');
  const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) {
    console.error('The build failed, so the version has no PDF yet: fix it, then run npm run build && npm run version-pdfs.');
    process.exit(1);
  }
  const date = result.folder!.split('/').pop();
  const made = await makeVersionPdfs({ contentDir, distDir: distDir(), only: (folder) => folder.key === key && folder.date === date, log: console.log });
  console.log(`Made the PDF edition (${made.map((pdf) => `${pdf.lang} ${Math.round(pdf.bytes / 1000)} kB`).join(', ')}); commit the folder with it.`);
}
