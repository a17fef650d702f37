/** The recorded content changes with the pages they concern, for the changes page and its feed. */
import { getCollection } from 'astro:content';
import type { Change, Lang } from '../lib/schemas.ts';
import { sortChanges } from '../lib/changes.ts';
import { pageUrl } from '../lib/routes.ts';
import { pagesIn } from './queries.ts';

export interface ChangeWithPages extends Change {
  pageLinks: { title: string; href: string }[];
}

export async function changesIn(lang: Lang): Promise<ChangeWithPages[]> {
  const changes = (await getCollection('changes')).map((entry) => entry.data);
  const pages = await pagesIn(lang);
  return sortChanges(changes).map((change) => ({
    ...change,
    pageLinks: change.pages.flatMap((key) => {
      const page = pages.find((candidate) => candidate.data.key === key);
      return page ? [{ title: page.data.title, href: pageUrl(lang, page.data.path) }] : [];
    }),
  }));
}
