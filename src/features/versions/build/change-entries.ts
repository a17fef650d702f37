/** The recorded content changes with the pages they concern, for the changes page and its feed. */
import { getCollection } from 'astro:content';
import type { Change, Lang } from '../../../model/schemas.ts';
import { sortChanges } from './changes.ts';
import { pageUrl } from '../../../routes/routes.ts';
import { pagesIn } from '../../../model/queries.ts';
import { versionsIn } from './version-entries.ts';

export interface ChangeWithPages extends Change {
  pageLinks: { title: string; href: string }[];
  /** The published versions this change describes, each at its permanent URL. */
  versionLinks: { title: string; href: string; date: string }[];
}

export async function changesIn(lang: Lang): Promise<ChangeWithPages[]> {
  const changes = (await getCollection('changes')).map((entry) => entry.data);
  const pages = await pagesIn(lang);
  const versions = await versionsIn(lang);
  return sortChanges(changes).map((change) => ({
    ...change,
    pageLinks: change.pages.flatMap((key) => {
      const page = pages.find((candidate) => candidate.data.key === key);
      return page ? [{ title: page.data.title, href: pageUrl(lang, page.data.path) }] : [];
    }),
    versionLinks: versions
      .filter((version) => version.change.id === change.id)
      .map((version) => ({ title: version.text.data.title, href: version.url, date: version.date })),
  }));
}
