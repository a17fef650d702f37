import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { CSV_HEADERS, openData } from '../../../../features/open-data/build/exports.ts';
import { organisationRelationsCsv } from '../../../../features/open-data/build/open-data.ts';

export const getStaticPaths = (async () => (await getCollection('actors')).map((actor) => ({ params: { id: actor.data.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => new Response(organisationRelationsCsv(await openData(), params.id!), { headers: CSV_HEADERS });
