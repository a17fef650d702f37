import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { JSON_HEADERS, openData } from '../../../../data/exports.ts';
import { organisationRelationsJson } from '../../../../lib/open-data.ts';

export const getStaticPaths = (async () => (await getCollection('actors')).map((actor) => ({ params: { id: actor.data.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => new Response(organisationRelationsJson(await openData(), params.id!), { headers: JSON_HEADERS });
