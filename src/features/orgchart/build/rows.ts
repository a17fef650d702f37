/**
 * Rows of the org chart. Each band is split into rows such that no relation joins two boxes of one row and no row
 * holds more than MAX_PER_ROW boxes: a layered layout then routes every relation between rows, where it can be seen.
 * Which row an actor takes is a layout result, not content: searched offline by `npm run rows`
 * (scripts/orgchart-rows.ts) for fewest crossings and committed in ../rows.json, by actor id. An actor without one
 * gets a row by a simple rule, so an editor's new actor is drawn correctly without running the search; rowProblems()
 * says when the committed rows have gone stale. Pure.
 */
import type { Actor, Relation } from '../../../model/schemas.ts';
import { BANDS, bandOf, type Band } from './bands.ts';
import committedRows from '../rows.json' with { type: 'json' };

export const MAX_PER_ROW = 6;

/** Row of each actor within its band, from 1, by id. */
export type ChartRows = Readonly<Record<string, number>>;

/** The rows `npm run rows` wrote last (src/features/orgchart/rows.json). */
export const CHART_ROWS: ChartRows = committedRows;

export interface RowOptions {
  /** The committed rows by default. */
  rows?: ChartRows;
  maxPerRow?: number;
}

export type RowActor = Pick<Actor, 'id' | 'kind' | 'level'>;
export type RowRelation = Pick<Relation, 'from' | 'to'>;

/** Row of an actor in its band, counted from 1. */
export interface RowPlace {
  band: Band;
  row: number;
}

function neighbourSets(relations: readonly RowRelation[]): Map<string, Set<string>> {
  const neighbours = new Map<string, Set<string>>();
  for (const { from, to } of relations) {
    if (from === to) continue;
    if (!neighbours.has(from)) neighbours.set(from, new Set());
    if (!neighbours.has(to)) neighbours.set(to, new Set());
    neighbours.get(from)!.add(to);
    neighbours.get(to)!.add(from);
  }
  return neighbours;
}

/**
 * The committed rows, with every actor that has none placed by the simple rule: the first row of its band that has
 * room and no actor it has a relation with, else a new row at the end of the band. Actors without a row are placed
 * by most relations first, then by id, so the result never depends on file order.
 */
export function assignRows(actors: readonly RowActor[], relations: readonly RowRelation[], { rows: committed = CHART_ROWS, maxPerRow = MAX_PER_ROW }: RowOptions = {}): Map<string, RowPlace> {
  const neighbours = neighbourSets(relations);
  const places = new Map<string, RowPlace>();
  const members = new Map<Band, string[][]>(BANDS.map((band) => [band, []]));
  const join = (id: string, band: Band, row: number) => {
    const rows = members.get(band)!;
    while (rows.length < row) rows.push([]);
    rows[row - 1].push(id);
    places.set(id, { band, row });
  };
  const sorted = [...actors].sort((a, b) => a.id.localeCompare(b.id));
  for (const actor of sorted) if (committed[actor.id]) join(actor.id, bandOf(actor), committed[actor.id]);
  const degree = (id: string) => neighbours.get(id)?.size ?? 0;
  for (const actor of sorted.filter((a) => !committed[a.id]).sort((a, b) => degree(b.id) - degree(a.id) || a.id.localeCompare(b.id))) {
    const band = bandOf(actor);
    const rows = members.get(band)!;
    const own = neighbours.get(actor.id) ?? new Set<string>();
    const fits = rows.findIndex((row) => row.length < maxPerRow && !row.some((other) => own.has(other)));
    join(actor.id, band, fits >= 0 ? fits + 1 : rows.length + 1);
  }
  return places;
}

/** Why the committed rows no longer hold: an actor without a row, a relation inside a row, a row that is too full. */
export function rowProblems(actors: readonly RowActor[], relations: readonly RowRelation[], { rows = CHART_ROWS, maxPerRow = MAX_PER_ROW }: RowOptions = {}): string[] {
  const problems: string[] = [];
  const placed = new Map<string, string>();
  const count = new Map<string, number>();
  const missing = actors.filter((a) => !rows[a.id]).map((a) => `"${a.id}"`);
  if (missing.length) problems.push(`${missing.length === 1 ? 'actor' : `${missing.length} actors`} ${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ' and more' : ''} ${missing.length === 1 ? 'has' : 'have'} no row yet`);
  for (const actor of actors) {
    if (!rows[actor.id]) continue;
    const key = `${bandOf(actor)} row ${rows[actor.id]}`;
    placed.set(actor.id, key);
    count.set(key, (count.get(key) ?? 0) + 1);
  }
  for (const [key, n] of [...count].sort()) if (n > maxPerRow) problems.push(`${key} holds ${n} actors (at most ${maxPerRow})`);
  for (const { from, to } of relations) {
    if (from !== to && placed.has(from) && placed.get(from) === placed.get(to)) problems.push(`"${from}" and "${to}" have a relation but share ${placed.get(from)}`);
  }
  return problems;
}

/** The actors whose rows must change: those without a row, in a row that is too full, or sharing a row with a relation. */
export function actorsToPlace(actors: readonly RowActor[], relations: readonly RowRelation[], { rows = CHART_ROWS, maxPerRow = MAX_PER_ROW }: RowOptions = {}): Set<string> {
  const out = new Set(actors.filter((a) => !rows[a.id]).map((a) => a.id));
  const rowOf = new Map<string, string>();
  const members = new Map<string, string[]>();
  for (const actor of actors) {
    if (!rows[actor.id]) continue;
    const key = `${bandOf(actor)} ${rows[actor.id]}`;
    rowOf.set(actor.id, key);
    members.set(key, [...(members.get(key) ?? []), actor.id]);
  }
  for (const ids of members.values()) if (ids.length > maxPerRow) ids.forEach((id) => out.add(id));
  for (const { from, to } of relations) {
    if (from !== to && rowOf.has(from) && rowOf.get(from) === rowOf.get(to)) {
      out.add(from);
      out.add(to);
    }
  }
  return out;
}

/** What the build and `npm run validate` say when the rows no longer fit, in an editor's words. */
export function staleRowsMessage(problems: readonly string[]): string {
  return `the chart "Wie doet wat" still draws correctly, but its rows no longer fit (${problems.join('; ')}). Run npm run rows to place them with fewer crossing lines.`;
}
