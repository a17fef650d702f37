/**
 * The state of the interactive diagrams as URL query parameters, so that every state can be linked, bookmarked and
 * restored with Back and Forward. Unknown or invalid values are dropped, never guessed.
 */
import { CHART_VIEWS, type ChartView } from './orgchart-views.ts';
import { RELATION_TYPES, DOMAINS, LEVELS, LANES, EVENT_KINDS } from './vocabulary.ts';

export interface OrgChartState {
  view: ChartView;
  actor?: string;
  /** Relation types shown; empty means all. */
  types: string[];
  domain?: string;
  level?: string;
}

export const DEFAULT_VIEW: ChartView = 'huidig';

const list = (value: string | null, allowed: readonly string[]) =>
  (value ?? '')
    .split(',')
    .filter((v) => allowed.includes(v))
    .filter((v, i, all) => all.indexOf(v) === i)
    .sort((a, b) => allowed.indexOf(a) - allowed.indexOf(b));

const one = (value: string | null, allowed: readonly string[]) => (value && allowed.includes(value) ? value : undefined);

export function parseOrgChartState(search: string, actorIds: ReadonlySet<string>): OrgChartState {
  const params = new URLSearchParams(search);
  const actor = params.get('actor');
  return {
    view: (one(params.get('view'), CHART_VIEWS) as ChartView | undefined) ?? DEFAULT_VIEW,
    actor: actor && actorIds.has(actor) ? actor : undefined,
    types: list(params.get('types'), RELATION_TYPES),
    domain: one(params.get('domain'), DOMAINS),
    level: one(params.get('level'), LEVELS),
  };
}

export function orgChartSearch(state: OrgChartState): string {
  const params = new URLSearchParams();
  if (state.view !== DEFAULT_VIEW) params.set('view', state.view);
  if (state.actor) params.set('actor', state.actor);
  if (state.types.length && state.types.length < RELATION_TYPES.length) params.set('types', state.types.join(','));
  if (state.domain) params.set('domain', state.domain);
  if (state.level) params.set('level', state.level);
  const text = params.toString().replace(/%2C/g, ',');
  return text ? `?${text}` : '';
}

export interface TimelineState {
  /** Visible range as years or dates (YYYY or YYYY-MM-DD); absent means everything. */
  from?: string;
  to?: string;
  lanes: string[];
  kinds: string[];
  event?: string;
}

const DATE = /^\d{4}(-\d{2}-\d{2})?$/;

export function parseTimelineState(search: string, eventIds: ReadonlySet<string>): TimelineState {
  const params = new URLSearchParams(search);
  const from = params.get('van') ?? undefined;
  const to = params.get('tot') ?? undefined;
  const event = params.get('event');
  const validRange = from && to && DATE.test(from) && DATE.test(to) && from < to;
  return {
    from: validRange ? from : undefined,
    to: validRange ? to : undefined,
    lanes: list(params.get('banen'), LANES),
    kinds: list(params.get('soorten'), EVENT_KINDS),
    event: event && eventIds.has(event) ? event : undefined,
  };
}

export function timelineSearch(state: TimelineState): string {
  const params = new URLSearchParams();
  if (state.from && state.to) {
    params.set('van', state.from);
    params.set('tot', state.to);
  }
  if (state.lanes.length && state.lanes.length < LANES.length) params.set('banen', state.lanes.join(','));
  if (state.kinds.length && state.kinds.length < EVENT_KINDS.length) params.set('soorten', state.kinds.join(','));
  if (state.event) params.set('event', state.event);
  const text = params.toString().replace(/%2C/g, ',');
  return text ? `?${text}` : '';
}
