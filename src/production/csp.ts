/**
 * The Content-Security-Policy of the published site, derived from the built HTML: every inline script, inline
 * style element and style attribute the build emits is allowed by its SHA-256 hash, nothing else inline.
 * scripts/csp.ts writes the result to deploy/csp.conf; tests/e2e/production.spec.ts fails when that file differs.
 */
import { createHash } from 'node:crypto';

export interface InlineCode {
  scripts: string[];
  styles: string[];
  styleAttributes: string[];
  /** onclick="..." and the like: never allowed; listed so a test can name them. */
  eventHandlers: string[];
}

/** Script types a browser executes; JSON islands (application/json, ld+json) are data and need no hash. */
const EXECUTABLE_TYPE = /^(|module|text\/javascript|application\/javascript|text\/ecmascript|application\/ecmascript)$/i;
const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const STYLE = /<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi;
/** A start tag; quoted attribute values may contain ">". */
const TAG = /<[a-zA-Z][^\s/>]*((?:"[^"]*"|'[^']*'|[^'">])*)>/g;
const ATTRIBUTE = /\s([a-zA-Z_:][-a-zA-Z0-9_:.]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

function attributeValue(attributes: string, name: string): string | undefined {
  for (const match of attributes.matchAll(ATTRIBUTE)) {
    if (match[1].toLowerCase() === name) return decodeEntities(match[2] ?? match[3] ?? match[4] ?? '');
  }
  return undefined;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Attribute values are hashed as the browser sees them, after character references are decoded. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return NAMED[ref.toLowerCase()] ?? whole;
  });
}

/** Finds the inline code of one HTML document. Script and style contents are raw text and are not decoded. */
export function inlineCode(html: string): InlineCode {
  const found: InlineCode = { scripts: [], styles: [], styleAttributes: [], eventHandlers: [] };
  for (const [, attributes, body] of html.matchAll(SCRIPT)) {
    if (attributeValue(attributes, 'src') !== undefined) continue;
    if (!EXECUTABLE_TYPE.test((attributeValue(attributes, 'type') ?? '').trim())) continue;
    found.scripts.push(body);
  }
  for (const [, body] of html.matchAll(STYLE)) found.styles.push(body);
  // Tags are read with script and style contents removed, so code that mentions style="" is not taken for markup.
  const markup = html.replace(SCRIPT, '<script>').replace(STYLE, '<style>');
  for (const [, attributes = ''] of markup.matchAll(TAG)) {
    for (const match of attributes.matchAll(ATTRIBUTE)) {
      const name = match[1].toLowerCase();
      const value = decodeEntities(match[2] ?? match[3] ?? match[4] ?? '');
      if (name === 'style') found.styleAttributes.push(value);
      else if (/^on[a-z]+$/.test(name)) found.eventHandlers.push(`${name}="${value}"`);
    }
  }
  return found;
}

export function sha256Source(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

export interface PolicyHashes {
  scripts: string[];
  styles: string[];
  styleAttributes: string[];
}

/** Collects the sorted, distinct hashes of the inline code of many documents. */
export function hashesOf(documents: Iterable<string>): PolicyHashes {
  const sets = { scripts: new Set<string>(), styles: new Set<string>(), styleAttributes: new Set<string>() };
  for (const html of documents) {
    const code = inlineCode(html);
    code.scripts.forEach((text) => sets.scripts.add(sha256Source(text)));
    code.styles.forEach((text) => sets.styles.add(sha256Source(text)));
    code.styleAttributes.forEach((text) => sets.styleAttributes.add(sha256Source(text)));
  }
  const sorted = (set: Set<string>) => [...set].sort();
  return { scripts: sorted(sets.scripts), styles: sorted(sets.styles), styleAttributes: sorted(sets.styleAttributes) };
}

/**
 * The policy. Pagefind compiles its WebAssembly ('wasm-unsafe-eval') and starts its worker from a blob URL.
 * Style attributes need 'unsafe-hashes' to be allowed by hash (CSP level 3); without any, they are refused.
 */
export function contentSecurityPolicy(hashes: PolicyHashes): string {
  const directives = [
    "default-src 'none'",
    ['script-src', "'self'", "'wasm-unsafe-eval'", ...hashes.scripts].join(' '),
    ['style-src', "'self'", ...hashes.styles].join(' '),
    hashes.styleAttributes.length ? ['style-src-attr', "'unsafe-hashes'", ...hashes.styleAttributes].join(' ') : "style-src-attr 'none'",
    // Pagefind's search interface draws its icons as data: SVG images in its stylesheet.
    "img-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "manifest-src 'self'",
    "form-action 'self'",
    "base-uri 'none'",
    "object-src 'none'",
    // frame-ancestors depends on the path (only embed pages may be framed): deploy/security-headers.conf sends it.
  ];
  return directives.join('; ');
}

/** The nginx include that sends the policy; `always` adds it to error responses (the 404 page) too. */
export function nginxCspInclude(policy: string): string {
  return [
    '# Generated by `npm run deploy-config` from the build; do not edit by hand. See deploy/README.md.',
    `add_header Content-Security-Policy "${policy}" always;`,
    '',
  ].join('\n');
}

/** Reads the policy back from a deploy/csp.conf text. */
export function policyFromInclude(text: string): string | undefined {
  return /add_header\s+Content-Security-Policy\s+"([^"]*)"/.exec(text)?.[1];
}
