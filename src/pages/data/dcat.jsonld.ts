// The DCAT description of the open data (DCAT-AP with the DCAT-AP-DONL values), for catalogues such as data.overheid.nl.
import type { APIRoute } from 'astro';
import { dcatCatalog } from '../../features/citation/dcat.ts';
import { dataFiles, sitePublisher } from '../../features/citation/build/citable-pages.ts';
import { currentSiteVersion, pageByKey } from '../../model/queries.ts';
import { DCAT_FILE, dataFileUrl } from '../../routes/routes.ts';
import { translator } from '../../i18n/ui.ts';

export const GET: APIRoute = async ({ site }) => {
  // The page about the data names the data set; a content folder without it (a test fixture) gets the toolbar's words.
  const [nl, en] = await Promise.all((['nl', 'en'] as const).map(async (lang) => {
    const page = await pageByKey(lang, 'data');
    const t = translator(lang);
    return page?.data ?? { title: t('downloadData'), description: t('citeDcatHelp') };
  }));
  const catalog = dcatCatalog({
    url: new URL(dataFileUrl(DCAT_FILE), site).href,
    landingPage: new URL(dataFileUrl(), site).href,
    title: { nl: `${nl.title}: ${sitePublisher('nl', site!).name}`, en: `${en.title}: ${sitePublisher('en', site!).name}` },
    description: { nl: nl.description, en: en.description },
    keywords: ['mensenhandel', 'human trafficking', 'governance', 'Nederland', 'Netherlands'],
    publisher: sitePublisher('nl', site!),
    version: await currentSiteVersion(),
    files: dataFiles(site!),
  });
  return new Response(`${JSON.stringify(catalog, null, 2)}\n`, { headers: { 'Content-Type': 'application/ld+json; charset=utf-8' } });
};
