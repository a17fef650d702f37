import type { APIRoute, GetStaticPaths } from 'astro';
import { CSV_HEADERS, openData } from '../../features/open-data/build/exports.ts';
import { TABLE_NAMES, tableCsv, type TableName } from '../../features/open-data/build/open-data.ts';

export const getStaticPaths = (() => TABLE_NAMES.map((table) => ({ params: { table } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => new Response(tableCsv(params.table as TableName, await openData()), { headers: CSV_HEADERS });
