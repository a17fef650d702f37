// The DCAT description of the open data (DCAT-AP with the DCAT-AP-DONL values), for catalogues such as data.overheid.nl.
import type { APIRoute } from 'astro';
import { dcatCatalog } from '../../features/citation/dcat.ts';
import { dataFiles, sitePublisher } from '../../features/citation/build/citable-pages.ts';
import { currentSiteVersion, pageByKey } from '../../model/queries.ts';
import { DCAT_FILE, dataFileUrl } from '../../routes/routes.ts';

export const GET: APIRoute = async ({ site }) => {
  const [nl, en] = await Promise.all([pageByKey('nl', 'data'), pageByKey('en', 'data')]);
  const catalog = dcatCatalog({
    url: new URL(dataFileUrl(DCAT_FILE), site).href,
    landingPage: new URL(dataFileUrl(), site).href,
    title: { nl: `${nl!.data.title}: ${sitePublisher('nl', site!).name}`, en: `${en!.data.title}: ${sitePublisher('en', site!).name}` },
    description: { nl: nl!.data.description, en: en!.data.description },
    keywords: ['mensenhandel', 'human trafficking', 'governance', 'Nederland', 'Netherlands'],
    publisher: sitePublisher('nl', site!),
    version: await currentSiteVersion(),
    files: dataFiles(site!),
  });
  return new Response(`${JSON.stringify(catalog, null, 2)}\n`, { headers: { 'Content-Type': 'application/ld+json; charset=utf-8' } });
};
