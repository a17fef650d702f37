/**
 * Every citable page of the site and what a citation of it says, by the page's path: the explanation pages (the story
 * among them) and their dated versions, the organisation pages, the org chart, the timeline and /data/. The head of
 * each page (BaseLayout), its "Citeer" block and its RIS file all read this one list, so they cannot disagree.
 */
import { LANGS } from '../../../model/vocabulary.ts';
import type { Actor, Lang, Relation } from '../../../model/schemas.ts';
import { byId, currentSiteVersion, pagesIn } from '../../../model/queries.ts';
import { citedSources } from '../../explanation/build/citations.ts';
import { versionsOf } from '../../versions/build/version-entries.ts';
import { actorStateUrl, actorUrl, citationFileUrl, dataFileUrl, dataStateFileUrl, dataStatePageUrl, pageUrl, sectionUrl, sourceUrl, stateUrl } from '../../../routes/routes.ts';
import { actorStateDates, dataStates, liveState } from '../../versions/build/data-state-entries.ts';
import { formatDate, translator } from '../../../i18n/ui.ts';
import { CALENDARS } from '../../open-data/build/exports.ts';
import { TABLE_NAMES } from '../../open-data/build/open-data.ts';
import { LICENCE } from '../../open-data/build/data-package.ts';
import { pdfEditionUrl } from '../pdf-edition.ts';
import type { CitableWork, Distribution, SitePublisher } from '../citation.ts';

/** The site as publisher: its name as the site calls itself (src/i18n), and its origin. */
export function sitePublisher(lang: Lang, site: URL): SitePublisher {
  return { name: translator(lang)('siteName'), url: new URL('/', site).href };
}

const DATA_KEY = 'data';

type WorkFields = Omit<CitableWork, 'publisher' | 'url' | 'pdfUrl' | 'risUrl'> & Record<string, unknown>;

async function collectWorks(site: URL): Promise<Map<string, CitableWork>> {
  const works = new Map<string, CitableWork>();
  const [actors, relations, siteVersion, states, live, actorDates] = await Promise.all([byId('actors'), byId('relations'), currentSiteVersion(), dataStates(), liveState(), actorStateDates()]);
  // The diagrams and /data/ are dated by the state of the data they show; the organisation pages by the site's version.
  const version = live.date;
  const add = (path: string, fields: WorkFields) => {
    const absolute = (value: string) => new URL(value, site).href;
    works.set(path, {
      ...fields,
      publisher: sitePublisher(fields.lang, site),
      url: absolute(path),
      pdfUrl: pdfEditionUrl(path, site),
      risUrl: absolute(citationFileUrl(path)),
    } as CitableWork);
  };
  const cited = (ids: readonly string[], lang: Lang) => ids.map((id) => new URL(sourceUrl(lang, id), site).href);

  for (const lang of LANGS) {
    const t = translator(lang);
    for (const page of await pagesIn(lang)) {
      const path = pageUrl(lang, page.data.path);
      if (page.data.kind === 'uitleg') {
        const fields = { kind: 'article' as const, lang, title: page.data.title, description: page.data.description };
        add(path, { ...fields, date: page.data.updated, sources: cited(citedSources(page.body ?? ''), lang) });
        for (const dated of await versionsOf(lang, page.data.key)) {
          add(dated.url, {
            ...fields,
            title: dated.text.data.title,
            description: dated.text.data.description,
            date: dated.date,
            sources: cited(citedSources(dated.text.body ?? ''), lang),
          });
        }
      } else if (page.data.key === DATA_KEY) {
        add(path, { ...dataset(lang, site), title: page.data.title, description: page.data.description, date: version });
        // Each dated state of the data: its files never change.
        for (const state of states) {
          const distributions = Object.keys(state.files).map((file) => ({ url: new URL(dataStateFileUrl(state.date, file), site).href, mediaType: file.endsWith('.csv') ? 'text/csv' : 'application/json', title: file }));
          add(dataStatePageUrl(lang, state.date), { ...dataset(lang, site), distributions, title: `${page.data.title}: ${t('stateOf', { date: formatDate(state.date, lang) })}`, description: page.data.description, date: state.date });
        }
      }
    }
    add(sectionUrl(lang, 'orgChart'), { kind: 'webpage', lang, title: t('orgChartName'), description: t('orgChartDescription'), date: version });
    add(sectionUrl(lang, 'timeline'), { kind: 'webpage', lang, title: t('timelineName'), description: t('timelineDescription'), date: version });
    for (const state of states) {
      add(stateUrl(lang, 'orgChart', state.date), { kind: 'webpage', lang, title: t('orgChartName'), description: t('orgChartDescription'), date: state.date });
      add(stateUrl(lang, 'timeline', state.date), { kind: 'webpage', lang, title: t('timelineName'), description: t('timelineDescription'), date: state.date });
    }
    const addActor = (path: string, actor: Actor, allRelations: readonly Relation[], date: string) => {
      const own = allRelations.filter((relation) => relation.from === actor.id || relation.to === actor.id);
      const ids = [...new Set([...actor.sources, ...own.flatMap((relation) => relation.sources)])];
      add(path, {
        kind: 'organisation',
        lang,
        // As the page's h1 writes it.
        title: actor.abbr ? `${actor.name[lang]} (${actor.abbr})` : actor.name[lang],
        description: actor.summary[lang],
        date,
        sources: cited(ids, lang),
        organisation: { name: actor.name[lang], abbr: actor.abbr, website: actor.website, start: actor.start, end: actor.end, kind: actor.kind },
      });
    };
    for (const actor of actors.values()) addActor(actorUrl(lang, actor.id), actor, [...relations.values()], siteVersion);
    // Each organisation's dated pages, from the records of their state.
    for (const state of states) {
      for (const actor of state.records.actors) {
        if (actorDates.get(actor.id)?.includes(state.date)) addActor(actorStateUrl(lang, actor.id, state.date), actor, state.records.relations, state.date);
      }
    }
  }
  return works;
}

/** The files of /data/ as distributions of the data set. */
export function dataFiles(site: URL): Distribution[] {
  const file = (path: string, mediaType: string, title: string) => ({ url: new URL(dataFileUrl(path), site).href, mediaType, title });
  return [
    ...TABLE_NAMES.map((name) => file(`${name}.csv`, 'text/csv', `${name}.csv`)),
    ...TABLE_NAMES.map((name) => file(`${name}.json`, 'application/json', `${name}.json`)),
    ...CALENDARS.map(({ path }) => file(path, 'text/calendar', path)),
    file('datapackage.json', 'application/json', 'datapackage.json (Frictionless Data Package)'),
  ];
}

function dataset(lang: Lang, site: URL) {
  return {
    kind: 'dataset' as const,
    lang,
    licence: LICENCE.path,
    distributions: dataFiles(site),
    keywords: lang === 'nl' ? ['mensenhandel', 'governance', 'Nederland'] : ['human trafficking', 'governance', 'Netherlands'],
  };
}

let cache: { site: string; works: Promise<Map<string, CitableWork>> } | undefined;

/** All citable pages by path; built once per build. */
export function citableWorks(site: URL): Promise<Map<string, CitableWork>> {
  if (cache?.site !== site.href) cache = { site: site.href, works: collectWorks(site) };
  return cache.works;
}

/** The citation of one page, or undefined when the page is not citable (the home page, search, the 404 page). */
export async function citableWork(path: string, site: URL): Promise<CitableWork | undefined> {
  return (await citableWorks(site)).get(path);
}
