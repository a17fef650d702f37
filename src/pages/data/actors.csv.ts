import type { APIRoute } from 'astro';
import { actorsCsv } from '../../data/exports.ts';

export const GET: APIRoute = async () => new Response(await actorsCsv(), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
