// The dated organisation pages: a state of the data gives each organisation whose page changed a page that shows it
// as in that state, and never changes (/organisaties/<id>/versies/<date>/). Every organisation has one for the first
// state, in both languages, not indexed, with its canonical URL on the live page, and the state's date in its banner
// and its "Citeer" block. The live page names the dated page that shows what it shows, when one does.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST } from './site-files.ts';
import { readDataStates } from '../../src/features/versions/build/read-data-states.ts';
import { actorPageDates, actorPageOn, actorPageView, stateRecords, TABLE_FILES } from '../../src/features/versions/build/data-states.ts';
import { actorStateUrl, actorUrl, dataFileUrl, dataStatePageUrl } from '../../src/routes/routes.ts';
import { LANGS } from '../../src/model/schemas.ts';
import { formatDate } from '../../src/i18n/ui.ts';

const { states } = readDataStates(resolve('content'));
const withRecords = states.map((state) => ({ date: state.date, records: stateRecords(state.files) }));
const first = withRecords[0];
const newest = withRecords.at(-1)!;
const pageDates = actorPageDates(withRecords);
// Without the attributes Astro scopes styles with.
const built = (url: string) => readFileSync(join(DIST, `${url}index.html`), 'utf8').replace(/ data-astro-cid-\w+(="[^"]*")?/g, '');
const citeBlock = (html: string) => /<section class="cite-block[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
const banner = (html: string) => /<aside class="version-banner[\s\S]*?<\/aside>/.exec(html)?.[0] ?? '';
const live = stateRecords(Object.fromEntries(TABLE_FILES.map((path) => [path, readFileSync(join(DIST, dataFileUrl(path)), 'utf8')])));

describe('the dated organisation pages', () => {
  it.each(first.records.actors.flatMap((actor) => LANGS.map((lang) => [lang, actor.id] as const)))('%s %s: a page of the first state, not indexed, dated, leading to today\'s page', (lang, id) => {
    const url = actorStateUrl(lang, id, first.date);
    expect(existsSync(join(DIST, url, 'index.html')), url).toBe(true);
    const html = built(url);
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).toMatch(new RegExp(`<link rel="canonical" href="[^"]*${actorUrl(lang, id)}"`));
    expect(banner(html)).toContain(formatDate(first.date, lang));
    expect(banner(html)).toContain(`href="${actorUrl(lang, id)}"`);
    const cite = citeBlock(html);
    expect(cite).toContain(`<time datetime="${first.date}">`);
    expect(cite).toMatch(new RegExp(`<code>[^<]*${url}</code>`));
    // Its data are those of the state, and the organisations it names are those of the state too.
    expect(html).toContain(`href="${dataStatePageUrl(lang, first.date)}"`);
    const relations = /<ul class="relations">[\s\S]*?<\/ul>/.exec(html)?.[0] ?? '';
    for (const [, href] of relations.matchAll(/href="(\/[^"#]*)"/g)) expect(href).toMatch(/\/(versies|versions)\/\d{4}-\d{2}-\d{2}\/$/);
  });

  it.each(live.actors.flatMap((actor) => LANGS.map((lang) => [lang, actor.id] as const)))('%s %s: the live page names the dated page that shows what it shows, if one does', (lang, id) => {
    const cite = citeBlock(built(actorUrl(lang, id)));
    const same = actorPageView(id, live) === actorPageView(id, newest.records);
    const date = actorPageOn(pageDates, id, newest.date);
    if (same && date) expect(cite).toMatch(new RegExp(`<code>[^<]*${actorStateUrl(lang, id, date)}</code>`));
    else expect(cite).not.toMatch(/\/(versies|versions)\/\d{4}-\d{2}-\d{2}\/<\/code>/);
    for (const dated of pageDates.get(id) ?? []) expect(cite).toContain(`href="${actorStateUrl(lang, id, dated)}"`);
  });
});
