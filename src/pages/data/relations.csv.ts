import type { APIRoute } from 'astro';
import { relationsCsv } from '../../data/exports.ts';

export const GET: APIRoute = async () => new Response(await relationsCsv(), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
