/**
 * Reading on a phone (issue 22, part 1): the organisation list folds its long entries, footnote links are 24 × 24 px
 * targets, a glossary definition is a full-width sheet, and each abbreviation is written out at its first use.
 */
import { test, expect, type Page } from './fixtures.ts';
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { knownAbbreviations } from '../../src/production/abbreviations.ts';
import type { Actor, Lang, Term } from '../../src/model/schemas.ts';
import { axeViolations } from './site.ts';

const PHONE = { width: 360, height: 800 };

test.describe('the organisation list', () => {
  test.use({ viewport: PHONE });

  test('each entry shows its name, kind and summary, and folds its role and relations', async ({ page }) => {
    await page.goto('/wie-doet-wat/');
    const entry = page.locator('#actor-politie');
    await expect(entry.locator('.orgchart-list__name')).toBeVisible();
    await expect(entry.locator(':scope > p').nth(1)).toBeVisible();
    const more = entry.locator('details.orgchart-list__more');
    await expect(more).not.toHaveAttribute('open');
    await expect(more.getByText('Rol nu')).toBeHidden();
    await more.locator('summary').click();
    await expect(more.getByText('Rol nu')).toBeVisible();
    await expect(more.locator('li[data-relation]').first()).toBeVisible();
  });

  test('folding makes the list less than half as long as unfolded', async ({ page }) => {
    await page.goto('/en/who-does-what/');
    const list = page.locator('.orgchart-list');
    const folded = (await list.boundingBox())!.height;
    await list.locator('details').evaluateAll((all) => all.forEach((details) => ((details as HTMLDetailsElement).open = true)));
    const unfolded = (await list.boundingBox())!.height;
    expect(folded).toBeLessThan(unfolded / 2);
  });

  const permalinks = readFileSync('tests/permalinks.txt', 'utf8').split('\n').filter((line) => /^\/wie-doet-wat\/#actor-/.test(line));

  test('every permanent #actor- anchor opens its entry: from the address, and from a link in the page', async ({ page }) => {
    expect(permalinks.length).toBeGreaterThan(30);
    for (const link of [permalinks[0], '/wie-doet-wat/#actor-ckm', permalinks.at(-1)!]) {
      await page.goto(link);
      const entry = page.locator(`[id="${link.split('#')[1]}"]`);
      await expect(entry).toBeInViewport();
      if ((await entry.locator(':scope > details').count()) > 0) await expect(entry.locator('.orgchart-list__roles')).toBeVisible();
    }
    for (const link of permalinks) {
      const id = link.split('#')[1];
      await page.evaluate((hash) => (location.hash = hash), id);
      const entry = page.locator(`[id="${id}"]`);
      await expect(entry, link).toHaveCount(1);
      if ((await entry.locator(':scope > details').count()) > 0) await expect(entry.locator(':scope > details'), link).toHaveAttribute('open');
    }
    // A relation's link to another entry in the list opens that one too.
    await page.goto('/wie-doet-wat/#actor-ckm');
    await page.locator('#actor-ckm li[data-relation] a[href^="#actor-"]').first().click();
    const other = (await page.evaluate(() => location.hash)).slice(1);
    expect(other).not.toBe('actor-ckm');
    await expect(page.locator(`[id="${other}"] > details`)).toHaveAttribute('open');
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('an entry reached by its #anchor shows its role and relations', async ({ page }) => {
      await page.goto('/wie-doet-wat/#actor-ckm');
      await expect(page.locator('#actor-ckm .orgchart-list__roles')).toBeVisible();
      await expect(page.locator('#actor-ckm li[data-relation]').first()).toBeVisible();
      await expect(page.locator('#actor-comensha .orgchart-list__roles')).toBeHidden();
    });
  });

  test('the chart’s details panel shows the whole entry, not folded', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('/wie-doet-wat/?actor=comensha');
    const panel = page.locator('org-chart [data-panel]');
    await expect(panel.getByText('Rol nu')).toBeVisible();
    await expect(panel.locator('summary')).toBeHidden();
  });

  test('printed, every entry is unfolded', async ({ page }) => {
    await page.goto('/wie-doet-wat/');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('#actor-comensha .orgchart-list__roles')).toBeVisible();
  });
});

const CITED_PAGES = ['/uitleg/', '/en/explanation/', '/advies/', '/stand-van-zaken/'];

test.describe('footnote links', () => {
  for (const viewport of [PHONE, { width: 1280, height: 900 }]) {
    test(`are targets of at least 24 × 24 px that leave their lines as tall as before (${viewport.width} px)`, async ({ page }) => {
      await page.setViewportSize(viewport);
      for (const path of CITED_PAGES) {
        await page.goto(path);
        const links = page.locator('.citation a');
        expect(await links.count(), path).toBeGreaterThan(5);
        const boxes = await links.evaluateAll((all) => all.map((link) => link.getBoundingClientRect()).map(({ width, height }) => ({ width, height })));
        for (const box of boxes) {
          expect(box.width, path).toBeGreaterThanOrEqual(24);
          expect(box.height, path).toBeGreaterThanOrEqual(24);
        }
        // The text blocks that hold footnotes are as tall as with a plain, unpadded link.
        const heights = () =>
          page.locator('.citation').evaluateAll((all) => [...new Set(all.map((sup) => sup.parentElement!))].map((block) => block.getBoundingClientRect().height));
        const padded = await heights();
        await page.addStyleTag({ content: '.citation a { padding-block: 0 !important; margin-block: 0 !important; }' });
        expect(await heights(), path).toEqual(padded);
      }
    });
  }
});

