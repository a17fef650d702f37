/** The routes of content pages in one language: each page, each of its versions, and each version's comparison. */
import type { Lang } from '../model/schemas.ts';
import { LANG_ROOT } from './routes.ts';
import { pagesIn, type PageEntry } from '../model/queries.ts';
import { versionsIn, type PageVersion } from '../features/versions/build/version-entries.ts';

export type PageRouteProps = { page: PageEntry; version?: PageVersion; comparison?: boolean };

/** The `path` parameter of src/pages/[...path].astro for a URL of this language. */
function param(lang: Lang, url: string): string | undefined {
  return url.slice(LANG_ROOT[lang].length).replace(/\/$/, '') || undefined;
}

export async function pageRoutes(lang: Lang): Promise<{ params: { path: string | undefined }; props: PageRouteProps }[]> {
  const pages = await pagesIn(lang);
  const versions = await versionsIn(lang);
  const pageOf = (version: PageVersion) => pages.find((page) => page.data.key === version.key)!;
  return [
    ...pages.map((page) => ({ params: { path: page.data.path || undefined }, props: { page } })),
    ...versions.map((version) => ({ params: { path: param(lang, version.url) }, props: { page: pageOf(version), version } })),
    ...versions.map((version) => ({ params: { path: param(lang, version.comparisonUrl) }, props: { page: pageOf(version), version, comparison: true } })),
  ];
}
