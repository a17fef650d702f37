import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { PAGE_TYPES } from './site.ts';
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

// One test over all pages, so that it can also tell whether every exception is still needed; each page is a soft
// expectation, so one failing page does not hide the others.
test('IBM Equal Access and HTML_CodeSniffer find nothing unexplained on a page of each type and in each diagram state', async ({ page }) => {
  test.setTimeout(300_000);
  const used = new Set<Exception>();
  for (const path of [...PAGE_TYPES, ...DIAGRAM_STATES]) {
    await page.goto(path);
    const found = await findings(page);
    for (const finding of found) EXCEPTIONS.filter((exception) => explains(exception, finding)).forEach((exception) => used.add(exception));
    const unexplained = found.filter((finding) => !EXCEPTIONS.some((exception) => explains(exception, finding)));
    expect.soft(unexplained.map((f) => `${f.engine} ${f.rule} at ${f.where}: ${f.message}`), path).toEqual([]);
  }
  expect(EXCEPTIONS.filter((exception) => !used.has(exception)).map((e) => `${e.engine} ${e.rule} ${e.where}`), 'exceptions that no longer explain a finding').toEqual([]);
});

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
