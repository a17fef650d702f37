import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { CSV_HEADERS, openData } from '../../../../data/exports.ts';
import { organisationRelationsCsv } from '../../../../lib/open-data.ts';

export const getStaticPaths = (async () => (await getCollection('actors')).map((actor) => ({ params: { id: actor.data.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => new Response(organisationRelationsCsv(await openData(), params.id!), { headers: CSV_HEADERS });
