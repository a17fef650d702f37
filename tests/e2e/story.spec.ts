// "Het voorstel in stappen": every step axe-clean (light and dark, wide and narrow figure), complete without
// JavaScript, figures readable (names 12 px or more, one screen tall at 1280 × 900, no sideways scrolling at 360 px
// or at 200 % zoom), walkable with the keyboard into the explorer, and one step to a printed page.
import { test, expect, type Page } from '@playwright/test';
import { axeViolations } from './site.ts';

const STORIES = [
  { lang: 'nl', path: '/in-stappen/', chart: '/wie-doet-wat/', explore: 'Bekijk dit in het schema' },
  { lang: 'en', path: '/en/in-steps/', chart: '/en/who-does-what/', explore: 'See this in the chart' },
] as const;

/** The step ids, in order, as the page lists them. */
const stepIds = (page: Page) => page.locator('section.story-step').evaluateAll((sections) => sections.map((s) => s.getAttribute('data-step')!));

/** Of each step's visible drawing: its size and the smallest name, in CSS px as rendered. */
function figureMeasures(page: Page) {
  return page.locator('.story-figure svg[role="img"]').evaluateAll((svgs) =>
    svgs
      .filter((svg) => getComputedStyle(svg).display !== 'none')
      .map((svg) => {
        const box = svg.getBoundingClientRect();
        const scale = box.width / (svg as SVGSVGElement).viewBox.baseVal.width;
        const sizes = [...svg.querySelectorAll('.node__label')].map((text) => parseFloat(getComputedStyle(text).fontSize) * scale);
        return { step: svg.closest('section')!.getAttribute('data-step')!, width: box.width, height: box.height, smallest: Math.min(...sizes), boxes: sizes.length };
      }),
  );
}

const sidewaysScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

