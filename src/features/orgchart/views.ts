/** Which actors and relations each view of the org chart shows, and how the difference view classifies them. */
import type { Actor, Relation } from '../../model/schemas.ts';

export const CHART_VIEWS = ['huidig', 'voorgesteld', 'verschil'] as const;
export type ChartView = (typeof CHART_VIEWS)[number];
export type Difference = 'toegevoegd' | 'vervalt' | 'gewijzigd' | 'gelijk';

export function relationInView(state: Relation['state'], view: ChartView): boolean {
  if (view === 'verschil') return true;
  if (view === 'huidig') return state !== 'voorgesteld';
  return state === 'voorgesteld' || state === 'beide';
}

export function relationDifference(state: Relation['state']): Difference {
  if (state === 'voorgesteld') return 'toegevoegd';
  if (state === 'beide') return 'gelijk';
  return 'vervalt';
}

export function actorInView(actor: Pick<Actor, 'in_views'>, view: ChartView): boolean {
  return view === 'verschil' || actor.in_views.includes(view);
}

export function actorDifference(actor: Pick<Actor, 'in_views' | 'role_proposed'>): Difference {
  const now = actor.in_views.includes('huidig');
  const proposed = actor.in_views.includes('voorgesteld');
  if (!now && proposed) return 'toegevoegd';
  if (now && !proposed) return 'vervalt';
  return actor.role_proposed ? 'gewijzigd' : 'gelijk';
}

/**
 * What the chart draws: organisations that still exist and the relations between them. One that ended (`end`) stays
 * on the site with its own page and in the list, but neither today's chart nor the proposal, built on today's
 * government, draws it; its relations end with it. `ended` lists them for the note beside the chart.
 */
export function chartRecords<A extends Pick<Actor, 'id' | 'end'>, R extends Pick<Relation, 'from' | 'to'>>(
  actors: readonly A[],
  relations: readonly R[],
): { actors: A[]; relations: R[]; ended: A[] } {
  const living = actors.filter((actor) => !actor.end);
  const ids = new Set(living.map((actor) => actor.id));
  return {
    actors: living,
    relations: relations.filter((relation) => ids.has(relation.from) && ids.has(relation.to)),
    ended: actors.filter((actor) => actor.end),
  };
}
