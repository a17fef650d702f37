// The accessibility statement's figures are the tests' own: each <Toetscijfer> in the built statement is compared with
// the lists the browser tests use (src/features/accessibility/checks.ts), the engines installed, and the build's date
// as the build wrote it (redactie/te-controleren.json). A figure typed into the text by hand, or a test list changed
// without the statement following, fails here.
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST } from './site-files.ts';
import { DIAGRAM_STATES, PAGE_TYPES, engineExceptions, exceptionCriteria } from '../../src/features/accessibility/checks.ts';

const version = (module: string) => JSON.parse(readFileSync(`node_modules/${module}/package.json`, 'utf8')).version;
const builtOn = JSON.parse(readFileSync(join(DIST, 'redactie/te-controleren.json'), 'utf8')).buildDate;

/** Every data-figure in a page: its name and machine-readable value (value / datetime / data-value / text). */
function figures(html: string): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const [tag] of html.matchAll(/<(?:data|time|span|a)\b[^>]*data-figure="[^"]+"[^>]*>[^<]*/g)) {
    const name = /data-figure="([^"]+)"/.exec(tag)![1];
    const value = /\b(?:value|datetime|data-value)="([^"]*)"/.exec(tag)?.[1] ?? tag.slice(tag.indexOf('>') + 1).trim();
    found.set(name, [...(found.get(name) ?? []), value]);
  }
  return found;
}

const EXPECTED: Record<string, string> = {
  paginatypen: String(PAGE_TYPES.length),
  diagramstanden: String(DIAGRAM_STATES.length),
  uitzonderingen: String(engineExceptions().length),
  criteria: exceptionCriteria(engineExceptions()).join(','),
  datum: builtOn,
  'axe-versie': version('axe-core'),
  'ibm-versie': version('accessibility-checker-engine'),
  'htmlcs-versie': version('html_codesniffer'),
};

describe.each(['toegankelijkheidsverklaring', 'en/accessibility-statement'])('the statement at /%s/', (path) => {
  const html = readFileSync(join(DIST, path, 'index.html'), 'utf8');
  const shown = figures(html);

  it('states every figure of the tests, each as the tests have it', () => {
    for (const [name, value] of Object.entries(EXPECTED)) {
      expect(shown.get(name), name).toBeDefined();
      for (const each of shown.get(name)!) expect(each, name).toBe(value);
    }
  });

  it('gives one publisher address, the same as the "Klopt er iets niet?" links', () => {
    const [address] = shown.get('adres')!;
    expect(address).toMatch(/^[^@\s]+@[^@\s]+$/);
    const organisation = readFileSync(join(DIST, 'organisaties/politie/index.html'), 'utf8');
    expect(organisation).toContain(`href="mailto:${address}?subject=`);
  });

  it('counts pages that exist', () => {
    for (const page of PAGE_TYPES) expect(existsSync(join(DIST, page.endsWith('.html') ? page : `${page}index.html`)), page).toBe(true);
  });
});
