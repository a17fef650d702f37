// The W3C Nu HTML Checker (the reference validator, vnu-jar) over every built page, moved-page stubs included.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { relative, resolve } from 'node:path';
import { DIST, htmlFiles } from './site-files.ts';

const vnuJar = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');
const files = htmlFiles();

interface NuMessage {
  type: string;
  subType?: string;
  url: string;
  lastLine?: number;
  message: string;
}

function runChecker(): { messages: NuMessage[]; problem?: string } {
  const run = spawnSync('java', ['-jar', vnuJar, '--format', 'json', '--errors-only', '--skip-non-html', DIST], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.error) return { messages: [], problem: `Java is needed for the Nu checker (apt-get install -y default-jre-headless): ${run.error.message}` };
  try {
    return { messages: (JSON.parse(run.stderr) as { messages: NuMessage[] }).messages };
  } catch {
    return { messages: [], problem: `The Nu checker gave no report (exit ${run.status}): ${run.stderr.slice(0, 500)}` };
  }
}

/**
 * Where the checker lags behind the HTML standard. `<link rel="expect" blocking="render">` is in the standard since
 * December 2023 (whatwg/html#9970) and holds each page's first paint (tests/dist/first-paint.test.ts, which also checks
 * that it is the only link with `blocking`); vnu 26.9 still allows `blocking` on stylesheets only.
 */
const BEHIND_THE_STANDARD = ['A “link” element with a “blocking” attribute must have a “rel” attribute whose value is “stylesheet”.'];

const report = runChecker();
const errorsOf = (file: string) =>
  report.messages
    .filter((m) => m.type === 'error' || m.subType === 'fatal')
    .filter((m) => !BEHIND_THE_STANDARD.includes(m.message))
    .filter((m) => resolve(decodeURIComponent(new URL(m.url).pathname)) === resolve(file))
    .map((m) => `line ${m.lastLine}: ${m.message}`);

describe('W3C Nu HTML Checker over dist', () => {
  it('ran over every page', () => {
    expect(report.problem).toBeUndefined();
    expect(files.length).toBeGreaterThan(5);
    const unknown = report.messages.filter((m) => !files.some((file) => resolve(file) === resolve(decodeURIComponent(new URL(m.url).pathname))));
    expect(unknown.map((m) => `${m.url}: ${m.message}`)).toEqual([]);
  });

  it.each(files.map((file) => [`/${relative(DIST, file)}`, file]))('%s has no errors', (_path, file) => {
    expect(errorsOf(file)).toEqual([]);
  });
});
