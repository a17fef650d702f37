/**
 * Content problems found by `npm run dev` after an edit, for the banner on every page (DevContentProblems.astro).
 * The content loader and the page renderer run in one process but load modules apart, so the list lives on
 * globalThis. Never set by a build: a build stops at the first problem.
 */
import type { Problem } from './content-check.ts';

const KEY = Symbol.for('gmh.devContentProblems');
type Holder = { [KEY]?: Problem[] };

export function setDevProblems(problems: readonly Problem[]): void {
  (globalThis as Holder)[KEY] = [...problems];
}

export function devProblems(): Problem[] {
  return (globalThis as Holder)[KEY] ?? [];
}
