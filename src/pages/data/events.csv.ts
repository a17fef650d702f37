import type { APIRoute } from 'astro';
import { eventsCsv } from '../../data/exports.ts';

export const GET: APIRoute = async () => new Response(await eventsCsv(), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
