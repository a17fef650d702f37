// The Atom feed of content changes, in Dutch; /en/changes.xml is the English one.
import type { APIRoute } from 'astro';
import { changesFeedResponse } from '../features/versions/build/changes-feed.ts';

export const GET: APIRoute = ({ site }) => changesFeedResponse('nl', site!);
