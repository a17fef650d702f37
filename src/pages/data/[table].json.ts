import type { APIRoute, GetStaticPaths } from 'astro';
import { JSON_HEADERS, openData } from '../../features/open-data/build/exports.ts';
import { TABLE_NAMES, tableJson, type TableName } from '../../features/open-data/build/open-data.ts';

export const getStaticPaths = (() => TABLE_NAMES.map((table) => ({ params: { table } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => new Response(tableJson(params.table as TableName, await openData()), { headers: JSON_HEADERS });
