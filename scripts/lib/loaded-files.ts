/**
 * Which browser tests the second run of `npm test` (on the build dated years ahead) runs again. A date reaches the
 * browser tests only through the files of the build: the browser code does not read the clock. So a test that loads
 * only files that are byte for byte the same in both builds gives the same result on both, and the run ahead repeats
 * the others: in the first run every request names its test in a header (tests/e2e/fixtures.ts), the static server
 * and nginx log which file of the build each test got, and the browser tests log the built files they read
 * themselves during a test. Whatever cannot be told apart runs again: a changed file requested outside a test (by a
 * page without the header), a page added or removed between the builds (the tests are made from the list of pages;
 * another file added or removed, such as search index files named by their content, counts as changed),
 * every test of a spec that reads BUILD_DATE, and a test the first run did not have.
 */
import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { filesUnder } from './files.ts';

/** The request header that names the test (its Playwright test id). */
export const TEST_HEADER = 'x-test-id';
/** The folder the servers and the browser tests log to; set by the runner for the first run only. */
export const LOG_DIR_ENV = 'LOADED_FILES_LOG';
/** A file listing the test ids not to run again (their files are the same); set by the runner for the run ahead. */
export const UNAFFECTED_ENV = 'UNAFFECTED_TESTS';
/** The header value of a server's own readiness check. */
export const NOT_A_TEST = 'server-check';
/** Marks a spec file: as the file of a test id in the tests' log, and as the header of what a beforeAll hook loads. */
export const SPEC_PREFIX = 'spec:';
/** The test id of a line logged outside any test. */
export const OUTSIDE_TESTS = '-';

/** Appends "<test id>\t<file below the build>" to this process's log, when the runner asked for one. */
export function logLoaded(name: string, testId: string | undefined, file: string): void {
  const dir = process.env[LOG_DIR_ENV];
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  appendFileSync(join(dir, `${name}-${process.pid}.log`), `${testId || OUTSIDE_TESTS}\t${file}\n`);
}

export interface LoadedFiles {
  /** Files of the build by test id. */
  byTest: Map<string, Set<string>>;
  /** The spec file of each test id (logged by the tests themselves). */
  specOf: Map<string, string>;
}

/**
 * Reads every log in `dir`: lines "<test id>\t<file>", and "<test id>\tspec:<spec file>" from the tests. What a spec's
 * beforeAll hook loaded ("spec:<spec file>\t<file>") counts for each test of that spec.
 */
export function readLoadedFiles(dir: string): LoadedFiles {
  const byTest = new Map<string, Set<string>>();
  const specOf = new Map<string, string>();
  for (const name of existsSync(dir) ? readdirSync(dir) : []) {
    for (const line of readFileSync(join(dir, name), 'utf8').split('\n')) {
      const [testId, logged] = line.split('\t');
      if (!logged) continue;
      const file = logged.replace(/^\//, '');
      if (file.startsWith(SPEC_PREFIX)) specOf.set(testId, file.slice(SPEC_PREFIX.length));
      else byTest.set(testId, (byTest.get(testId) ?? new Set()).add(file));
    }
  }
  for (const [testId, spec] of specOf) {
    for (const file of byTest.get(`${SPEC_PREFIX}${spec}`) ?? []) byTest.set(testId, (byTest.get(testId) ?? new Set()).add(file));
  }
  return { byTest, specOf };
}

/** Every file below `root`, relative, except the compressed copies (.gz, .br) that follow from the others. */
const builtFiles = (root: string) => filesUnder(root).filter((path) => !/\.(gz|br)$/.test(path)).map((path) => relative(root, path));

/** How two builds differ: files in both with other bytes, and files only one of them has. */
export function compareBuilds(a: string, b: string): { changed: string[]; addedOrRemoved: string[] } {
  const inA = new Set(builtFiles(a));
  const inB = new Set(builtFiles(b));
  const changed: string[] = [];
  const addedOrRemoved = [...inA].filter((file) => !inB.has(file)).concat([...inB].filter((file) => !inA.has(file)));
  for (const file of inA) {
    if (!inB.has(file)) continue;
    const [x, y] = [readFileSync(join(a, file)), readFileSync(join(b, file))];
    if (!x.equals(y)) changed.push(file);
  }
  return { changed: changed.sort(), addedOrRemoved: addedOrRemoved.sort() };
}

export interface RerunPlan {
  /** Test ids of the first run that load only unchanged files: not run again. Empty: run every test again. */
  unaffected: Set<string>;
  reason: string;
}

/**
 * The tests to run again on the later build. `readsBuildDate` says whether a spec file reads BUILD_DATE (its tests'
 * expectations then depend on the date itself, not only on the files).
 */
export function rerunPlan(loaded: LoadedFiles, builds: { changed: string[]; addedOrRemoved: string[] }, readsBuildDate: (spec: string) => boolean): RerunPlan {
  const all = (reason: string) => ({ unaffected: new Set<string>(), reason: `every test runs again: ${reason}` });
  const pages = builds.addedOrRemoved.filter((file) => file.endsWith('.html'));
  if (pages.length) return all(`the builds do not have the same pages (${pages.slice(0, 5).join(', ')})`);
  const changed = new Set([...builds.changed, ...builds.addedOrRemoved]);
  const outside = [...(loaded.byTest.get(OUTSIDE_TESTS) ?? [])].filter((file) => changed.has(file));
  if (outside.length) return all(`a changed file was requested outside any test (${outside.slice(0, 5).join(', ')})`);
  if (loaded.specOf.size === 0) return all('the first run logged no test');
  const unaffected = new Set<string>();
  for (const [testId, spec] of loaded.specOf) {
    if (!readsBuildDate(spec) && ![...(loaded.byTest.get(testId) ?? [])].some((file) => changed.has(file))) unaffected.add(testId);
  }
  const shown = [...changed].slice(0, 8).join(', ') + (changed.size > 8 ? ', …' : '');
  return { unaffected, reason: `${loaded.specOf.size - unaffected.size} of ${loaded.specOf.size} tests run again: they load one of the ${changed.size} files that differ (${shown}) or read BUILD_DATE` };
}
