import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { contentSecurityPolicy, decodeEntities, hashesOf, inlineCode, nginxCspInclude, policyFromInclude, sha256Source } from './csp.ts';

describe('Content-Security-Policy from the built HTML', () => {
  const html = [
    '<html><head><script type="module">console.log("a")</script>',
    '<script type="application/json" id="data">{"x":1}</script>',
    '<script src="/_astro/x.js"></script>',
    '<style>p{color:red}</style></head>',
    '<body><p style="inline-size:&quot;10px&quot;" title="a > b">x</p><svg><rect style="fill:red"/></svg>',
    '<button onclick="go()">go</button>',
    '<script>const s = \'<p style="not-markup">\';</script></body></html>',
  ].join('');

  it('finds executable inline scripts, style elements, style attributes and event handlers', () => {
    const code = inlineCode(html);
    expect(code.scripts).toEqual(['console.log("a")', 'const s = \'<p style="not-markup">\';']);
    expect(code.styles).toEqual(['p{color:red}']);
    expect(code.styleAttributes).toEqual(['inline-size:"10px"', 'fill:red']);
    expect(code.eventHandlers).toEqual(['onclick="go()"']);
  });

  it('hashes the text as the browser does (SHA-256, base64)', () => {
    const expected = createHash('sha256').update('console.log("a")').digest('base64');
    expect(sha256Source('console.log("a")')).toBe(`'sha256-${expected}'`);
    expect(decodeEntities('&lt;&#x41;&#66;&amp;&quot;&unknown;')).toBe('<AB&"&unknown;');
  });

  it('allows each distinct inline code once and nothing inline when there is none', () => {
    const hashes = hashesOf([html, html]);
    expect(hashes.scripts).toHaveLength(2);
    const policy = contentSecurityPolicy(hashes);
    expect(policy).toContain(`script-src 'self' 'wasm-unsafe-eval' ${hashes.scripts.join(' ')}`);
    expect(policy).toContain(`style-src-attr 'unsafe-hashes' ${hashes.styleAttributes.join(' ')}`);
    expect(policy).not.toContain('unsafe-inline');
    const empty = contentSecurityPolicy(hashesOf(['<p>plain</p>']));
    expect(empty).toContain("script-src 'self' 'wasm-unsafe-eval';");
    expect(empty).toContain("style-src-attr 'none'");
    // Set per path by nginx (deploy/security-headers.conf), not in the policy derived from the build.
    expect(empty).not.toContain('frame-ancestors');
    expect(empty).toContain("worker-src 'self' blob:");
  });

  it('round-trips through the nginx include', () => {
    const policy = contentSecurityPolicy(hashesOf([html]));
    expect(policyFromInclude(nginxCspInclude(policy))).toBe(policy);
  });
});
