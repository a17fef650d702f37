// "Het voorstel in stappen": every step axe-clean (light and dark, wide and narrow figure), complete without
// JavaScript, figures readable (names 12 px or more, one screen tall at 1280 × 900, no sideways scrolling at 360 px
// or at 200 % zoom), walkable with the keyboard into the explorer, and one step to a printed page. With JavaScript at
// 1280 × 900: the sticky figure follows the step being read (boxes keep their identity and move), the address follows
// it too, deep links open their step; phones and 200 % zoom keep the inline figures.
import { test, expect, type Page } from './fixtures.ts';
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

/** Scrolls step `id`'s heading to the top at once (no smooth scrolling), as a reader scrolling there would. */
const jumpTo = (page: Page, id: string) => page.evaluate((id) => document.getElementById(id)!.scrollIntoView({ block: 'start', behavior: 'instant' }), id);

const stage = (page: Page) => page.locator('story-stage');

const sidewaysScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

for (const story of STORIES) {
  test.describe(`${story.path}`, () => {
    for (const [width, scheme] of [[1280, 'light'], [360, 'light'], [1280, 'dark']] as const) {
      test(`every step is axe-clean at ${width} px, ${scheme}`, async ({ browser, baseURL }) => {
        const page = await browser.newPage({ baseURL, colorScheme: scheme, viewport: { width, height: 900 } });
        await page.goto(story.path);
        const ids = await stepIds(page);
        expect(ids.length).toBeGreaterThanOrEqual(6);
        const staged = await stage(page).isVisible();
        expect(staged, 'the sticky figure is shown at 1280 px, not at 360 px').toBe(width === 1280);
        for (const id of ids) {
          if (staged) {
            await jumpTo(page, id);
            await expect(stage(page)).toHaveAttribute('data-shows', id);
            // The figure as it rests: a box still fading out (or in) has, for that moment, too little contrast.
            await stage(page).evaluate((element) => Promise.all(element.getAnimations({ subtree: true }).map((animation) => animation.finished)));
          }
          expect(await axeViolations(page, staged ? `section[data-step="${id}"], story-stage` : `section[data-step="${id}"]`), id).toEqual([]);
        }
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
        // At 1280 with JavaScript the sticky figure shows the drawings (tested below): these are what readers without it see.
        const context = await browser.newContext({ baseURL, viewport: { width, height }, deviceScaleFactor: zoom, javaScriptEnabled: width !== 1280 });
        const page = await context.newPage();
        await page.goto(story.path);
        const measures = await figureMeasures(page);
        expect(measures.length).toBe((await stepIds(page)).length);
        for (const m of measures) {
          expect(m.smallest, `${m.step} at ${width}`).toBeGreaterThanOrEqual(12);
          expect(m.width, `${m.step} at ${width}`).toBeLessThanOrEqual(width);
          if (width === 1280) expect(m.height, m.step).toBeLessThanOrEqual(height);
        }
        expect(await sidewaysScroll(page), `sideways scrolling at ${width}`).toBe(0);
        // On a phone and at 200 % zoom the page keeps its inline figures: no sticky figure.
        await expect(stage(page)).toBeHidden();
        await context.close();
      }
    });

    test('the sticky figure: beside the text from 1136 px, every step\u2019s names at least 12 px, within one screen', async ({ browser, baseURL }) => {
      for (const width of [1136, 1280]) {
        const page = await browser.newPage({ baseURL, viewport: { width, height: 900 } });
        await page.goto(story.path);
        await expect(stage(page)).toBeVisible();
        const fit = await page.evaluate(() => {
          const column = document.querySelector('story-stage')!.clientWidth;
          const text = document.querySelector('story-step')!.getBoundingClientRect();
          const smallest = Math.min(
            ...[...document.querySelectorAll<SVGSVGElement>('.story-figure__svg--wide')].map((svg) => Number(svg.getAttribute('font-size')) * Math.min(1, column / svg.viewBox.baseVal.width)),
          );
          return { column, smallest, textWidth: text.width, textRight: text.right };
        });
        expect(fit.smallest, `names in the sticky figure at ${width}`).toBeGreaterThanOrEqual(12);
        expect(fit.textWidth).toBeGreaterThanOrEqual(380);
        const ids = await stepIds(page);
        for (const id of ids) {
          await jumpTo(page, id);
          await expect(stage(page)).toHaveAttribute('data-shows', id);
          const box = (await stage(page).boundingBox())!;
          expect(box.x, id).toBeGreaterThan(fit.textRight);
          expect(box.y + box.height, `${id}: the figure ends within the window`).toBeLessThanOrEqual(900);
        }
        expect(await sidewaysScroll(page)).toBe(0);
        await page.close();
      }
    });

    test('the sticky figure changes with the step read: a box in both steps is the same element, moved; the others fade', async ({ browser, baseURL }) => {
      const page = await browser.newPage({ baseURL, viewport: { width: 1280, height: 900 } });
      await page.goto(story.path);
      const ids = await stepIds(page);
      await expect(stage(page)).toHaveAttribute('data-shows', ids[0]);
      // Two steps in a row with an organisation in common, and one that only the first has.
      const pair = await page.evaluate((ids) => {
        const boxes = (id: string) => [...document.querySelectorAll(`section[data-step="${id}"] .story-figure__svg--wide .nodes > .node`)].map((node) => node.getAttribute('data-id')!);
        for (let i = 0; i + 1 < ids.length; i++) {
          const [a, b] = [boxes(ids[i]), boxes(ids[i + 1])];
          const kept = a.find((id) => b.includes(id));
          const leaving = a.find((id) => !b.includes(id));
          if (kept && leaving) return { from: ids[i], to: ids[i + 1], kept, leaving };
        }
        return null;
      }, ids);
      expect(pair).not.toBeNull();
      const { from, to, kept, leaving } = pair!;
      await jumpTo(page, from);
      await expect(stage(page)).toHaveAttribute('data-shows', from);
      await page.waitForTimeout(700);
      await page.evaluate((kept) => {
        const box = document.querySelector(`story-stage .node[data-id="${kept}"]`)!;
        Object.assign(window, { keptBox: box, keptFrom: box.getAttribute('transform') });
      }, kept);
      await jumpTo(page, to);
      await expect(stage(page)).toHaveAttribute('data-shows', to);
      const during = await page.evaluate(
        ({ kept, leaving }) => {
          const box = document.querySelector(`story-stage .node[data-id="${kept}"]`)!;
          const { keptBox, keptFrom } = window as unknown as { keptBox: Element; keptFrom: string };
          return {
            same: box === keptBox,
            moved: box.getAttribute('transform') !== keptFrom,
            moving: box.getAnimations().length,
            fading: document.querySelector(`story-stage .node[data-id="${leaving}"]`)?.getAnimations().length ?? 0,
          };
        },
        { kept, leaving },
      );
      expect(during.same, 'the box is the same element').toBe(true);
      if (during.moved) expect(during.moving, 'the box moves to its new place').toBe(1);
      expect(during.fading, 'the box that leaves fades out').toBe(1);
      // After the transition: the step's boxes, each where the step's own drawing has it, emphasis included.
      await expect(page.locator(`story-stage .node[data-id="${leaving}"]`)).toHaveCount(0);
      const drawn = (selector: string) =>
        page.locator(selector).evaluateAll((nodes) => nodes.map((node) => `${node.getAttribute('data-id')} ${node.getAttribute('transform')} ${node.hasAttribute('data-emphasis')}`).sort());
      expect(await drawn('story-stage .nodes > .node')).toEqual(await drawn(`section[data-step="${to}"] .story-figure__svg--wide .nodes > .node`));
      expect(await page.locator('story-stage .edges > .edge').count()).toBe(await page.locator(`section[data-step="${to}"] .story-figure__svg--wide .edges > .edge`).count());
      await expect(stage(page)).toHaveAttribute('aria-hidden', 'true');
      await page.close();
    });

    test('with reduced motion the sticky figure switches at once', async ({ browser, baseURL }) => {
      const page = await browser.newPage({ baseURL, viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
      await page.goto(story.path);
      const ids = await stepIds(page);
      await jumpTo(page, ids[3]);
      await expect(stage(page)).toHaveAttribute('data-shows', ids[3]);
      expect(await page.evaluate(() => document.querySelector('story-stage svg')!.getAnimations({ subtree: true }).length)).toBe(0);
      await page.close();
    });

    test('the address follows the step read, without new history entries; a deep link opens its step and figure', async ({ browser, baseURL }) => {
      const page = await browser.newPage({ baseURL, viewport: { width: 1280, height: 900 } });
      await page.goto(story.path);
      const ids = await stepIds(page);
      const entries = await page.evaluate(() => history.length);
      await jumpTo(page, ids[2]);
      await expect(page).toHaveURL(new RegExp(`#${ids[2]}$`));
      await jumpTo(page, ids[4]);
      await expect(page).toHaveURL(new RegExp(`#${ids[4]}$`));
      expect(await page.evaluate(() => history.length)).toBe(entries);
      await page.evaluate(() => scrollTo({ top: 0, behavior: 'instant' }));
      await expect(page).toHaveURL(new RegExp(`${story.path}$`));

      await page.goto(`${story.path}#${ids[5]}`);
      await expect(page.locator(`h2#${ids[5]}`)).toBeInViewport();
      await expect(stage(page)).toHaveAttribute('data-shows', ids[5]);
      await expect(page).toHaveURL(new RegExp(`#${ids[5]}$`));
      await page.close();
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
      await jumpTo(page, ids[0]);
      await expect(page).toHaveURL(new RegExp(`#${ids[0]}$`));
      const next = page.locator(`section[data-step="${ids[0]}"] a[rel="next"]`);
      await next.focus();
      await page.keyboard.press('Enter');
      await expect(page.locator(`h2#${ids[1]}`)).toBeFocused();
      await expect(page).toHaveURL(new RegExp(`#${ids[1]}$`));
      await expect(page.locator(`h2#${ids[1]}`)).toBeInViewport();
      // The smooth scroll passes no other step, and when it has ended the address still names the step reached.
      await page.waitForTimeout(1000);
      await expect(page).toHaveURL(new RegExp(`#${ids[1]}$`));
      await expect(page.locator(`h2#${ids[1]}`)).toBeFocused();
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
