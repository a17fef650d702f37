/**
 * What site search knows about each result, in the result's own language: the filters (soort, terrein, baan),
 * the meta shown in results (kind, date), and the records for events, terms and sources, which live in lists on
 * one page each but are found one by one, each linking to its own anchor.
 * Pure: the layout uses the page tags, scripts/search-index.ts the records.
 */
import type { Actor, Event, Lang, Source, Term } from '../../model/schemas.ts';
import { searchTranslator } from '../../i18n/search.ts';
import { translator, formatDate, type UiKey } from '../../i18n/ui.ts';
import { DOMAIN_LABEL, EVENT_KIND_LABEL, KIND_LABEL, LANE_LABEL } from '../../model/labels.ts';
import { formatEventDate } from '../timeline/build/text.ts';
import { eventUrl, sourceUrl, termUrl } from '../../routes/routes.ts';

export type SearchKind = 'page' | 'organisation' | 'event' | 'term' | 'source';

const KIND_KEY: Record<SearchKind, UiKey> = {
  page: 'searchKindPage',
  organisation: 'searchKindOrganisation',
  event: 'searchKindEvent',
  term: 'searchKindTerm',
  source: 'searchKindSource',
};

/** The value of the "soort" filter, e.g. "gebeurtenis" (nl) or "event" (en). */
export function kindLabel(kind: SearchKind, lang: Lang): string {
  return translator(lang)(KIND_KEY[kind]);
}

/** Filter names as readers see them: soort, terrein, baan (nl); type, domain, lane (en). */
export function filterNames(lang: Lang): { kind: string; domain: string; lane: string } {
  const t = searchTranslator(lang);
  return { kind: t('searchFilterKind'), domain: t('searchFilterDomain'), lane: t('searchFilterLane') };
}

/** Filters and meta of one search result. Meta `kind` and `date` are shown under the result's title. */
export interface SearchTags {
  filters: Record<string, string[]>;
  meta: Record<string, string>;
}

/** A result that is not a page of its own (Pagefind's custom record). */
export interface SearchRecord extends SearchTags {
  url: string;
  content: string;
  language: Lang;
}

export function pageTags(lang: Lang, updated?: string): SearchTags {
  const meta: Record<string, string> = { kind: kindLabel('page', lang) };
  if (updated) meta.date = formatDate(updated, lang);
  return { filters: { [filterNames(lang).kind]: [kindLabel('page', lang)] }, meta };
}

export function actorTags(actor: Pick<Actor, 'kind' | 'domains' | 'end'>, lang: Lang): SearchTags {
  const names = filterNames(lang);
  return {
    filters: {
      [names.kind]: [kindLabel('organisation', lang)],
      [names.domain]: actor.domains.map((domain) => DOMAIN_LABEL[domain][lang]),
    },
    meta: { kind: actor.end ? `${KIND_LABEL[actor.kind][lang]}, ${translator(lang)('ended')} ${actor.end.slice(0, 4)}` : KIND_LABEL[actor.kind][lang] },
  };
}

function sentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

export function eventRecord(event: Event, lang: Lang, actorName: (id: string) => string): SearchRecord {
  const names = filterNames(lang);
  const kind = EVENT_KIND_LABEL[event.kind][lang];
  const involved = event.actors.length ? `${translator(lang)('searchInvolved')}: ${event.actors.map(actorName).join(', ')}.` : '';
  return {
    url: eventUrl(lang, event.id),
    language: lang,
    content: [sentence(event.summary[lang]), event.uncertain && sentence(event.uncertain[lang]), involved, sentence(LANE_LABEL[event.lane][lang])]
      .filter(Boolean)
      .join(' '),
    meta: {
      title: event.title[lang],
      kind: event.status === 'verwacht' ? `${kind} (${translator(lang)('searchExpected')})` : kind,
      date: formatEventDate(event, lang),
    },
    filters: { [names.kind]: [kindLabel('event', lang)], [names.lane]: [LANE_LABEL[event.lane][lang]] },
  };
}

export function termRecord(term: Term, lang: Lang): SearchRecord {
  return {
    url: termUrl(lang, term.id),
    language: lang,
    content: term.definition[lang],
    meta: { title: term.term[lang], kind: kindLabel('term', lang) },
    filters: { [filterNames(lang).kind]: [kindLabel('term', lang)] },
  };
}

export function sourceRecord(source: Source, lang: Lang): SearchRecord {
  const meta: Record<string, string> = { title: source.title, kind: kindLabel('source', lang) };
  if (source.date) meta.date = formatDate(source.date, lang);
  return {
    url: sourceUrl(lang, source.id),
    language: lang,
    content: [sentence(source.publisher), source.number && sentence(source.number), source.note && sentence(source.note[lang])].filter(Boolean).join(' '),
    meta,
    filters: { [filterNames(lang).kind]: [kindLabel('source', lang)] },
  };
}

export interface RecordData {
  actors: Actor[];
  events: Event[];
  terms: Term[];
  sources: Source[];
}

/** Every event, term and source as a search result, in both languages. */
export function searchRecords(data: RecordData, langs: readonly Lang[] = ['nl', 'en']): SearchRecord[] {
  const actorById = new Map(data.actors.map((actor) => [actor.id, actor]));
  return langs.flatMap((lang) => [
    ...data.events.map((event) => eventRecord(event, lang, (id) => actorById.get(id)?.name[lang] ?? id)),
    ...data.terms.map((term) => termRecord(term, lang)),
    ...data.sources.map((source) => sourceRecord(source, lang)),
  ]);
}
