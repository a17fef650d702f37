import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { JSON_HEADERS, openData } from '../../../../features/open-data/build/exports.ts';
import { organisationRelationsJson } from '../../../../features/open-data/build/open-data.ts';

export const getStaticPaths = (async () => (await getCollection('actors')).map((actor) => ({ params: { id: actor.data.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => new Response(organisationRelationsJson(await openData(), params.id!), { headers: JSON_HEADERS });
