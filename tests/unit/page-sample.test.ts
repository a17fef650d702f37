import { describe, expect, it } from 'vitest';
import { firstAndLastOfEachKind, pageKind } from '../dist/site-files.ts';

describe('the pages the run on a date ahead visits', () => {
  const paths = [
    '/',
    '/organisaties/',
    '/organisaties/cosm/',
    '/organisaties/politie/',
    '/organisaties/vng/',
    '/uitleg/',
    '/uitleg/versies/',
    '/uitleg/versies/2026-11-29/',
    '/uitleg/versies/2026-11-29/wat-is-er-veranderd/',
    '/uitleg/versies/2026-12-05/',
    '/uitleg/versies/2026-12-05/wat-is-er-veranderd/',
    '/advies/versies/2026-12-01/',
    '/en/organisations/politie/',
  ];

  it('groups dated versions, their comparisons and organisation pages by language; every other page is its own kind', () => {
    expect(pageKind('/uitleg/versies/2026-12-05/')).toBe('nl version');
    expect(pageKind('/en/explanation/versions/2026-12-05/what-changed/')).toBe('en comparison');
    expect(pageKind('/organisaties/politie/')).toBe('nl organisation');
    expect(pageKind('/en/organisations/politie/')).toBe('en organisation');
    expect(pageKind('/organisaties/politie/versies/2026-12-06/')).toBe('nl organisation state');
    expect(pageKind('/en/organisations/politie/versions/2026-12-06/')).toBe('en organisation state');
    expect(pageKind('/organisaties/')).toBe('/organisaties/');
    expect(pageKind('/uitleg/versies/')).toBe('/uitleg/versies/');
  });

  it('keeps every page that is alone of its kind, and the first and last of the others', () => {
    expect(firstAndLastOfEachKind(paths)).toEqual([
      '/',
      '/organisaties/',
      '/organisaties/cosm/',
      '/organisaties/vng/',
      '/uitleg/',
      '/uitleg/versies/',
      '/uitleg/versies/2026-11-29/',
      '/uitleg/versies/2026-11-29/wat-is-er-veranderd/',
      '/uitleg/versies/2026-12-05/wat-is-er-veranderd/',
      '/advies/versies/2026-12-01/',
      '/en/organisations/politie/',
    ]);
  });
});
