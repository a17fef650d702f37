/**
 * The permanent addresses the content promises, worked out from the content alone (no build): every page and its
 * headings' anchors, every organisation's page, anchors and data files, and the anchors of events, terms, sources and
 * changes on their list pages. `npm run validate` compares them with tests/permalinks.txt, so an editor learns before
 * CI that a change adds addresses to list (`npm run permalinks -- --add`) or removes one that letters may cite.
 * A test keeps this plan equal to what the build produces for these kinds of address.
 */
import { LANGS, type Lang } from './schemas.ts';
import { actorDataUrl, actorStateUrl, actorUrl, changesUrl, comparisonUrl, dataFileUrl, dataStateFileUrl, dataStatePageUrl, eventUrl, pageUrl, sectionUrl, sourceUrl, stateComparisonUrl, stateEmbedUrl, stateUrl, termUrl, versionUrl } from '../routes/routes.ts';

/** An address and where in the content it comes from, so a message can name file, line and record. */
export interface PlannedAddress {
  address: string;
  file: string;
  line?: number;
  record: string;
  /** A page whose headings the plan knows all of (a page of the content, not a version or a generated page). */
  allAnchorsKnown?: boolean;
}

export interface PlanInput {
  pages: readonly { key: string; path: string; lang: Lang; file: string; anchors: readonly { id: string; line: number }[]; blocks?: readonly { id: string }[] }[];
  records: {
    actors: readonly { id: string }[];
    events: readonly { id: string }[];
    terms: readonly { id: string }[];
    sources: readonly { id: string }[];
    changes: readonly { id: string }[];
  };
  /** Where each record is written, for messages. */
  origin: (collection: string, id: string) => { file: string; line?: number } | undefined;
  /** Published versions: the frozen page's path in each language, and the version's folder. */
  versions?: readonly { page: string; date: string; paths: Record<Lang, string>; folder: string }[];
  /** Published states of the data: their date, folder and frozen files (paths below /data/<date>/). */
  dataStates?: readonly { date: string; folder: string; files: readonly string[]; actors?: readonly string[] }[];
}

/** The anchors every organisation's page has (src/features/organisations/components/ActorPage.astro). */
export const ACTOR_PAGE_ANCHORS = ['rol-nu', 'rol-voorstel', 'relaties', 'citeer-deze-pagina'] as const;

export function plannedAddresses(input: PlanInput): PlannedAddress[] {
  const out: PlannedAddress[] = [];
  for (const page of input.pages) {
    const url = pageUrl(page.lang, page.path);
    const record = `page "${page.key}"`;
    out.push({ address: url, file: page.file, record, allAnchorsKnown: true });
    for (const anchor of page.anchors) out.push({ address: `${url}#${anchor.id}`, file: page.file, line: anchor.line, record });
    // A building block's section heading is written <Bouwsteen id="…" />; its anchor is the block's id.
    for (const block of page.blocks ?? []) out.push({ address: `${url}#${block.id}`, file: page.file, record: `${record} › block "${block.id}"` });
  }
  const from = (collection: string, label: string, id: string) => ({ file: 'content/data', ...input.origin(collection, id), record: `${label} "${id}"` });
  for (const { id } of input.records.actors) {
    const at = from('actors', 'actor', id);
    for (const lang of LANGS) {
      out.push({ address: actorUrl(lang, id), ...at });
      for (const anchor of ACTOR_PAGE_ANCHORS) out.push({ address: `${actorUrl(lang, id)}#${anchor}`, ...at });
      out.push({ address: `${sectionUrl(lang, 'orgChart')}#actor-${id}`, ...at });
    }
    for (const format of ['csv', 'json'] as const) out.push({ address: actorDataUrl(id, format), ...at });
  }
  for (const lang of LANGS) {
    for (const { id } of input.records.events) out.push({ address: eventUrl(lang, id), ...from('events', 'event', id) });
    for (const { id } of input.records.terms) out.push({ address: termUrl(lang, id), ...from('terms', 'term', id) });
    for (const { id } of input.records.sources) out.push({ address: sourceUrl(lang, id), ...from('sources', 'source', id) });
    for (const { id } of input.records.changes) out.push({ address: `${changesUrl(lang)}#${id}`, ...from('changes', 'change', id) });
  }
  for (const version of input.versions ?? []) {
    const record = `version ${version.date} of page "${version.page}"`;
    for (const lang of LANGS) {
      out.push({ address: versionUrl(lang, version.paths[lang], version.date), file: version.folder, record });
      out.push({ address: comparisonUrl(lang, version.paths[lang], version.date), file: version.folder, record });
    }
  }
  for (const state of input.dataStates ?? []) {
    const at = { file: state.folder, record: `data state ${state.date}` };
    for (const lang of LANGS) {
      for (const section of ['orgChart', 'timeline'] as const) {
        out.push({ address: stateUrl(lang, section, state.date), ...at });
        out.push({ address: stateEmbedUrl(lang, section, state.date), ...at });
      }
      out.push({ address: stateComparisonUrl(lang, state.date), ...at });
      out.push({ address: dataStatePageUrl(lang, state.date), ...at });
      // The organisation pages the state gives a dated page of (those that changed since the state before).
      for (const id of state.actors ?? []) out.push({ address: actorStateUrl(lang, id, state.date), ...at });
    }
    for (const file of state.files) out.push({ address: dataStateFileUrl(state.date, file), ...at });
  }
  return out;
}

