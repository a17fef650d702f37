// Bad input from the address bar: a diagram opened with unknown or hostile parameters falls back to its default
// state without an error, as if the parameters were not there. (Search: search.spec.ts; the parsers: unit tests.)
import { test, expect, type Page } from './fixtures.ts';

/** What a reader sees of a diagram's state: pressed buttons, selected items, chosen values in its fields. */
function diagramState(page: Page) {
  return page.locator('main').evaluate((main) => ({
    pressed: [...main.querySelectorAll('[aria-pressed="true"]')].map((element) => element.textContent?.trim()),
    selected: main.querySelectorAll('[aria-selected="true"]').length,
    fields: [...main.querySelectorAll('select, input')].map((field) => ((field as HTMLInputElement).type === 'checkbox' ? String((field as HTMLInputElement).checked) : (field as HTMLInputElement).value)),
  }));
}

test('the org chart opened with junk in its address shows its default state, without errors', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('/wie-doet-wat/');
  await page.waitForLoadState('networkidle');
  const plain = await diagramState(page);
  expect(plain.pressed.length, 'the chart enhanced and shows its view buttons').toBeGreaterThan(0);
  for (const junk of [
    'view=__proto__&actor=constructor&types=toString,__proto__&domain=hasOwnProperty&level=1',
    'view=verschil%00&actor=%3Cscript%3E&types=,,,&domain=&level=internationaal%20',
    'utm_source=nieuwsbrief&fbclid=IwAR2F4',
  ]) {
    await page.goto(`/wie-doet-wat/?${junk}`);
    await page.waitForLoadState('networkidle');
    expect(await diagramState(page), junk).toEqual(plain);
  }
  expect(errors).toEqual([]);
});
