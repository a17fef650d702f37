// One RIS file per citable page, for reference managers: /citeer/uitleg.ris (see citationFileUrl in src/routes).
import type { APIRoute, GetStaticPaths } from 'astro';
import { citableWorks } from '../../features/citation/build/citable-pages.ts';
import { RIS_MEDIA_TYPE, risRecord, type CitableWork } from '../../features/citation/citation.ts';
import { siteUrl } from '../../routes/site-url.ts';
import { citationFileUrl } from '../../routes/routes.ts';

export const getStaticPaths = (async () => {
  const works = await citableWorks(new URL(siteUrl()));
  return [...works].map(([path, work]) => ({ params: { path: citationFileUrl(path).slice('/citeer/'.length, -'.ris'.length) }, props: { work } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ work: CitableWork }> = ({ props }) =>
  new Response(risRecord(props.work), { headers: { 'Content-Type': `${RIS_MEDIA_TYPE}; charset=utf-8` } });
