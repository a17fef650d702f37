import type { APIRoute } from 'astro';
import { jsonOf } from '../../data/exports.ts';

export const GET: APIRoute = async () => new Response(await jsonOf('events'), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