for (const story of STORIES) {
  test.describe(`${story.path}`, () => {
    for (const [width, scheme] of [[1280, 'light'], [360, 'light'], [1280, 'dark']] as const) {
      test(`every step is axe-clean at ${width} px, ${scheme}`, async ({ browser, baseURL }) => {
        const page = await browser.newPage({ baseURL, colorScheme: scheme, viewport: { width, height: 900 } });
        await page.goto(story.path);
        const ids = await stepIds(page);
        expect(ids.length).toBeGreaterThanOrEqual(6);
        for (const id of ids) expect(await axeViolations(page, `section[data-step="${id}"]`), id).toEqual([]);
        await page.close();
      });
    }

    test('is complete without JavaScript: each step its heading, text with a source, figure, words and explorer link', async ({ browser, baseURL }) => {
      const context = await browser.newContext({ baseURL, javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      await page.goto(story.path);
      const ids = await stepIds(page);
      for (const [index, id] of ids.entries()) {
        const step = page.locator(`section[data-step="${id}"]`);
        await expect(step.locator(`h2#${id}`)).toBeVisible();
        await expect(step.locator('.story-step__count')).toContainText(String(index + 1));
        expect(await step.locator('sup.citation').count(), id).toBeGreaterThan(0);
        const figure = step.locator('.story-figure svg[role="img"]:visible');
        await expect(figure).toHaveCount(1);
        expect(await figure.locator('g.node').count(), id).toBeGreaterThanOrEqual(3);
        await expect(step.locator('.story-figure__words')).toBeVisible();
        const link = step.getByRole('link', { name: story.explore });
        const href = (await link.getAttribute('href'))!;
        expect(href.startsWith(story.chart), href).toBe(true);
        const view = new URL(href, 'http://x').searchParams.get('view');
        expect([null, 'voorgesteld']).toContain(view);
      }
      await context.close();
    });

    test('figures: names at least 12 px, within one screen at 1280 × 900, no sideways scrolling at 360 px and 200 % zoom', async ({ browser, baseURL }) => {
      for (const { width, height, zoom } of [
        { width: 1280, height: 900, zoom: 1 },
        { width: 360, height: 740, zoom: 1 },
        // 200 % browser zoom on a 1280 × 900 window: a 640 × 450 CSS px viewport at twice the pixels.
        { width: 640, height: 450, zoom: 2 },
      ]) {
        const page = await browser.newPage({ baseURL, viewport: { width, height }, deviceScaleFactor: zoom });
        await page.goto(story.path);
        const measures = await figureMeasures(page);
        expect(measures.length).toBe((await stepIds(page)).length);
        for (const m of measures) {
          expect(m.smallest, `${m.step} at ${width}`).toBeGreaterThanOrEqual(12);
          expect(m.width, `${m.step} at ${width}`).toBeLessThanOrEqual(width);
          if (width === 1280) expect(m.height, m.step).toBeLessThanOrEqual(height);
        }
        expect(await sidewaysScroll(page), `sideways scrolling at ${width}`).toBe(0);
        await page.close();
      }
    });

    test('keyboard: from the contents to a step, through its links, into the explorer in the step\u2019s state', async ({ page }) => {
      await page.goto(story.path);
      const ids = await stepIds(page);
      const id = ids[1];
      const contentsLink = page.locator(`a[href="#${id}"]`).first();
      await contentsLink.focus();
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(new RegExp(`#${id}$`));
      await expect(page.locator(`h2#${id}`)).toBeInViewport();
      // Tab on from the step's own link until its explorer link has focus.
      await page.locator(`section[data-step="${id}"] .heading-anchor a, section[data-step="${id}"] .heading-anchor button`).first().focus();
      const explore = page.locator(`section[data-step="${id}"]`).getByRole('link', { name: story.explore });
      let reached = false;
      for (let i = 0; i < 60 && !reached; i++) {
        await page.keyboard.press('Tab');
        reached = await explore.evaluate((link) => link === document.activeElement);
      }
      expect(reached, 'the explorer link is reached with Tab').toBe(true);
      const href = (await explore.getAttribute('href'))!;
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(href);
      const actor = new URL(href, 'http://x').searchParams.get('actor');
      if (actor) await expect(page.locator(`.orgchart-svg g.node.is-selected[data-id="${actor}"]`)).toHaveCount(1);
    });

    test('next and previous move focus to the other step\u2019s heading and put its anchor in the address', async ({ page }) => {
      await page.goto(story.path);
      const ids = await stepIds(page);
      const next = page.locator(`section[data-step="${ids[0]}"] a[rel="next"]`);
      await next.focus();
      await page.keyboard.press('Enter');
      await expect(page.locator(`h2#${ids[1]}`)).toBeFocused();
      await expect(page).toHaveURL(new RegExp(`#${ids[1]}$`));
      await expect(page.locator(`h2#${ids[1]}`)).toBeInViewport();
      await page.locator(`section[data-step="${ids[1]}"] a[rel="prev"]`).click();
      await expect(page.locator(`h2#${ids[0]}`)).toBeFocused();
      await page.goBack();
      await expect(page).toHaveURL(new RegExp(`#${ids[1]}$`));
      expect(await page.locator(`section[data-step="${ids.at(-1)}"] a[rel="next"]`).count()).toBe(0);
    });

    test('with reduced motion, Next jumps at once (no smooth scrolling)', async ({ page }) => {
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await page.goto(story.path);
      const ids = await stepIds(page);
      await page.locator(`section[data-step="${ids[2]}"] a[rel="next"]`).click();
      // Right after the click: a smooth scroll would still be under way (the heading far below), a jump is done.
      const top = await page.locator(`h2#${ids[3]}`).evaluate((heading) => Math.round(heading.getBoundingClientRect().top));
      expect(top).toBeGreaterThanOrEqual(0);
      expect(top).toBeLessThan(200);
      await expect(page.locator(`h2#${ids[3]}`)).toBeFocused();
    });

    test('prints one step to a page, its figure whole, the wide drawing', async ({ page }) => {
      await page.goto(story.path);
      await page.emulateMedia({ media: 'print' });
      const styles = await page.locator('section.story-step').evaluateAll((sections) =>
        sections.map((s) => ({
          before: getComputedStyle(s.closest('story-step')!).breakBefore,
          figure: getComputedStyle(s.querySelector('.story-figure__frame')!).breakInside,
          wide: getComputedStyle(s.querySelector('.story-figure__svg--wide')!).display,
          narrow: getComputedStyle(s.querySelector('.story-figure__svg--narrow')!).display,
        })),
      );
      expect(styles[0].before).not.toBe('page');
      for (const style of styles.slice(1)) expect(style.before).toBe('page');
      for (const style of styles) expect(style).toMatchObject({ figure: 'avoid', wide: 'block', narrow: 'none' });
    });
  });
}
