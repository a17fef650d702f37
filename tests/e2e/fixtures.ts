/**
 * The `test` of every browser test. In the first run of `npm test` it logs which files of the build each test loads:
 * every request of its pages carries the test's id in a header that the servers log, and the built files it reads
 * itself are logged here. The run on the build dated years ahead then runs again only the tests that load a file
 * that differs between the two builds (scripts/lib/loaded-files.ts says why that is enough).
 */
import { test as base } from '@playwright/test';
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { isAbsolute, relative, resolve } from 'node:path';
import { LOG_DIR_ENV, SPEC_PREFIX, TEST_HEADER, UNAFFECTED_ENV, logLoaded } from '../../scripts/lib/loaded-files.ts';
import { distDir } from '../../scripts/lib/test-env.ts';

export { expect, type Browser, type Page } from '@playwright/test';

let currentTest: string | undefined;

// Tests also read built pages from disk (budgets, metadata): every read of a file below the build during a test is
// logged. Reads while the specs are collected (the list of pages) make the tests, not their results: a file added or
// removed between the builds, or a test the first run did not have, runs everything or that test again.
if (process.env[LOG_DIR_ENV]) {
  const DIST = resolve(distDir());
  const readFileSync = fs.readFileSync;
  fs.readFileSync = function (path: fs.PathOrFileDescriptor, ...rest: unknown[]) {
    if (typeof path === 'string') {
      const file = relative(DIST, resolve(path));
      if (currentTest && !file.startsWith('..') && !isAbsolute(file)) logLoaded('reads', currentTest, file);
    }
    return (readFileSync as (...args: unknown[]) => unknown).call(fs, path, ...rest);
  } as typeof fs.readFileSync;
  syncBuiltinESMExports();
}

const unaffected = new Set(process.env[UNAFFECTED_ENV] ? fs.readFileSync(process.env[UNAFFECTED_ENV], 'utf8').split('\n') : []);

/** The header that names the current test, for a page opened outside the test's own fixtures (in beforeAll). */
export const testHeaders = (): Record<string, string> => ({ [TEST_HEADER]: base.info().testId });
/** The header for what a beforeAll hook loads: it counts for every test of its spec file. */
export const specHeaders = (): Record<string, string> => ({ [TEST_HEADER]: `${SPEC_PREFIX}${relative(process.cwd(), base.info().file)}` });

export const test = base.extend<{ loadedFiles: void }>({
  extraHTTPHeaders: async ({ extraHTTPHeaders }, use, testInfo) => use({ ...extraHTTPHeaders, [TEST_HEADER]: testInfo.testId }),
  loadedFiles: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use, testInfo) => {
      testInfo.skip(unaffected.has(testInfo.testId), 'the run on a later build date: this test loads only files that are the same in both builds');
      currentTest = testInfo.testId;
      logLoaded('tests', testInfo.testId, `${SPEC_PREFIX}${relative(process.cwd(), testInfo.file)}`);
      await use();
      currentTest = undefined;
    },
    { auto: true },
  ],
});
