// A dated state of the data is served as it was frozen: every file in /data/<date>/ is byte for byte the file in
// content/versions/data/<date>/, and its pages (org chart, timeline, the state's own page) exist in both languages,
// drawn from the frozen records. When today's data is that state's, /data/ serves the same bytes as the state.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST } from './site-files.ts';
import { readDataStates } from '../../src/features/versions/build/read-data-states.ts';
import { sameData, stateRecords, TABLE_FILES } from '../../src/features/versions/build/data-states.ts';
import { dataFileUrl, dataStateFileUrl, dataStatePageUrl, stateComparisonUrl, stateEmbedUrl, stateUrl } from '../../src/routes/routes.ts';
import { LANGS } from '../../src/model/schemas.ts';

const { states, problems } = readDataStates(resolve('content'));
const built = (url: string) => readFileSync(join(DIST, url.endsWith('/') ? `${url}index.html` : url));

describe('the dated states of the data in the build', () => {
  it('are checked and there is at least one', () => {
    expect(problems).toEqual([]);
    expect(states.length).toBeGreaterThan(0);
  });

  it.each(states.map((state) => [state.date, state] as const))('%s: every frozen file is served byte for byte', (date, state) => {
    for (const [path, text] of Object.entries(state.files)) expect(built(dataStateFileUrl(date, path)).equals(Buffer.from(text, 'utf8')), path).toBe(true);
  });

  it.each(states.map((state) => [state.date, state] as const))('%s: its pages exist in both languages, drawn from its records', (date, state) => {
    const ended = stateRecords(state.files).actors.filter((actor) => actor.end);
    for (const lang of LANGS) {
      for (const url of [stateUrl(lang, 'orgChart', date), stateUrl(lang, 'timeline', date), stateEmbedUrl(lang, 'orgChart', date), stateComparisonUrl(lang, date), dataStatePageUrl(lang, date)]) {
        expect(existsSync(join(DIST, url, 'index.html')), url).toBe(true);
      }
      const chart = built(stateUrl(lang, 'orgChart', date)).toString();
      expect(chart).toContain('<meta name="robots" content="noindex"');
      expect(chart).toContain('class="version-banner"');
      // An organisation that had ended by then is named as ended beside the chart, not left out.
      for (const actor of ended) expect(chart).toMatch(new RegExp(`orgchart-ended[\\s\\S]*${actor.name[lang]}`));
      expect(chart).toContain(`href="${dataStateFileUrl(date, 'relations.csv')}"`);
    }
  });

  it('the newest state, when it holds today\'s data, has the same table files as /data/', () => {
    const newest = states.at(-1)!;
    const live = Object.fromEntries(TABLE_FILES.map((path) => [path, built(dataFileUrl(path)).toString('utf8')]));
    const chart = built(stateUrl('nl', 'orgChart', newest.date)).toString();
    if (!chart.includes('De gegevens zijn sindsdien niet veranderd.')) return;
    expect(sameData(live, newest.files)).toBe(true);
    expect(built('/wie-doet-wat/').toString()).toMatch(new RegExp(`href="${stateUrl('nl', 'orgChart', newest.date)}"[^>]*data-cite-state`));
  });
});
