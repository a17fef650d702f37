// Every page, once, as production serves it (Debian's nginx with deploy/nginx.conf): no WCAG 2.2 AA violation that axe
// finds, no CSP violation or script error, no request to another origin and nothing stored on the reader's device.
// One visit per page for the three checks: visiting the whole site once per check took the suite past its time.
// Pages go in groups, one browser page each (a fresh page per visit costs about as much as axe itself); a group lists
// every failing page, not only the first.
import { expect } from './fixtures.ts';
import { test } from './nginx.ts';
import { PAGES, axeViolations } from './site.ts';
import { inGroups, pageKind, useDiagram, watchForProblems } from './page-probes.ts';
import { guard } from './privacy-guard.ts';

for (const [index, group] of inGroups(PAGES, 24).entries()) {
  test(`group ${index + 1}: ${group[0].path} … ${group.at(-1)!.path}: axe, CSP and privacy`, async ({ context, page, nginx }) => {
    test.setTimeout(120_000);
    const problems = await watchForProblems(page);
    const privacy = await guard(context, page, new URL(nginx.url).origin);
    const failures: string[] = [];
    for (const { path } of group) {
      const response = await page.goto(path);
      if (response!.status() !== 200) failures.push(`${path}: status ${response!.status()}`);
      // axe sees the page as it opens; using the diagram afterwards wakes its script for the CSP and privacy checks.
      failures.push(...(await axeViolations(page)).map((violation) => `${path}: axe ${violation}`));
      if (pageKind(path) === 'diagram') await useDiagram(page);
      failures.push(...[...(await problems()), ...(await privacy.problems())].map((problem) => `${path}: ${problem}`));
    }
    expect(failures, failures.join('\n')).toEqual([]);
  });
}