/** Anchors the page layout adds to a page of the content (not its headings): not the editor's to keep. */
const LAYOUT_ANCHORS = new Set(['citeer-deze-pagina', 'op-deze-pagina', 'versies-van-deze-pagina', 'bronnen', 'alle-begrippen', 'alle-bronnen', 'inhoud', 'in-het-kort']);
/** Anchors of the chart and timeline pages that are part of their layout. */
const SECTION_LAYOUT_ANCHORS = new Set(['schema', 'lijst', 'legenda', 'citeer-deze-pagina']);

/** An organisation's own page in either language: /organisaties/politie/, /en/organisations/politie/. */
function isActorPage(path: string): boolean {
  return LANGS.some((lang) => {
    const section = sectionUrl(lang, 'organisations');
    return path.startsWith(section) && /^[^/]+\/$/.test(path.slice(section.length));
  });
}

export interface PermalinkReport {
  /** Addresses the content now makes that tests/permalinks.txt does not list yet. */
  added: PlannedAddress[];
  /** Listed addresses that the content no longer makes: a letter may cite them. */
  removed: string[];
}

/**
 * Compares the plan with the listed addresses. Only addresses of the kinds the plan covers are judged: a listed
 * anchor of a planned page (or of the chart, timeline and organisation pages) that is neither planned nor part of
 * the layout has disappeared; versions, data files and other pages are left to the build's own test.
 */
export function comparePermalinks(planned: readonly PlannedAddress[], listed: readonly string[]): PermalinkReport {
  const listedSet = new Set(listed);
  const plannedSet = new Set(planned.map((p) => p.address));
  const seen = new Set<string>();
  const added = planned.filter((p) => !listedSet.has(p.address) && !seen.has(p.address) && seen.add(p.address));
  const sectionPages = new Set(LANGS.flatMap((lang) => [sectionUrl(lang, 'orgChart'), sectionUrl(lang, 'timeline')]));
  // Pages whose every anchor the plan knows: a listed anchor of theirs that the plan lacks has disappeared.
  const complete = new Set(planned.filter((p) => p.allAnchorsKnown).map((p) => p.address));
  const removed = listed.filter((line) => {
    if (plannedSet.has(line)) return false;
    const [path, anchor] = line.split('#');
    if (anchor === undefined) return isActorPage(path) || path.startsWith(dataFileUrl('organisaties/'));
    if (isActorPage(path)) return true;
    if (sectionPages.has(path)) return !SECTION_LAYOUT_ANCHORS.has(anchor) && !/^jaar-/.test(anchor);
    return complete.has(path) && !LAYOUT_ANCHORS.has(anchor);
  });
  return { added, removed };
}
