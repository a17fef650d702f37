import { describe, expect, it } from 'vitest';
import { checkRedirects, nginxRedirectsInclude } from './redirects.ts';

describe('redirects of moved pages', () => {
  it('accepts site paths and rejects what nginx or a reader could trip over', () => {
    expect(checkRedirects('redirects.yml', { '/oud/': '/nieuw/', '/en/old/': '/en/new/' })).toEqual({ '/oud/': '/nieuw/', '/en/old/': '/en/new/' });
    expect(checkRedirects('redirects.yml', null)).toEqual({});
    expect(() => checkRedirects('redirects.yml', { '/oud': '/nieuw/' })).toThrow('redirects.yml › /oud: the old path must look like /path/');
    expect(() => checkRedirects('redirects.yml', { '/': '/nieuw/' })).toThrow('the old path');
    expect(() => checkRedirects('redirects.yml', { '/oud/': '/nieuw/; return 200 x' })).toThrow('redirects.yml › /oud/: the new path must look like /path/');
    expect(() => checkRedirects('redirects.yml', { '/oud/': 3 })).toThrow('the new path');
    expect(() => checkRedirects('redirects.yml', { '/oud/': '/oud/' })).toThrow('leads to itself');
    expect(() => checkRedirects('redirects.yml', { '/a/': '/b/', '/b/': '/c/' })).toThrow('redirects.yml › /a/: leads to /b/, which is itself redirected; point it at /c/');
    expect(() => checkRedirects('redirects.yml', ['/a/'])).toThrow('expected "old path: new path" lines');
  });

  it('become nginx locations that answer 301 with and without the final slash, keeping the query', () => {
    const include = nginxRedirectsInclude({ '/oud/': '/nieuw/', '/en/a/': '/en/b/' }, '/etc/nginx/site/security-headers.conf');
    expect(include).toBe(
      [
        '# Generated from content/redirects.yml by `npm run deploy-config`; never edit by hand.',
        'location = /en/a/ {',
        '    include /etc/nginx/site/security-headers.conf;',
        '    return 301 /en/b/$is_args$args;',
        '}',
        'location = /en/a {',
        '    include /etc/nginx/site/security-headers.conf;',
        '    return 301 /en/b/$is_args$args;',
        '}',
        'location = /oud/ {',
        '    include /etc/nginx/site/security-headers.conf;',
        '    return 301 /nieuw/$is_args$args;',
        '}',
        'location = /oud {',
        '    include /etc/nginx/site/security-headers.conf;',
        '    return 301 /nieuw/$is_args$args;',
        '}',
        '',
      ].join('\n'),
    );
  });
});
