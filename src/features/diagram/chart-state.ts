/**
 * The state of the interactive diagrams as URL query parameters, so that every state can be linked, bookmarked and
 * restored with Back and Forward. Unknown or invalid values are dropped, never guessed. Each diagram reads and
 * writes its own parameters (orgchart/state.ts, timeline/state.ts) with these two readers.
 */

/** The values of a comma-separated list that `allowed` has, each once, in the order of `allowed`. */
export const list = (value: string | null, allowed: readonly string[]) =>
  (value ?? '')
    .split(',')
    .filter((v) => allowed.includes(v))
    .filter((v, i, all) => all.indexOf(v) === i)
    .sort((a, b) => allowed.indexOf(a) - allowed.indexOf(b));

/** The value if `allowed` has it. */
export const one = (value: string | null, allowed: readonly string[]) => (value && allowed.includes(value) ? value : undefined);


/** The query string of `params` ("" for none), with commas in lists left readable. */
export function searchOf(params: URLSearchParams): string {
  const text = params.toString().replace(/%2C/g, ',');
  return text ? `?${text}` : '';
}
