/** The org chart's state in the URL (see diagram/chart-state.ts). */
import { CHART_VIEWS, type ChartView } from './views.ts';
import { RELATION_TYPES, DOMAINS, LEVELS } from '../../model/vocabulary.ts';
import { list, one, searchOf } from '../diagram/chart-state.ts';

export interface OrgChartState {
  view: ChartView;
  actor?: string;
  /** Relation types shown; empty means all. */
  types: string[];
  domain?: string;
  level?: string;
  /**
   * A focus view: only these organisations (at least two, each known, in URL order) and the relations among them,
   * laid out for that subset (build/subset-layout.ts). The guided story links its steps here.
   */
  focus?: string[];
  /** "Alle relaties": the whole network drawn, rather than the overview of organisations alone. */
  relations?: 'all';
}

export const DEFAULT_VIEW: ChartView = 'huidig';

export function parseOrgChartState(search: string, actorIds: ReadonlySet<string>): OrgChartState {
  const params = new URLSearchParams(search);
  const actor = params.get('actor');
  return {
    view: (one(params.get('view'), CHART_VIEWS) as ChartView | undefined) ?? DEFAULT_VIEW,
    actor: actor && actorIds.has(actor) ? actor : undefined,
    types: list(params.get('types'), RELATION_TYPES),
    domain: one(params.get('domain'), DOMAINS),
    level: one(params.get('level'), LEVELS),
    focus: focusOf(params.get('focus'), actorIds),
    relations: params.get('relations') === 'all' ? 'all' : undefined,
  };
}

export function orgChartSearch(state: OrgChartState): string {
  const params = new URLSearchParams();
  if (state.view !== DEFAULT_VIEW) params.set('view', state.view);
  if (state.actor) params.set('actor', state.actor);
  if (state.types.length && state.types.length < RELATION_TYPES.length) params.set('types', state.types.join(','));
  if (state.domain) params.set('domain', state.domain);
  if (state.level) params.set('level', state.level);
  if (state.focus?.length) params.set('focus', state.focus.join(','));
  if (state.relations) params.set('relations', state.relations);
  return searchOf(params);
}

/** The known organisation ids of a `focus` list, each once; none when fewer than two remain (no view of one box). */
function focusOf(value: string | null, actorIds: ReadonlySet<string>): string[] | undefined {
  const ids = [...new Set((value ?? '').split(',').filter((id) => actorIds.has(id)))];
  return ids.length >= 2 ? ids : undefined;
}
