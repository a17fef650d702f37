import type { APIRoute, GetStaticPaths } from 'astro';
import { JSON_HEADERS } from '../../../features/open-data/build/exports.ts';
import { JSON_SCHEMA_NAMES, jsonSchemaOf } from '../../../features/open-data/build/data-package.ts';
import type { JsonDocumentName } from '../../../features/open-data/build/open-data.ts';

export const getStaticPaths = (() => JSON_SCHEMA_NAMES.map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, site }) =>
  new Response(`${JSON.stringify(jsonSchemaOf(params.name as JsonDocumentName, site!), null, 2)}\n`, { headers: JSON_HEADERS });
