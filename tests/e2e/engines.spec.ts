import { test, expect, type Page } from './fixtures.ts';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PAGE_TYPES } from './site.ts';
import { inGroups } from './page-probes.ts';
import { DIAGRAM_STATES, engineExceptions, type EngineException as Exception } from '../../src/features/accessibility/checks.ts';

/**
 * Two more accessibility engines beside axe, on one page of each type and on each state of the two diagrams: IBM
 * Equal Access (policy WCAG_2_2, violations) and HTML_CodeSniffer (WCAG2AA, errors). They find patterns axe does not
 * report. Every <details> is opened first: content in a closed one is not rendered, and both engines report its
 * controls as nameless when they are only hidden. A finding fails the test unless
 * src/features/accessibility/engine-exceptions.yml explains it. Pages and states come from the module the
 * accessibility statement states its figures from.
 */
interface Finding {
  engine: 'ace' | 'htmlcs';
  rule: string;
  where: string;
  message: string;
}

const EXCEPTIONS: Exception[] = engineExceptions();
const ACE = readFileSync('node_modules/accessibility-checker-engine/ace.js', 'utf8');
const HTMLCS = readFileSync('node_modules/html_codesniffer/build/HTMLCS.js', 'utf8');

async function findings(page: Page): Promise<Finding[]> {
  await page.evaluate(() => document.querySelectorAll('details').forEach((details) => (details.open = true)));
  // Sources are evaluated through the DevTools protocol, which the page's Content-Security-Policy does not govern.
  await page.evaluate(`${ACE};0`);
  const ace: Finding[] = await page.evaluate(async () => {
    const report = await new (window as any).ace.Checker().check(document, ['WCAG_2_2']);
    return report.results
      .filter((result: any) => result.value[0] === 'VIOLATION' && result.value[1] === 'FAIL')
      .map((result: any) => ({ engine: 'ace', rule: result.ruleId, where: result.path.dom, message: result.message }));
  });
  await page.evaluate(`${HTMLCS};0`);
  const htmlcs: Finding[] = await page.evaluate(
    () =>
      new Promise((resolve) => {
        const sniffer = (window as any).HTMLCS;
        const xpath = (element: Element): string => {
          const steps: string[] = [];
          for (let node: Element | null = element; node && node.nodeType === 1; node = node.parentElement) {
            const index = [...(node.parentElement?.children ?? [])].filter((sibling) => sibling.tagName === node!.tagName).indexOf(node) + 1;
            steps.unshift(`${node.tagName.toLowerCase()}[${Math.max(index, 1)}]`);
          }
          return `/${steps.join('/')}`;
        };
        sniffer.process('WCAG2AA', document, () =>
          resolve(
            sniffer
              .getMessages()
              .filter((message: any) => message.type === sniffer.ERROR)
              .map((message: any) => ({ engine: 'htmlcs', rule: message.code, where: xpath(message.element), message: message.msg })),
          ),
        );
      }),
  );
  return [...ace, ...htmlcs];
}

const explains = (exception: Exception, finding: Finding) =>
  exception.engine === finding.engine && exception.rule === finding.rule && finding.where.includes(exception.where);

// The pages in four groups, so both workers share them (the engines take about 3 minutes in all); each page is a soft
// expectation, so one failing page does not hide the others. Whether every exception is still needed can be told only
// over all groups: each group writes the exceptions it used to a file, then reads every group's file; the group that
// finds all of them (at least one does, as each writes before it reads) fails on an exception that no group used.
const GROUPS = inGroups([...PAGE_TYPES, ...DIAGRAM_STATES], 4);
const key = (exception: Exception) => `${exception.engine} ${exception.rule} ${exception.where}`;

for (const [index, group] of GROUPS.entries()) {
  test(`IBM Equal Access and HTML_CodeSniffer find nothing unexplained, group ${index + 1}: ${group.join(', ')}`, async ({ page }, testInfo) => {
    test.setTimeout(240_000);
    const used = new Set<string>();
    for (const path of group) {
      await page.goto(path);
      const found = await findings(page);
      for (const finding of found) EXCEPTIONS.filter((exception) => explains(exception, finding)).forEach((exception) => used.add(key(exception)));
      const unexplained = found.filter((finding) => !EXCEPTIONS.some((exception) => explains(exception, finding)));
      expect.soft(unexplained.map((f) => `${f.engine} ${f.rule} at ${f.where}: ${f.message}`), path).toEqual([]);
    }
    const usedDir = join(testInfo.project.outputDir, 'engine-exceptions-used');
    mkdirSync(usedDir, { recursive: true });
    writeFileSync(join(usedDir, `${index}.json`), JSON.stringify([...used]));
    const written = GROUPS.map((_, other) => join(usedDir, `${other}.json`)).filter((file) => existsSync(file));
    if (written.length < GROUPS.length) return;
    const usedAnywhere = new Set(written.flatMap((file) => JSON.parse(readFileSync(file, 'utf8')) as string[]));
    expect(EXCEPTIONS.map(key).filter((exception) => !usedAnywhere.has(exception)), 'exceptions that no longer explain a finding').toEqual([]);
  });
}

test('what the exceptions claim holds: the header search has its name, every box of the chart says its whole visible name', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('banner').getByRole('searchbox', { name: 'Zoek op deze site', exact: true })).toBeAttached();
  await page.goto('/wie-doet-wat/?actor=comensha&types=meldt-aan');
  const options = page.getByRole('listbox').getByRole('option');
  await expect(options.first()).toBeAttached();
  const mismatches = await options.evaluateAll((boxes) =>
    boxes
      .map((box) => {
        // A box has a shape per drawing (overview, network, focus view); only the one drawn now is visible.
        const shown = [...box.querySelectorAll('.node__shape')].find((shape) => getComputedStyle(shape).display !== 'none')!;
        return { name: box.getAttribute('aria-label') ?? '', text: [...shown.querySelectorAll('tspan')].map((line) => line.textContent!.trim()).join(' ') };
      })
      .filter(({ name, text }) => !text || !name.startsWith(text)),
  );
  expect(mismatches).toEqual([]);
});
