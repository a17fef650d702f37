/** The Atom feed of content changes in one language, as an endpoint response. */
import { versionName } from './versions.ts';
import type { Lang } from '../../../model/schemas.ts';
import { translator } from '../../../i18n/ui.ts';
import { atomFeed } from './atom.ts';
import { changesFeedUrl, changesUrl } from '../../../routes/routes.ts';
import { changesIn } from './change-entries.ts';

export async function changesFeedResponse(lang: Lang, site: URL): Promise<Response> {
  const absolute = (path: string) => new URL(path, site).href;
  const page = absolute(changesUrl(lang));
  const changes = await changesIn(lang);
  const t = translator(lang);
  const xml = atomFeed({
    id: page,
    title: `${t('changes')} | ${t('siteName')}`,
    subtitle: t('siteTagline'),
    lang,
    author: t('siteName'),
    selfUrl: absolute(changesFeedUrl(lang)),
    pageUrl: page,
    entries: changes.map((change) => ({
      id: `${page}#${change.id}`,
      title: change.title[lang],
      updated: change.date,
      summary: change.description[lang],
      link: `${page}#${change.id}`,
      related: [
        ...change.pageLinks.map((link) => ({ href: absolute(link.href), title: link.title })),
        ...change.versionLinks.map((link) => ({ href: absolute(link.href), title: `${link.title} (${versionName(lang, link.date, true)})` })),
      ],
    })),
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}
