// No page is painted half parsed in a way that moves it later: Chromium painted the header before its search form
// arrived, and a diagram's toolbar before its <details> had their <summary>, and what was drawn first then moved
// (layout shift up to 0.02 on /wie-doet-wat/ with the CPU slowed down). Every page holds its first paint with
// <link rel="expect" blocking="render"> until an element after those parts is parsed; checked here in the built HTML,
// because the shift itself shows only on a slow or busy machine (budgets.spec.ts measures what remains: nothing).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { htmlPages } from './site-files.ts';

const pages = htmlPages().map((page) => ({ ...page, html: readFileSync(page.file, 'utf8') }));

describe('the first paint waits for the parts that would move', () => {
  it.each(pages.map((page) => [page.path, page.html]))('%s', (_path, html) => {
    const head = html.slice(0, html.indexOf('</head>'));
    const expects = [...head.matchAll(/<link rel="expect" href="#([^"]+)" blocking="render">/g)].map((match) => match[1]);
    expect(expects).toHaveLength(1);
    expect(head.match(/ blocking=/g), 'no other element blocks rendering').toHaveLength(1);
    const target = html.indexOf(` id="${expects[0]}"`);
    expect(target, `no element with id="${expects[0]}"`).toBeGreaterThan(-1);
    expect(html.indexOf(` id="${expects[0]}"`, target + 1), 'the id is not unique').toBe(-1);
    const mustComeBefore = [html.indexOf('id="site-search"'), html.lastIndexOf('<details class="chart-toolbar')];
    for (const part of mustComeBefore.filter((index) => index > -1)) expect(target).toBeGreaterThan(part);
  });
});