test.describe('a glossary definition', () => {
  const open = async (page: Page) => {
    await page.goto('/uitleg/');
    const button = page.getByRole('button', { name: 'Wat betekent Regie?' }).first();
    await button.scrollIntoViewIfNeeded();
    const before = { scroll: await page.evaluate(() => scrollY), box: await button.boundingBox() };
    await button.focus();
    await page.keyboard.press('Enter');
    const sheet = page.locator('.term-popover:popover-open');
    await expect(sheet).toBeVisible();
    // In the top layer: the text under it does not move.
    expect(await page.evaluate(() => scrollY)).toBe(before.scroll);
    expect(await button.boundingBox()).toEqual(before.box);
    return { button, sheet };
  };

  test.describe('on a phone', () => {
    test.use({ viewport: PHONE });

    test('is a full-width sheet along the bottom, readable and closed by its button or Escape', async ({ page }) => {
      const { button, sheet } = await open(page);
      const box = (await sheet.boundingBox())!;
      expect(box.x).toBe(0);
      expect(box.width).toBe(PHONE.width);
      expect(Math.round(box.y + box.height)).toBe(PHONE.height);
      expect(await sheet.evaluate((element) => parseFloat(getComputedStyle(element).fontSize))).toBeGreaterThanOrEqual(16);
      expect(await axeViolations(page, '.term-popover:popover-open')).toEqual([]);
      // Tab goes from the button into the sheet; its close button hands focus back.
      await page.keyboard.press('Tab');
      await expect(sheet.getByRole('link', { name: 'Meer in de begrippenlijst' })).toBeFocused();
      await page.keyboard.press('Tab');
      const close = sheet.getByRole('button', { name: 'Sluiten' });
      await expect(close).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(page.locator('.term-popover:popover-open')).toHaveCount(0);
      await expect(button).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(sheet).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(page.locator('.term-popover:popover-open')).toHaveCount(0);
    });
  });

  test('on a wide screen stays a small box beside its button', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    const { sheet } = await open(page);
    expect((await sheet.boundingBox())!.width).toBeLessThan(500);
  });
});

const records = <T>(folder: string) =>
  readdirSync(`content/data/${folder}`)
    .filter((file) => file.endsWith('.yml'))
    .flatMap((file) => parse(readFileSync(`content/data/${folder}/${file}`, 'utf8')) as T[]);
const abbreviations = (lang: Lang) => knownAbbreviations(records<Actor>('actors'), records<Term>('terms'), lang);

/** One page of each kind whose text uses abbreviations. */
const ABBREVIATED_PAGES: { path: string; lang: Lang }[] = [
  { path: '/', lang: 'nl' },
  { path: '/uitleg/', lang: 'nl' },
  { path: '/wie-doet-wat/', lang: 'nl' },
  { path: '/organisaties/ministerie-jenv/', lang: 'nl' },
  { path: '/organisaties/riecs-liec/', lang: 'nl' },
  { path: '/tijdlijn/', lang: 'nl' },
  { path: '/in-stappen/', lang: 'nl' },
  { path: '/en/explanation/', lang: 'en' },
  { path: '/en/organisations/ministerie-szw/', lang: 'en' },
];

test.describe('abbreviations', () => {
  for (const { path, lang } of ABBREVIATED_PAGES) {
    test(`are written out at their first use in the running text of ${path}`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.ok()).toBe(true);
      const known = abbreviations(lang);
      // The visible text of the page as a reader meets it, without drawings, quotations and source titles; in
      // running text (not a heading or control) each abbreviation must be written out at the latest at its first use.
      const segments = await page.locator('main').evaluate((main) => {
        const unread = 'svg, cite, q, blockquote, code, [class*="source"], a[href^="/bronnen/"], a[href^="/en/sources/"], .citation, main [lang], [popover], .visually-hidden, [hidden]';
        const notRunning = 'h1, h2, h3, h4, h5, h6, nav, button, label, summary';
        const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
        const found: { text: string; running: boolean }[] = [];
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const parent = node.parentElement!;
          if (!parent.closest(unread)) found.push({ text: node.textContent!, running: !parent.closest(notRunning) });
        }
        return found;
      });
      const text = segments.map((segment) => segment.text).join('');
      const running: [number, number][] = [];
      let at = 0;
      for (const segment of segments) {
        if (segment.running) running.push([at, at + segment.text.length]);
        at += segment.text.length;
      }
      const inRunningText = (index: number) => running.some(([start, end]) => index >= start && index < end);
      let checked = 0;
      for (const { abbr, expansion, name, family } of known) {
        const forms = [abbr, family].filter((form, i) => i === 0 || form !== abbr).map((form) => form.replace(/[/\\]/g, '\\$&'));
        const uses = [...text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}/])(?:${forms.join('|')})(?![\\p{L}\\p{N}/])`, 'gu'))];
        const firstRunning = uses.findIndex((use) => use[0] === abbr && inRunningText(use.index));
        if (firstRunning < 0) continue;
        checked += 1;
        const spelledAt = (index: number) => {
          const around = text.slice(Math.max(0, index - 120), index + 140).replace(/\s+/g, ' ').toLowerCase();
          return [expansion, name].some((spelling) => spelling && around.includes(spelling.replace(/\s+/g, ' ').toLowerCase()));
        };
        const index = uses[firstRunning].index;
        expect(uses.slice(0, firstRunning + 1).some((use) => spelledAt(use.index)), `${path}: first ${abbr} in “…${text.slice(Math.max(0, index - 60), index + 80)}…”`).toBe(true);
      }
      expect(checked, path).toBeGreaterThan(0);
    });
  }
});
