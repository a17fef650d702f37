import type { APIRoute } from 'astro';
import { CALENDARS, JSON_HEADERS, expectedCalendar, openData } from '../../features/open-data/build/exports.ts';
import { TABLE_NAMES, tableCsv, tableJson } from '../../features/open-data/build/open-data.ts';
import { dataPackage } from '../../features/open-data/build/data-package.ts';
import { currentSiteVersion } from '../../model/queries.ts';

export const GET: APIRoute = async ({ site }) => {
  const data = await openData();
  const files: Record<string, string> = {};
  for (const name of TABLE_NAMES) {
    files[`${name}.csv`] = tableCsv(name, data);
    files[`${name}.json`] = tableJson(name, data);
  }
  for (const { path, lang } of CALENDARS) files[path] = await expectedCalendar(lang, site!);
  const descriptor = dataPackage({ site: site!, version: await currentSiteVersion(), sources: data.sources, files, calendars: CALENDARS });
  return new Response(`${JSON.stringify(descriptor, null, 2)}\n`, { headers: JSON_HEADERS });
};
