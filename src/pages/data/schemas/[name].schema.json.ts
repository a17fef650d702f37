import type { APIRoute, GetStaticPaths } from 'astro';
import { JSON_HEADERS } from '../../../data/exports.ts';
import { JSON_SCHEMA_NAMES, jsonSchemaOf } from '../../../lib/data-package.ts';
import type { JsonDocumentName } from '../../../lib/open-data.ts';

export const getStaticPaths = (() => JSON_SCHEMA_NAMES.map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, site }) =>
  new Response(`${JSON.stringify(jsonSchemaOf(params.name as JsonDocumentName, site!), null, 2)}\n`, { headers: JSON_HEADERS });
