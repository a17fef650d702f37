// Privacy by construction: no page, diagram or search makes a request to another origin, and nothing is stored on
// the reader's device (cookies, localStorage, sessionStorage, IndexedDB, Cache Storage, service workers).
// content/pages/{nl,en}/privacy.mdx says so; STRICTLY_NEEDED lists what the site may store, and it is empty.
// Every page is checked for both while every-page.spec.ts visits it through nginx (one visit per page for axe, CSP and privacy).
import { test, expect } from './fixtures.ts';
import { readFileSync } from 'node:fs';
import { htmlPages } from '../dist/site-files.ts';
import { DIAGRAM_PAGES, openSearch, useDiagram } from './page-probes.ts';
import { guard } from './privacy-guard.ts';

test.describe('no request to another origin and nothing stored', () => {
  test('while searching from the header', async ({ context, page, baseURL }) => {
    const check = await guard(context, page, new URL(baseURL!).origin);
    await page.goto('/');
    await openSearch(page);
    expect(await check.problems()).toEqual([]);
  });

  test('while using a diagram and then searching', async ({ context, page, baseURL }) => {
    const check = await guard(context, page, new URL(baseURL!).origin);
    await page.goto(DIAGRAM_PAGES[1]);
    await useDiagram(page);
    await openSearch(page, 'politie');
    expect(await check.problems()).toEqual([]);
  });
});

test('no page asks the browser to contact another host (preconnect, prefetch, fonts, scripts, images, frames)', () => {
  const RESOURCE = /<(script|img|iframe|source|video|audio|embed|object|link)\b[^>]*?\s(src|srcset|href|data)="(https?:)?\/\/[^"]*"[^>]*>/gi;
  const offenders: string[] = [];
  for (const { path, file } of htmlPages()) {
    for (const match of readFileSync(file, 'utf8').matchAll(RESOURCE)) {
      // <link rel="canonical|alternate"> name the public address of a page; browsers do not fetch them.
      if (match[1].toLowerCase() === 'link' && /\brel="(canonical|alternate)"/.test(match[0])) continue;
      offenders.push(`${path}: ${match[0]}`);
    }
  }
  expect(offenders, offenders.join('\n')).toEqual([]);
});
