import type { APIRoute } from 'astro';
import { CALENDAR_HEADERS, expectedCalendar } from '../../data/exports.ts';

export const GET: APIRoute = async ({ site }) => new Response(await expectedCalendar('en', site!), { headers: CALENDAR_HEADERS });
