// What the built site says about today stays true: claims carry their date, an organisation that ended is shown as
// ended (not as a live part of today's chart), and the site has one version date, that of its newest content change.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { DIST } from './site-files.ts';
import { readContent } from '../../src/model/read-content.ts';
import { siteVersion } from '../../src/model/site-version.ts';
import { staleClaims } from '../../src/model/as-of.ts';
import { formatDate } from '../../src/i18n/ui.ts';
import { buildDate } from '../../src/model/build-date.ts';

const html = (path: string) => readFileSync(join(DIST, path, 'index.html'), 'utf8');
const text = (path: string) =>
  html(path)
    .replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/g, ' ');
const content = readContent('content', '.', { today: buildDate() });
const ended = content.data.actors.filter((actor) => actor.end);

describe('an organisation that ended', () => {
  it('exists in the content (the Ministry of Asylum and Migration, folded into Justice and Security)', () => {
    expect(ended.map((actor) => [actor.id, actor.end, actor.merged_into])).toContainEqual(['ministerie-aenm', '2026-02-23', 'ministerie-jenv']);
  });

  it.each(ended.map((actor) => [actor.id]))('%s is not drawn in the chart of today, and the chart says so and links its page', (id) => {
    for (const [chart, page] of [
      ['wie-doet-wat', `/organisaties/${id}/`],
      ['en/who-does-what', `/en/organisations/${id}/`],
    ]) {
      const page_ = html(chart);
      const svg = page_.slice(page_.indexOf('<svg class="orgchart-svg"'), page_.indexOf('</svg>', page_.indexOf('<svg class="orgchart-svg"')));
      expect(svg).not.toContain(`data-id="${id}"`);
      expect(svg).not.toMatch(new RegExp(`data-(from|to)="${id}"`));
      const note = page_.slice(page_.indexOf('class="prose orgchart-ended"'));
      expect(note.slice(0, 600)).toContain(`href="${page}"`);
      expect(page_).toContain(`id="actor-${id}" data-actor="${id}" data-ended=`);
    }
  });

  it('keeps its own page, which says when it ended and what it went into', () => {
    expect(text('organisaties/ministerie-aenm')).toContain('Opgeheven op 23 februari 2026, opgegaan in Ministerie van Justitie en Veiligheid.');
    expect(text('en/organisations/ministerie-aenm')).toContain('Ended on 23 February 2026, merged into Ministry of Justice and Security.');
    expect(text('organisaties/ministerie-aenm')).toContain('Rol tot 23 februari 2026');
  });

  it('is in the open data with its end and what it went into', () => {
    const rows = parse(readFileSync(join(DIST, 'data/actors.csv'), 'utf8').replace(/^\uFEFF/, ''), { columns: true }) as Record<string, string>[];
    expect(rows.find((row) => row.id === 'ministerie-aenm')).toMatchObject({ end: '2026-02-23', merged_into: 'ministerie-jenv' });
    expect(rows.find((row) => row.id === 'ministerie-jenv')).toMatchObject({ end: '', merged_into: '' });
  });
});

describe('claims about the present', () => {
  it('show the date they hold for on an organisation’s page, in the list and in the open data', () => {
    // JenV's newest dated source is the Rapporteur's letter of 5 September 2025 or later.
    const jenv = JSON.parse(readFileSync(join(DIST, 'data/actors.json'), 'utf8')).actors.find((a: { id: string }) => a.id === 'ministerie-jenv');
    expect(jenv.as_of >= '2025-09-05').toBe(true);
    const shown = `(stand: ${formatDate(jenv.as_of, 'nl')})`;
    expect(text('organisaties/ministerie-jenv')).toContain(shown);
    expect(text('wie-doet-wat')).toContain(shown);
  });

  it('written in a page with <Stand> show their date', () => {
    const sentences = content.claims.filter((claim) => claim.basis === 'sentence');
    expect(sentences.length).toBeGreaterThan(0);
    expect(html('stand-van-zaken') + html('') + html('uitleg') + html('europees-kader') + html('veelgestelde-vragen')).toMatch(
      /<span class="dated-claim" data-as-of="[\d-]+">[^]*?<span class="as-of"[^>]*>\(stand: <time datetime="[\d-]+">/,
    );
  });

  it('that are old on the build date are in the editors’ report, with file, line, record and field', () => {
    const report = JSON.parse(readFileSync(join(DIST, 'redactie/te-controleren.json'), 'utf8'));
    expect(report.buildDate).toBe(buildDate());
    expect(report.claims).toBe(content.claims.length);
    expect(report.toRecheck).toHaveLength(staleClaims(content.claims, buildDate()).length);
    for (const claim of report.toRecheck) expect(Object.keys(claim)).toEqual(expect.arrayContaining(['file', 'line', 'record', 'field', 'asOf']));
  });
});

describe('the version of the site', () => {
  const version = siteVersion(content.pages, content.data.changes);

  it('is the same date on /over/, /colofon/, /data/, under the diagrams and in datapackage.json', () => {
    const nl = formatDate(version, 'nl');
    for (const path of ['over', 'colofon', 'data']) expect(text(path), path).toContain(nl);
    expect(text('wie-doet-wat')).toContain(`versie ${nl}`);
    expect(text('en/data')).toContain(formatDate(version, 'en'));
    expect(JSON.parse(readFileSync(join(DIST, 'data/datapackage.json'), 'utf8')).version).toBe(version);
  });

  it('is no other date written as the version (the page’s own published versions aside)', () => {
    for (const path of ['over', 'colofon']) {
      const own = text(path).split(/Versies van deze pagina/)[0];
      const versions = [...own.matchAll(/\bversie\b[^.]{0,30}?(\d{1,2} [a-z]+ 20\d\d)/gi)].map((m) => m[1]);
      expect(new Set(versions), path).toEqual(new Set([formatDate(version, 'nl')]));
    }
  });
});
