/** The open data files at /data/: the same records the site shows, in stable, documented columns. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { toCsv } from '../lib/csv.ts';

async function data<C extends 'actors' | 'relations' | 'events'>(name: C): Promise<CollectionEntry<C>['data'][]> {
  return ((await getCollection(name)) as CollectionEntry<C>[]).map((entry) => entry.data);
}

export const ACTOR_COLUMNS = ['id', 'name_nl', 'name_en', 'abbr', 'kind', 'level', 'domains', 'in_views', 'summary_nl', 'summary_en', 'role_now_nl', 'role_now_en', 'role_proposed_nl', 'role_proposed_en', 'website', 'sources', 'uncertain_nl', 'uncertain_en'] as const;
export const RELATION_COLUMNS = ['id', 'from', 'to', 'type', 'state', 'basis', 'note_nl', 'note_en', 'sources', 'uncertain_nl', 'uncertain_en'] as const;
export const EVENT_COLUMNS = ['id', 'date', 'end', 'kind', 'lane', 'status', 'title_nl', 'title_en', 'summary_nl', 'summary_en', 'actors', 'sources', 'uncertain_nl', 'uncertain_en'] as const;

const list = (values: readonly string[]) => values.join(' ');

export async function actorsCsv(): Promise<string> {
  return toCsv(ACTOR_COLUMNS, (await data('actors')).map((a) => [a.id, a.name.nl, a.name.en, a.abbr, a.kind, a.level, list(a.domains), list(a.in_views), a.summary.nl, a.summary.en, a.role_now.nl, a.role_now.en, a.role_proposed?.nl, a.role_proposed?.en, a.website, list(a.sources), a.uncertain?.nl, a.uncertain?.en]));
}

export async function relationsCsv(): Promise<string> {
  return toCsv(RELATION_COLUMNS, (await data('relations')).map((r) => [r.id, r.from, r.to, r.type, r.state, r.basis, r.note?.nl, r.note?.en, list(r.sources), r.uncertain?.nl, r.uncertain?.en]));
}

export async function eventsCsv(): Promise<string> {
  return toCsv(EVENT_COLUMNS, (await data('events')).map((e) => [e.id, e.date, e.end, e.kind, e.lane, e.status, e.title.nl, e.title.en, e.summary.nl, e.summary.en, list(e.actors), list(e.sources), e.uncertain?.nl, e.uncertain?.en]));
}

export async function jsonOf(name: 'actors' | 'relations' | 'events'): Promise<string> {
  const records = (await data(name)).sort((a, b) => a.id.localeCompare(b.id));
  return `${JSON.stringify({ version: 1, [name]: records }, null, 2)}\n`;
}
