// Citable and findable: the cite block and section links (without JavaScript), link previews with an image per page,
// the sitemap with both languages, the changes page with its feed, and the manifest.
import { test, expect } from './fixtures.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { htmlPages, isRedirectStub, DIST } from '../dist/site-files.ts';
import { pageMeta } from '../../src/production/page-meta.ts';
import { readContent } from '../../src/model/read-content.ts';
import { distFile } from './page-probes.ts';

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('an explanation page says how to cite it, and every section heading links to its own anchor', async ({ page }) => {
    await page.goto('/uitleg/');
    const cite = page.getByRole('region', { name: 'Citeer deze pagina' });
    await expect(cite).toContainText('Uitleg bij de governance van de aanpak van mensenhandel');
    await expect(cite).toContainText(`laatst gewijzigd ${await page.locator('.last-changed time').innerText()}`);
    await expect(cite).toContainText('brief van de Nationaal Rapporteur Mensenhandel van 5 september 2025');
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    await expect(cite.locator('code').first()).toHaveText(canonical!);

    const headings = page.locator('article.content-page > div.prose :is(h2, h3)[id]');
    const count = await headings.count();
    expect(count).toBeGreaterThan(10);
    for (let index = 0; index < count; index += 1) {
      const heading = headings.nth(index);
      const id = (await heading.getAttribute('id'))!;
      const link = page.locator(`a.heading-anchor__link[href="#${id}"]`);
      await expect(link, `#${id}`).toHaveCount(1);
      await expect(link).toHaveAccessibleName(`Link naar dit onderdeel: ${(await heading.innerText()).trim()}`);
      // The heading keeps its own text as its name, so heading navigation in a screen reader stays clean.
      await expect(heading).toHaveAccessibleName((await heading.innerText()).trim());
    }
    const link = page.locator('a.heading-anchor__link[href="#coordinatie"]');
    const box = (await link.boundingBox())!;
    expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(24);
    await link.click();
    await expect(page).toHaveURL(/\/uitleg\/#coordinatie$/);
    await expect(page.locator('h2#coordinatie')).toBeInViewport();
  });

  test('the English page has the same, in English', async ({ page }) => {
    await page.goto('/en/explanation/');
    await expect(page.getByRole('region', { name: 'Cite this page' })).toContainText(`last changed ${await page.locator('.last-changed time').innerText()}`);
    await expect(page.locator('a.heading-anchor__link[href="#coordinatie"]')).toHaveAccessibleName(/^Link to this section: /);
  });

  test('the changes page lists each change with its anchor, the pages it concerns and the feed', async ({ page }) => {
    await page.goto('/wijzigingen/');
    await expect(page.locator('h2#eerste-publicatie')).toHaveText('Eerste publicatie van deze versie');
    await expect(page.locator('section[aria-labelledby="eerste-publicatie"] time')).toHaveAttribute('datetime', '2026-11-29');
    await expect(page.locator('section[aria-labelledby="eerste-publicatie"]').getByRole('link', { name: 'Het advies van 7 oktober 2024', exact: true })).toHaveAttribute('href', '/advies/');
    await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute('href', '/wijzigingen.xml');
    await page.goto('/uitleg/');
    await expect(page.getByRole('contentinfo').getByRole('link', { name: 'Wijzigingen' })).toHaveAttribute('href', '/wijzigingen/');
    await page.goto('/en/changes/');
    await expect(page.locator('h2#eerste-publicatie')).toHaveText('First publication of this version');
  });
});

test('each change is an entry of the Atom feed in both languages', () => {
  for (const [file, title] of [
    ['wijzigingen.xml', 'Eerste publicatie van deze versie'],
    ['en/changes.xml', 'First publication of this version'],
  ]) {
    const xml = readFileSync(join(DIST, file), 'utf8');
    expect(xml.match(/<entry>/g)).toHaveLength(readContent('content').data.changes.length);
    expect(xml).toContain(`<title>${title}</title>`);
    expect(xml).toMatch(/<id>https?:\/\/[^<]+#eerste-publicatie<\/id>/);
  }
});

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const data = readFileSync(file);
  expect(data.subarray(1, 4).toString()).toBe('PNG');
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
}

test('every indexed page has a link preview with its own 1200 x 630 image; the 404 pages have none', () => {
  const problems: string[] = [];
  const images = new Set<string>();
  for (const { path, file } of htmlPages()) {
    const html = readFileSync(file, 'utf8');
    const meta = pageMeta(html);
    if (meta.noindex) {
      if (meta.image) problems.push(`${path}: a noindex page has a preview image`);
      continue;
    }
    if (!meta.image || !meta.title || !meta.siteName) {
      problems.push(`${path}: og:image, og:title or og:site_name missing`);
      continue;
    }
    if (!html.includes('<meta name="twitter:card" content="summary_large_image">')) problems.push(`${path}: no twitter:card`);
    const image = distFile(new URL(meta.image).pathname);
    if (!image) problems.push(`${path}: ${meta.image} was not made`);
    else if (JSON.stringify(pngSize(image)) !== JSON.stringify({ width: 1200, height: 630 })) problems.push(`${path}: ${image} is not 1200 x 630`);
    images.add(meta.image);
  }
  expect(problems, problems.join('\n')).toEqual([]);
  expect(images.size).toBeGreaterThan(100);
});

test('the sitemap lists every indexed page once, with its language versions', () => {
  const xml = readFileSync(join(DIST, 'sitemap.xml'), 'utf8');
  const listed = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]);
  expect(new Set(listed).size).toBe(listed.length);
  const expected: string[] = [];
  for (const { file } of htmlPages()) {
    const html = readFileSync(file, 'utf8');
    const meta = pageMeta(html);
    if (meta.noindex || isRedirectStub(html)) continue;
    expected.push(meta.canonical!);
    for (const [lang, href] of Object.entries(meta.alternates)) {
      expect(xml, `${meta.canonical} alternate ${lang}`).toContain(`hreflang="${lang}" href="${href}"`);
    }
  }
  expect(listed.sort()).toEqual(expected.sort());
  expect(xml).toMatch(/<loc>[^<]+\/en\/explanation\/<\/loc>/);
});

test('pages link the manifest, which names the site and its icon', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('link[rel="manifest"]')).toHaveAttribute('href', '/manifest.webmanifest');
  const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.webmanifest'), 'utf8'));
  expect(manifest).toMatchObject({ name: 'Governance aanpak mensenhandel', lang: 'nl', start_url: '/' });
  expect(distFile(manifest.icons[0].src)).toBeTruthy();
});
