import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { expectedEventsCalendar } from '../../lib/ics.ts';
import { eventUrl } from '../../lib/routes.ts';
import { buildDate } from '../../lib/build-date.ts';

export const GET: APIRoute = async ({ site }) => {
  const events = (await getCollection('events')).map((e) => e.data);
  const body = expectedEventsCalendar(events, {
    lang: 'nl',
    host: site!.host,
    url: (id) => new URL(eventUrl('nl', id), site).href,
    stamp: buildDate(),
  });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
