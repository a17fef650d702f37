import type { APIRoute } from 'astro';
import { CALENDAR_HEADERS, expectedCalendar } from '../../features/open-data/build/exports.ts';

export const GET: APIRoute = async ({ site }) => new Response(await expectedCalendar('nl', site!), { headers: CALENDAR_HEADERS });
