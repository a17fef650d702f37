/** The open data files at /data/, read from the checked collections: the same records the site shows. */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { OpenData } from './open-data.ts';
import type { Lang } from '../../../model/schemas.ts';
import { expectedEventsCalendar } from './ics.ts';
import { dataFileUrl, dataStateFileUrl, eventUrl, sectionUrl } from '../../../routes/routes.ts';
import { asOfReader, currentSiteVersion } from '../../../model/queries.ts';
import { buildDate } from '../../../model/build-date.ts';
import { translator } from '../../../i18n/ui.ts';

type Name = keyof OpenData;

async function records<C extends Name>(name: C): Promise<CollectionEntry<C>['data'][]> {
  return ((await getCollection(name)) as CollectionEntry<C>[]).map((entry) => entry.data);
}

export async function openData(): Promise<OpenData> {
  const [actors, relations, events, sources] = await Promise.all([records('actors'), records('relations'), records('events'), records('sources')]);
  // Each organisation and relation says the date its description holds for, derived where the record gives none.
  const asOf = await asOfReader();
  return {
    actors: actors.map((actor) => ({ ...actor, as_of: asOf(actor) })),
    relations: relations.map((relation) => ({ ...relation, as_of: asOf(relation) })),
    events,
    sources,
  };
}

/** The expected events as iCalendar, one file per language: /data/verwacht.ics and /data/expected.ics. */
export const CALENDARS = [
  { path: 'verwacht.ics', lang: 'nl' },
  { path: 'expected.ics', lang: 'en' },
] as const satisfies readonly { path: string; lang: Lang }[];

export const calendarPath = (lang: Lang): string => dataFileUrl(CALENDARS.find((c) => c.lang === lang)!.path);

export async function expectedCalendar(lang: Lang, site: URL): Promise<string> {
  return expectedEventsCalendar(await records('events'), {
    lang,
    host: site.host,
    url: (id) => new URL(eventUrl(lang, id), site).href,
    today: buildDate(),
    stamp: await currentSiteVersion(),
  });
}

export const CSV_HEADERS = { 'Content-Type': 'text/csv; charset=utf-8' };
export const JSON_HEADERS = { 'Content-Type': 'application/json; charset=utf-8' };
export const CALENDAR_HEADERS = { 'Content-Type': 'text/calendar; charset=utf-8' };

export interface DownloadGroup {
  label: string;
  links: { label: string; href: string }[];
}

/** The files behind one diagram, for its toolbar menu and the sources line below it; of a dated state, that state's files. */
export function diagramDownloads(lang: Lang, section: 'orgChart' | 'timeline', date?: string): DownloadGroup[] {
  const t = translator(lang);
  const file = (path: string) => (date ? dataStateFileUrl(date, path) : dataFileUrl(path));
  const both = (name: string) => [
    { label: 'CSV', href: file(`${name}.csv`) },
    { label: 'JSON', href: file(`${name}.json`) },
  ];
  return section === 'orgChart'
    ? [
        { label: t('relationsHeading'), links: both('relations') },
        { label: t('organisations'), links: both('actors') },
      ]
    : [
        { label: t('events'), links: both('events') },
        // The calendar is for following what comes; a dated state does not freeze it.
        ...(date ? [] : [{ label: t('expectedEvents'), links: [{ label: 'iCalendar', href: calendarPath(lang) }] }]),
      ];
}

export const dataPageUrl = (lang: Lang): string => sectionUrl(lang, 'data');
