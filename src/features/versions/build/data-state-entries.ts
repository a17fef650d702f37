/** The published states of the data for the pages (what a state is: data-states.ts), and which one the live pages show. */
import { getCollection } from 'astro:content';
import { openData } from '../../open-data/build/exports.ts';
import { currentSiteVersion } from '../../../model/queries.ts';
import { sortVersions, previousVersion } from './versions.ts';
import { actorPageDates, actorPageOn, actorPageView, changedActorPages, sameData, stateFiles, stateRecords, type StateRecords } from './data-states.ts';
import type { Actor, Relation } from '../../../model/schemas.ts';

export interface DataState {
  date: string;
  /** The frozen files by path below /data/<date>/. */
  files: Record<string, string>;
  records: StateRecords;
}

let states: Promise<DataState[]> | undefined;

/** Every published state, newest first. */
export function dataStates(): Promise<DataState[]> {
  states ??= getCollection('dataStates').then((entries) =>
    sortVersions(entries.map(({ data }) => ({ date: data.date, files: data.files, records: stateRecords(data.files) }))),
  );
  return states;
}

export async function dataStateOf(date: string): Promise<DataState> {
  const state = (await dataStates()).find((candidate) => candidate.date === date);
  if (!state) throw new Error(`no data state of ${date} (content/versions/data/)`);
  return state;
}

/** The state published before this one, to compare with. */
export async function stateBefore(date: string): Promise<DataState | undefined> {
  return previousVersion(await dataStates(), date);
}

export interface LiveState {
  /** The date the live pages give their data: the published state's, else the site's version. */
  date: string;
  /** The published state that holds exactly today's data, if any: the one to cite. */
  published?: DataState;
  /** The newest published state, when today's data is newer than it. */
  latest?: DataState;
  /** Today's data, read as a state's would be (to compare what a page shows). */
  records: StateRecords;
}

let live: Promise<LiveState> | undefined;

/** Which state the live org chart, timeline and /data/ show. */
export function liveState(): Promise<LiveState> {
  live ??= (async () => {
    const [all, version, data] = await Promise.all([dataStates(), currentSiteVersion(), openData()]);
    const now = stateFiles(data, version);
    const published = all.find((state) => sameData(state.files, now));
    if (!published && all.length) console.warn(`Content warning: the data changed since the state of ${all[0].date}; publish a new state with npm run publish-version -- data.`);
    const records = stateRecords(now);
    return published ? { date: published.date, published, records } : { date: version, latest: all[0], records };
  })();
  return live;
}

/** getStaticPaths of the pages of each dated state: params { date }, props { state }. */
export async function statePaths(): Promise<{ params: { date: string }; props: { state: DataState } }[]> {
  return (await dataStates()).map((state) => ({ params: { date: state.date }, props: { state } }));
}

let pageDates: Promise<Map<string, string[]>> | undefined;

/** The dates of each organisation's dated pages, oldest first (data-states.ts, actorPageDates). */
export function actorStateDates(): Promise<Map<string, string[]>> {
  pageDates ??= dataStates().then(actorPageDates);
  return pageDates;
}

/** The dated page of an organisation that shows it as in the state of `date` (its newest at or before it). */
export async function actorStateOn(id: string, date: string): Promise<string | undefined> {
  return actorPageOn(await actorStateDates(), id, date);
}

/** The date of the dated page that shows exactly what the live page of an organisation shows, if one does. */
export async function liveActorState(id: string): Promise<string | undefined> {
  const [live, all] = await Promise.all([liveState(), dataStates()]);
  const newest = all[0];
  if (!newest || actorPageView(id, live.records) !== actorPageView(id, newest.records)) return undefined;
  return actorStateOn(id, newest.date);
}

/** getStaticPaths of the dated organisation pages: each state's organisations whose page changed since the state before. */
export async function actorStatePaths(): Promise<{ params: { id: string; date: string }; props: { state: DataState; actor: Actor; relations: Relation[] } }[]> {
  const all = await dataStates();
  return all.flatMap((state) =>
    changedActorPages(previousVersion(all, state.date)?.records, state.records).map((id) => ({
      params: { id, date: state.date },
      props: { state, actor: state.records.actors.find((actor) => actor.id === id)!, relations: state.records.relations.filter((relation) => relation.from === id || relation.to === id) },
    })),
  );
}
