/** Which actors and relations each view of the org chart shows, and how the difference view classifies them. */
import type { Actor, Relation } from './schemas.ts';

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
