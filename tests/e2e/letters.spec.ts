// For readers of letters: contents on every long page, section links to copy, glossary terms explained in place,
// dated versions with what changed, print output, and control edges that can be seen in both colour schemes.
import { test, expect, type Page } from './fixtures.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, htmlPages } from '../dist/site-files.ts';
import { sectionHeadings, contentsEntries } from '../../src/features/explanation/build/page-sections.ts';

const SITE = 'https://governance-mensenhandel.example';
const html = (file: string) => readFileSync(file, 'utf8');
const mainOf = (text: string) => text.slice(text.indexOf('<main'), text.indexOf('</main>'));

test('every page with four or more sections has "Op deze pagina", and each entry leads to a heading of the page', () => {
  const checked: string[] = [];
  for (const { path, file } of htmlPages()) {
    const main = mainOf(html(file));
    const prose = main.match(/<div class="prose"[^>]*>([\s\S]*)$/)?.[1];
    const contents = /<(?:page-contents|nav) class="(page-contents|block-cards)"[\s\S]*?<\/nav>/.exec(main)?.[0];
    if (!prose || main.includes('class="comparison-page"')) continue;
    // The sections of the text: not the contents' own heading, nor the list of sources or the citation block after it.
    const expected = contentsEntries(sectionHeadings(prose.replace(contents ?? '', '').split(/<section class="(?:source-list|cite-block)/)[0]));
    if (!expected.length) {
      expect(contents, `${path} has fewer than four sections and no contents`).toBeUndefined();
      continue;
    }
    expect(contents, `${path} lists its sections`).toBeDefined();
    const targets = [...contents!.matchAll(/<a [^>]*href="#([^"]+)"/g)].map((match) => match[1]);
    expect(new Set(targets), path).toEqual(new Set(expected.map((entry) => entry.id)));
    for (const id of targets) expect(main, `${path}#${id}`).toMatch(new RegExp(`<h[23][^>]* id="${id}"`));
    checked.push(path);
  }
  expect(checked).toEqual(expect.arrayContaining(['/uitleg/', '/en/explanation/', '/veelgestelde-vragen/', '/advies/', '/uitleg/versies/2026-11-29/']));
});

test.describe('the building blocks on /uitleg/', () => {
  test.use({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });

  test('are ten cards on the first screens, each leading to its section, with what the sources say of the advice', async ({ page }) => {
    await page.goto('/uitleg/');
    const contents = page.getByRole('navigation', { name: 'Op deze pagina' });
    const cards = contents.locator('.block-card');
    await expect(cards).toHaveCount(10);
    const first = (await cards.first().boundingBox())!;
    const last = (await cards.last().boundingBox())!;
    expect(first.y).toBeLessThan(900);
    expect(last.y + last.height).toBeLessThan(2 * 900);
    await expect(cards.first()).toContainText('Wat bekend is: de Rapporteur noemt dit als deel van haar advies. Hoe precies, staat niet in de openbare bronnen.');
    await expect(contents.locator('.block-card', { hasText: 'Taskforce' })).toContainText('Wat bekend is: de openbare bronnen zeggen niet wat het advies hier wil.');
    for (const link of await contents.locator('.block-card__name').all()) {
      const id = (await link.getAttribute('href'))!.slice(1);
      await expect(page.locator(`h2#${id}`)).toHaveText((await link.innerText()).trim());
    }
    await contents.getByRole('link', { name: 'Taskforce' }).click();
    await expect(page.locator('h2#taskforce')).toBeInViewport();
  });
});

test.describe('copying a section link', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('the button beside a heading is reached with the keyboard, copies the absolute address and says so politely', async ({ page, baseURL }) => {
    await page.goto('/uitleg/');
    const button = page.getByRole('button', { name: 'Kopieer link naar dit deel: Coördinatie' });
    await expect(button).toBeVisible();
    await expect(button).toContainText('Kopieer link');
    await page.locator('h2#coordinatie').evaluate((heading) => {
      heading.setAttribute('tabindex', '-1');
      heading.focus();
    });
    await page.keyboard.press('Tab');
    await expect(button).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(button).toContainText('Link gekopieerd');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(`${new URL(baseURL!).origin}/uitleg/#coordinatie`);
    const status = page.locator('[aria-live="polite"]#section-link-status');
    await expect(status).toHaveText(`Link gekopieerd: ${copied}`);
    // A sub-heading's button names its section too: there is a "Wat betekent het?" under every building block.
    await expect(page.locator('h3#coordinatie-betekenis ~ .section-link button')).toHaveAccessibleName('Kopieer link naar dit deel: Wat betekent het? (Coördinatie)');
    const box = (await button.boundingBox())!;
    expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(24);
  });
});

test('a glossary term shows its definition in place and keeps its link to the glossary', async ({ page }) => {
  await page.goto('/uitleg/');
  const term = page.locator('.prose .term-link', { hasText: 'Regie' }).first();
  await expect(term).toHaveAttribute('href', '/begrippen/#regie');
  const button = page.getByRole('button', { name: 'Wat betekent Regie?' }).first();
  await button.focus();
  await page.keyboard.press('Enter');
  const definition = page.locator('.term-popover:popover-open');
  await expect(definition).toBeVisible();
  await expect(definition).toContainText('Regie:');
  await expect(definition.getByRole('link', { name: 'Meer in de begrippenlijst' })).toHaveAttribute('href', '/begrippen/#regie');
  await page.keyboard.press('Escape');
  await expect(definition).toHaveCount(0);
});

test.describe('dated versions', () => {
  test('a version page says which day it is, leads to the current page, is not indexed and cites itself', async ({ page }) => {
    await page.goto('/uitleg/versies/2026-11-29/');
    const banner = page.getByRole('complementary', { name: /Dit is de versie van 29 november 2026/ });
    await expect(banner.getByRole('link', { name: 'Bekijk de huidige versie' })).toHaveAttribute('href', '/uitleg/');
    await expect(banner.getByRole('link', { name: 'Wat is er sindsdien veranderd?' })).toHaveAttribute('href', '/uitleg/versies/2026-11-29/wat-is-er-veranderd/');
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${SITE}/uitleg/`);
    await expect(page.locator('[data-pagefind-body]')).toHaveCount(0);
    // The permanent anchors of the letters stay in the old version.
    await expect(page.locator('h2#coordinatie')).toHaveCount(1);
    const cite = page.getByRole('region', { name: 'Citeer deze pagina' });
    await expect(cite).toContainText('versie van 29 november 2026');
    await expect(cite.locator('code').first()).toHaveText(`${SITE}/uitleg/versies/2026-11-29/`);
    await expect(page.getByRole('region', { name: 'Versies van deze pagina' }).locator('[aria-current="page"]')).toContainText('29 november 2026');
    await page.goto('/en/explanation/versions/2026-11-29/');
    await expect(page.getByRole('complementary', { name: /This is the version of 29 November 2026/ })).toBeVisible();
  });

  test('the current page lists its versions with the change that describes each', async ({ page }) => {
    await page.goto('/uitleg/');
    const versions = page.getByRole('region', { name: 'Versies van deze pagina' });
    await expect(versions.getByRole('link', { name: 'Versie van 29 november 2026' })).toHaveAttribute('href', '/uitleg/versies/2026-11-29/');
    await expect(versions.getByRole('link', { name: 'Versie van 1 december 2026' })).toHaveAttribute('href', '/uitleg/versies/2026-12-01/');
    await expect(versions.getByRole('link', { name: 'Versie van 5 december 2026' })).toHaveAttribute('href', '/uitleg/versies/2026-12-05/');
    await expect(versions.getByRole('link', { name: 'Versie van 6 december 2026' })).toHaveAttribute('href', '/uitleg/versies/2026-12-06/');
    await expect(versions.getByRole('link', { name: 'Eerste publicatie van deze versie' })).toHaveAttribute('href', '/wijzigingen/#eerste-publicatie');
  });

  test('a letter is offered the version whose text the page has now, or else the page itself', async ({ page }) => {
    // Which pages equal their newest version changes with the content; that the list and the citation agree does not.
    const marked: string[] = [];
    const unmarked: string[] = [];
    for (const path of ['/uitleg/', '/advies/', '/stand-van-zaken/', '/veelgestelde-vragen/', '/vergelijking/', '/europees-kader/', '/cijfers/', '/over/', '/begrippen/', '/bronnen/']) {
      await page.goto(path);
      const versions = page.getByRole('region', { name: 'Versies van deze pagina' });
      const same = versions.locator('li', { hasText: 'gelijk aan de huidige tekst' });
      const cite = page.getByRole('region', { name: 'Citeer deze pagina' });
      await expect(cite.locator('code').first(), path).toHaveText(`${SITE}${path}`);
      const addresses = await cite.locator('code').allTextContents();
      if ((await same.count()) === 1) {
        marked.push(path);
        // The page says exactly what that version says, so a letter may cite the version's permanent address.
        const href = await same.getByRole('link', { name: /^Versie van / }).getAttribute('href');
        expect(addresses, path).toContain(`${SITE}${href}`);
      } else {
        expect(await same.count(), path).toBe(0);
        unmarked.push(path);
        expect(addresses.filter((address) => address.includes('/versies/')), path).toEqual([]);
      }
    }
    // Both kinds occur on this site today (/uitleg/ changed since its version of 6 December 2026; /advies/ did not).
    expect(marked.length, `marked: ${marked}, unmarked: ${unmarked}`).toBeGreaterThan(0);
    expect(unmarked.length, `marked: ${marked}, unmarked: ${unmarked}`).toBeGreaterThan(0);
  });

  test('the comparison shows, per section, what came in since, and folds what did not change', async ({ page }) => {
    await page.goto('/uitleg/versies/2026-11-29/wat-is-er-veranderd/');
    const since = page.getByRole('region', { name: 'Sinds de versie van 29 november 2026' });
    const cards = since.locator('details[data-section="op-deze-pagina"]');
    await expect(cards).toHaveAttribute('open', '');
    await expect(cards.locator('summary')).toContainText('nieuw deel');
    await expect(cards.locator('.diff-whole')).toContainText('Toegevoegd: dit hele deel is nieuw.');
    await expect(cards.locator('ins').first()).toBeVisible();
    // The German source got a Dutch title since: its old line is marked removed, the new one added.
    const sources = since.locator('details[data-section="bronnen-bij-deze-pagina"]');
    await expect(sources.locator('.diff-piece--removed del', { hasText: 'Richtlinie' })).toContainText('Richtlinie 2011/36/EU, Artikel 19 (geconsolideerde tekst) (in het Duits).');
    await expect(sources.locator('.diff-piece--added ins', { hasText: 'Richtlijn 2011/36/EU' })).toContainText('Richtlijn 2011/36/EU, artikel 19, geconsolideerde tekst (in het Duits: Richtlinie 2011/36/EU, Artikel 19).');
    const unchanged = since.locator('details[data-section="verder-lezen"]');
    await expect(unchanged.locator('summary')).toContainText('niet veranderd');
    await expect(unchanged).not.toHaveAttribute('open');
    await expect(page.getByRole('region', { name: 'Ten opzichte van de vorige versie' })).toContainText('Dit is de eerste versie van deze pagina.');
  });

  test('the change log and its feed link each version', () => {
    const changes = mainOf(html(join(DIST, 'wijzigingen/index.html')));
    expect(changes).toContain('href="/uitleg/versies/2026-11-29/"');
    expect(changes).toContain('href="/uitleg/versies/2026-12-01/"');
    const feed = html(join(DIST, 'en/changes.xml'));
    expect(feed).toContain(`<link rel="related" type="text/html" href="${SITE}/en/explanation/versions/2026-11-29/"`);
  });
});

test('a source in another language shows the title in the page\'s language and names the original', async ({ page }) => {
  await page.goto('/uitleg/');
  const item = page.locator('#bron-gesetze-legal-rl-2011-36-art-19');
  await expect(item.locator('cite')).toHaveText('Richtlijn 2011/36/EU, artikel 19, geconsolideerde tekst');
  await expect(item).toContainText('(in het Duits: Richtlinie 2011/36/EU, Artikel 19)');
  await expect(item.locator('[lang="de"]')).toHaveText('Richtlinie 2011/36/EU, Artikel 19');
  await page.goto('/en/explanation/');
  await expect(page.locator('#bron-gesetze-legal-rl-2011-36-art-19')).toContainText('Directive 2011/36/EU, Article 19, consolidated text (in German: Richtlinie 2011/36/EU, Artikel 19)');
});

test.describe('printed', () => {
  test('links into the site print their full address, in-page links print none, the contents print as a list', async ({ page }) => {
    await page.goto('/uitleg/');
    await page.emulateMedia({ media: 'print' });
    const after = (selector: string) => page.locator(selector).first().evaluate((element) => getComputedStyle(element, '::after').content);
    expect(await after('.prose a.term-link[href="/begrippen/#regie"]')).toContain(`${SITE}/begrippen/#regie`);
    expect(await after('.block-cards a[href="#coordinatie"]')).toBe('none');
    expect(await after('.citation a')).toBe('none');
    await expect(page.locator('.block-cards__list')).toHaveCSS('display', 'block');
    await expect(page.locator('.block-card').first()).toHaveCSS('display', 'list-item');
    await expect(page.locator('.section-link').first()).toBeHidden();
    await expect(page.locator('.term-info').first()).toBeHidden();
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.length).toBeGreaterThan(10_000);
  });
});

/** The edge of every visible button and text field against what is around it, as a contrast ratio (WCAG 1.4.11). */
async function controlEdges(page: Page): Promise<{ name: string; ratio: number }[]> {
  return page.evaluate(() => {
    const rgb = (color: string) => (color.match(/[\d.]+/g) ?? []).map(Number);
    const opaque = (color: string) => { const [, , , a = 1] = rgb(color); return color !== 'transparent' && a > 0.5; };
    const luminance = (color: string) => {
      const [r, g, b] = rgb(color).slice(0, 3).map((v) => v / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const contrast = (a: string, b: string) => { const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
    const behind = (element: Element | null): string => {
      for (let node = element; node; node = node.parentElement) { const color = getComputedStyle(node).backgroundColor; if (opaque(color)) return color; }
      return getComputedStyle(document.documentElement).backgroundColor;
    };
    const controls = [...document.querySelectorAll<HTMLElement>('button, input[type="text"], input[type="search"], select')].filter((element) => {
      const box = element.getBoundingClientRect();
      return box.width > 0 && box.height > 0 && getComputedStyle(element).visibility !== 'hidden';
    });
    return controls.flatMap((element) => {
      const style = getComputedStyle(element);
      const outside = behind(element.parentElement);
      const edges = [];
      if (parseFloat(style.borderTopWidth) > 0 && style.borderTopStyle !== 'none') edges.push(contrast(style.borderTopColor, outside));
      if (opaque(style.backgroundColor)) edges.push(contrast(style.backgroundColor, outside));
      // A control with neither edge nor fill (a text button) has no boundary to measure.
      if (!edges.length) return [];
      return [{ name: `${element.tagName.toLowerCase()} "${(element.getAttribute('aria-label') ?? element.textContent ?? '').trim().slice(0, 40)}"`, ratio: Math.round(Math.max(...edges) * 100) / 100 }];
    });
  });
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`buttons and fields have edges of at least 3:1 in the ${colorScheme} scheme`, async ({ browser }) => {
    const context = await browser.newContext({ colorScheme });
    const page = await context.newPage();
    let measured = 0;
    for (const path of ['/uitleg/', '/zoeken/', '/wie-doet-wat/', '/tijdlijn/']) {
      await page.goto(path);
      const edges = await controlEdges(page);
      measured += edges.length;
      const weak = edges.filter((edge) => edge.ratio < 3).map((edge) => `${path} ${edge.name}: ${edge.ratio}:1`);
      expect(weak, weak.join('\n')).toEqual([]);
    }
    expect(measured).toBeGreaterThan(20);
    // The measure itself: the dark scheme's old button edge (the accent, 1.4:1 on the dark page) is caught.
    if (colorScheme === 'dark') {
      await page.addStyleTag({ content: ':root { --gmh-button-border-color: #0f2f52 !important; }' });
      expect((await controlEdges(page)).filter((edge) => edge.ratio < 3).length).toBeGreaterThan(0);
    }
    await context.close();
  });
}
