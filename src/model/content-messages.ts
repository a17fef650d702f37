/**
 * Messages for editors: what the YAML parser and the schemas report, said in plain words with what probably
 * happened and how to fix it. Pure: errors in, text out; the content check and the file reader use it.
 */
import type { YAMLError } from 'yaml';

/** Edits needed to turn one word into the other (Levenshtein distance). */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}

/** The known value closest to a mistyped one, when it is close enough to be the one meant. */
export function closest(value: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = distance(value, candidate);
    if (d < bestDistance || (d === bestDistance && best !== undefined && candidate < best)) {
      best = candidate;
      bestDistance = d;
    }
  }
  // A slip of a few letters, not another word: at most a third of the letters, and three at most.
  return best !== undefined && bestDistance > 0 && bestDistance <= Math.min(3, Math.ceil(value.length / 3)) ? best : undefined;
}

/** ' Did you mean "comensha"?', or nothing. */
export function didYouMean(value: string, candidates: Iterable<string>): string {
  const guess = closest(value, candidates);
  return guess ? ` Did you mean "${guess}"?` : '';
}

/** What a YAML syntax error in a data file probably means, in plain words. */
export function yamlSyntaxHint(error: Pick<YAMLError, 'code' | 'message'>, line: string): string {
  switch (error.code) {
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      return /:\s*\S.*:\s/.test(`${line} `)
        ? 'a colon (:) inside a text needs quotes around the whole text, for example  nl: "Politie: afdeling AVIM"'
        : 'a line is indented wrongly, or a colon (:) inside a text needs quotes around the text';
    case 'DUPLICATE_KEY':
      return /^\s*id:/.test(line)
        ? 'a second "id:" in one record: the "- " before "id:" is probably missing (each record starts with "- id: …")'
        : `the field "${line.trim().split(':')[0]}" is written twice in one record; keep one`;
    case 'BAD_INDENT':
    case 'MISSING_CHAR':
      return 'the fields of a record must line up: start each one at the same column as the field above (spaces, not tabs)';
    case 'TAB_AS_INDENT':
      return 'a tab is used to indent: use spaces';
    case 'BAD_DQ_ESCAPE':
      return 'a backslash (\\) inside a text in "double quotes": write the text in single quotes instead';
    default:
      return /["']/.test(line) ? 'a quote is not closed, or the text has quotes in the wrong place' : 'this line is not valid YAML: check the quotes and the indentation';
  }
}

interface ZodIssueLike {
  code: string;
  message: string;
  path: readonly PropertyKey[];
  expected?: string;
  input?: unknown;
  keys?: readonly string[];
  values?: readonly unknown[];
}

/** A schema problem rephrased for an editor; `fields` are the fields the record may have, for near-miss names. */
export function editorIssueMessage(issue: ZodIssueLike, fields: readonly string[] = []): string {
  // The schemas' own messages ("Dutch text is missing") already speak to editors; only zod's defaults are rephrased.
  if (!/^(Invalid|Unrecognized)/.test(issue.message)) return issue.message;
  const last = issue.path.at(-1);
  const input = issue.input;
  if (issue.code === 'invalid_type') {
    if (input === undefined) return `is missing: add the line "${String(last)}: …"`;
    if (input === null) return 'is empty: write a value after the colon';
    if (issue.expected === 'object' && typeof input === 'string') {
      return `needs the text in both languages, on two lines below it:\n      ${String(last)}:\n        nl: …\n        en: …`;
    }
    if (issue.expected === 'array' && (typeof input === 'string' || typeof input === 'number')) {
      return `is a list: write it as [${String(input)}] or as lines starting with "- "`;
    }
    if (issue.expected === 'string' && typeof input === 'object') {
      return 'should be one line of text, not a list or a block of fields';
    }
  }
  if (issue.code === 'unrecognized_keys' && issue.keys?.length) {
    return issue.keys
      .map((key) => `unknown field "${key}".${didYouMean(key, fields)}${fields.length ? ` The fields are: ${fields.join(', ')}.` : ''}`)
      .join(' ');
  }
  if (issue.code === 'invalid_value' && issue.values?.length && typeof input === 'string') {
    const allowed = issue.values.map(String);
    return `"${input}" is not one of the allowed values (${allowed.join(', ')}).${didYouMean(input, allowed)}`;
  }
  return issue.message;
}
