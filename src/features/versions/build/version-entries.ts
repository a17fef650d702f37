/** The published versions of the explanation pages, with their frozen text and records and their change. */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Change, FrozenRecords, Lang } from '../../../model/schemas.ts';
import { sortVersions, recordsShown } from './versions.ts';
import { comparisonUrl, versionUrl } from '../../../routes/routes.ts';
import { currentRecords, indexRecords, type ShownRecords } from '../../../model/records.ts';
import type { PageEntry } from '../../../model/queries.ts';

export type VersionText = CollectionEntry<'versions'>;

export interface PageVersion {
  key: string;
  date: string;
  lang: Lang;
  /** The frozen page, to render. */
  text: VersionText;
  records: ShownRecords;
  /** The same records as frozen in data.yml. */
  frozen: FrozenRecords;
  change: Change;
  url: string;
  comparisonUrl: string;
}

async function allVersions(): Promise<PageVersion[]> {
  const [texts, data, changes] = await Promise.all([getCollection('versions'), getCollection('versionData'), getCollection('changes')]);
  return texts.map((text) => {
    const [key, date, lang] = text.id.split('/') as [string, string, Lang];
    const version = data.find((entry) => entry.id === `${key}/${date}`)!.data;
    return {
      key,
      date,
      lang,
      text,
      records: indexRecords(version.records),
      frozen: version.records,
      change: changes.find((entry) => entry.id === version.change)!.data,
      url: versionUrl(lang, text.data.path, date),
      comparisonUrl: comparisonUrl(lang, text.data.path, date),
    };
  });
}

/** The versions of one page in one language, newest first. */
export async function versionsOf(lang: Lang, key: string): Promise<PageVersion[]> {
  return sortVersions((await allVersions()).filter((version) => version.lang === lang && version.key === key));
}

export async function versionsIn(lang: Lang): Promise<PageVersion[]> {
  return sortVersions((await allVersions()).filter((version) => version.lang === lang));
}

/**
 * The version whose text and records are exactly the page's now (in both languages), if any: a letter may then
 * cite that version's permanent address for the text it reads.
 */
export async function versionEqualToNow(versions: readonly PageVersion[], page: PageEntry, translation: PageEntry | undefined): Promise<PageVersion | undefined> {
  const live = await currentRecords();
  const values = <T,>(map: Map<string, T>) => [...map.values()];
  const shownNow = recordsShown([page.body ?? '', translation?.body ?? ''], {
    sources: values(live.sources),
    terms: values(live.terms),
    actors: values(live.actors),
    figures: values(live.figures),
  });
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  return versions.find((version) => version.text.body === page.body && same(version.text.data, page.data) && same(version.frozen, shownNow));
}
