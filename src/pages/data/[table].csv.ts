import type { APIRoute, GetStaticPaths } from 'astro';
import { CSV_HEADERS, openData } from '../../data/exports.ts';
import { TABLE_NAMES, tableCsv, type TableName } from '../../lib/open-data.ts';

export const getStaticPaths = (() => TABLE_NAMES.map((table) => ({ params: { table } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => new Response(tableCsv(params.table as TableName, await openData()), { headers: CSV_HEADERS });
