import { describe, expect, it } from 'vitest';
import { copySources, ignoredCopySources } from '../../scripts/lib/dockerfile.ts';
import { isPreviewBuild, PLACEHOLDER_SITE_URL } from '../../src/routes/site-url.ts';
import { readFileSync } from 'node:fs';

describe('the Docker recipe', () => {
  const dockerfile = readFileSync('deploy/Dockerfile', 'utf8');
  const ignoreFile = readFileSync('deploy/Dockerfile.dockerignore', 'utf8');

  it('copies only what its ignore file lets into the build context', () => {
    expect(copySources(dockerfile)).toEqual(expect.arrayContaining(['deploy/nginx.conf', 'deploy/redirects.conf', 'dist/']));
    expect(ignoredCopySources(dockerfile, ignoreFile)).toEqual([]);
  });

  it('would name a COPY source the ignore file keeps out', () => {
    const without = ignoreFile.replace('!deploy/redirects.conf', '');
    expect(ignoredCopySources(dockerfile, without)).toEqual(['deploy/redirects.conf']);
    expect(ignoredCopySources('COPY --from=build /out /usr/share\nCOPY dist/ /x\n', '*\n')).toEqual(['dist/']);
  });

  it('refuses a preview build (the placeholder SITE_URL) unless told it is one', () => {
    expect(dockerfile).toContain(`<link rel="canonical" href="${PLACEHOLDER_SITE_URL}`);
    expect(dockerfile).toMatch(/ARG PREVIEW=0/);
    expect(isPreviewBuild(`<link rel="canonical" href="${PLACEHOLDER_SITE_URL}/">`)).toBe(true);
    expect(isPreviewBuild('<link rel="canonical" href="https://www.example.nl/">')).toBe(false);
  });
});
