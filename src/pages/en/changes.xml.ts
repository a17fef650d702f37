// The Atom feed of content changes, in English.
import type { APIRoute } from 'astro';
import { changesFeedResponse } from '../../features/versions/build/changes-feed.ts';

export const GET: APIRoute = ({ site }) => changesFeedResponse('en', site!);
