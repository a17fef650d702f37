/**
 * What the build hands to <org-chart> and what the element reads, defined once for both sides: the element's tag,
 * the data attributes the filters work on, the UI strings, and the filter rule itself, as a function for code that
 * needs the answer (counts, keyboard, the details panel) and as the CSS that hides the shapes (filterCss, written
 * into the page's stylesheet at build time by the Vite plugin in astro.config.mjs).
 */
import type { Actor, Relation } from '../../model/schemas.ts';
import { DOMAINS, LEVELS, RELATION_STATES, RELATION_TYPES, VIEWS } from '../../model/vocabulary.ts';
import { relationInView, type ChartView } from './views.ts';

export const ORG_CHART_TAG = 'org-chart';

/** The UI strings the page renders as JSON beside the element ({name} placeholders are filled in by the element). */
export interface OrgChartStrings {
  views: Record<ChartView, string>;
  visible: string;
  /** Announced when the overview (no relations drawn) comes back; {actors}. */
  overviewShown: string;
  selected: string;
  cleared: string;
  notFound: string;
  copied: string;
  copyFailed: string;
  relation: string;
  relations: string;
  close: string;
  toPage: string;
  /** An actor's page, with {id} for the actor. */
  pageUrl: string;
  listLabel: string;
  filtersActive: string;
  hiddenByFilter: string;
}

/** The view and filters, as the element writes them on the <svg>; the filter CSS reads them there. */
export const FILTER_ATTRIBUTES = { view: 'data-view', types: 'data-types', domain: 'data-domain', level: 'data-level' } as const;

/** What a box carries to decide whether the current view and filters show it. */
export interface ShownActor {
  views: readonly string[];
  domains: readonly string[];
  level: string;
}

export interface ChartFilters {
  view: ChartView;
  /** Relation types shown; empty means all. */
  types: readonly string[];
  domain?: string;
  level?: string;
}

/** The attributes of a box that the filter rule reads (build side). */
export function actorFilterData(actor: Pick<Actor, 'level' | 'domains' | 'in_views'>): Record<string, string> {
  return { 'data-level': actor.level, 'data-domains': actor.domains.join(' '), 'data-views': actor.in_views.join(' ') };
}

/** The same, read back from a box's dataset (browser side). */
export function shownActorOf(data: DOMStringMap): ShownActor {
  return { views: data.views!.split(' '), domains: data.domains!.split(' '), level: data.level! };
}

/** The attributes of a line that name its ends' views, domains and levels, so CSS can hide it with either end. */
export function relationEndsData(from: Pick<Actor, 'level' | 'domains' | 'in_views'>, to: Pick<Actor, 'level' | 'domains' | 'in_views'>): Record<string, string> {
  return {
    'data-from-views': from.in_views.join(' '),
    'data-to-views': to.in_views.join(' '),
    'data-from-domains': from.domains.join(' '),
    'data-to-domains': to.domains.join(' '),
    'data-from-level': from.level,
    'data-to-level': to.level,
  };
}

export function actorShown(actor: ShownActor, filters: ChartFilters): boolean {
  return (
    (filters.view === 'verschil' || actor.views.includes(filters.view)) &&
    (!filters.domain || actor.domains.includes(filters.domain)) &&
    (!filters.level || actor.level === filters.level)
  );
}

export function relationShown(relation: Pick<Relation, 'type' | 'state'>, from: ShownActor, to: ShownActor, filters: ChartFilters): boolean {
  return (
    relationInView(relation.state, filters.view) &&
    (!filters.types.length || filters.types.includes(relation.type)) &&
    actorShown(from, filters) &&
    actorShown(to, filters)
  );
}

/**
 * The filter rule as CSS, one rule per value of the vocabulary: a change of view or filter is one attribute on the
 * <svg>, however many shapes there are; a relation is hidden with either of its ends. Without scripting there is
 * no way to change the view, so the chart then shows every actor and relation (in the plain style of "Huidig").
 */
export function filterCss(): string {
  // A box, and its count of relations in the overview (drawn beside the boxes, with the same data).
  const box = ':is(.node, .node__count)';
  const svg = (attribute: string, value: string) => `.orgchart-svg[${attribute}='${value}']`;
  const ends = (name: string, value: string, match: '~=' | '=') =>
    `.edge:not([data-from-${name}${match}'${value}']), .edge:not([data-to-${name}${match}'${value}'])`;
  const views = VIEWS.map((view) => {
    const states = RELATION_STATES.filter((state) => !relationInView(state, view)).map((state) => `.edge[data-state='${state}'], `);
    return `  ${svg(FILTER_ATTRIBUTES.view, view)} :is(${box}:not([data-views~='${view}']), ${states.join('')}${ends('views', view, '~=')})`;
  });
  const types = RELATION_TYPES.map((type) => `.orgchart-svg[${FILTER_ATTRIBUTES.types}]:not([${FILTER_ATTRIBUTES.types}~='${type}']) .edge--${type}`);
  const domains = DOMAINS.map((domain) => `${svg(FILTER_ATTRIBUTES.domain, domain)} :is(${box}:not([data-domains~='${domain}']), ${ends('domains', domain, '~=')})`);
  const levels = LEVELS.map((level) => `${svg(FILTER_ATTRIBUTES.level, level)} :is(${box}:not([data-level='${level}']), ${ends('level', level, '=')})`);
  return `@media (scripting: enabled) {\n${views.join(',\n')} {\n    display: none;\n  }\n}\n\n${[...types, ...domains, ...levels].join(',\n')} {\n  display: none;\n}\n`;
}
