/**
 * What the accessibility tests check, in one place: the browser tests (tests/e2e/every-page.spec.ts, accessibility.spec.ts,
 * engines.spec.ts) take their pages from here, and the accessibility statement states its figures from the same
 * lists at build time, so the statement cannot say something other than what the tests do.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

/** One page of each kind, for checks that are costly to run on every page. */
export const PAGE_TYPES = [
  '/',
  '/uitleg/',
  '/en/explanation/',
  '/wie-doet-wat/',
  '/tijdlijn/',
  '/organisaties/politie/',
  '/begrippen/',
  '/cijfers/',
  '/in-stappen/',
  '/vergelijking/',
  '/zoeken/',
  '/register/',
  '/404.html',
];

/** States of the two diagrams (a view, a chosen item, filters, a period) the two extra engines check besides the page types. */
export const DIAGRAM_STATES = [
  '/wie-doet-wat/?view=voorgesteld',
  '/wie-doet-wat/?view=verschil&actor=politie',
  '/wie-doet-wat/?actor=comensha&types=meldt-aan',
  '/tijdlijn/?van=2020&tot=2025&banen=rapporteur&event=advies-governance-2024',
  '/en/who-does-what/?view=verschil',
  '/en/timeline/?van=2018&tot=2026',
];

/** A finding of IBM Equal Access (ace) or HTML_CodeSniffer (htmlcs) judged a false report, with its reason. */
export interface EngineException {
  engine: 'ace' | 'htmlcs';
  rule: string;
  /** A part of the element's XPath. */
  where: string;
  /** The WCAG success criteria concerned, comma-separated. */
  wcag: string;
  reason: string;
}

/** From the repository root, where the build and the tests run (a URL relative to this module breaks once bundled). */
export const ENGINE_EXCEPTIONS_FILE = 'src/features/accessibility/engine-exceptions.yml';

export function engineExceptions(text = readFileSync(ENGINE_EXCEPTIONS_FILE, 'utf8')): EngineException[] {
  return parse(text) ?? [];
}

/** The WCAG success criteria the exceptions concern, each once, in the order of the guidelines. */
export function exceptionCriteria(exceptions: readonly EngineException[]): string[] {
  const criteria = new Set(exceptions.flatMap((exception) => exception.wcag.split(',').map((criterion) => criterion.trim())));
  const order = (criterion: string) => criterion.split('.').map(Number);
  return [...criteria].sort((a, b) => {
    const [x, y] = [order(a), order(b)];
    return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
  });
}
