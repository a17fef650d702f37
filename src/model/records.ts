/**
 * The records a page shows, by id: today's, or those frozen with the version being rendered. Components inside a
 * page read them through here, so one component renders the current page and every old version alike.
 */
import type { Actor, Figure, FrozenRecords, Source, Term } from './schemas.ts';
import { byId } from './queries.ts';

export interface ShownRecords {
  sources: Map<string, Source>;
  terms: Map<string, Term>;
  actors: Map<string, Actor>;
  figures: Map<string, Figure>;
}

export function indexRecords(records: FrozenRecords): ShownRecords {
  const index = <T extends { id: string }>(list: readonly T[]) => new Map(list.map((record) => [record.id, record]));
  return { sources: index(records.sources), terms: index(records.terms), actors: index(records.actors), figures: index(records.figures) };
}

export async function currentRecords(): Promise<ShownRecords> {
  const [sources, terms, actors, figures] = await Promise.all([byId('sources'), byId('terms'), byId('actors'), byId('figures')]);
  return { sources, terms, actors, figures };
}

/** The records for the page being rendered: frozen ones when a version set them (ContentPage.astro), else today's. */
export async function shownRecords(locals: App.Locals): Promise<ShownRecords> {
  return locals.records ?? currentRecords();
}
