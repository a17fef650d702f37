/**
 * The site's version: the date of its newest content change, a page's `updated` or a recorded change (a change to a
 * record is recorded in content/data/changes/). The same date on every page, in /data/ and in datapackage.json, and
 * it does not move when unchanged content is built on another day.
 */
export function siteVersion(pages: readonly { updated: string }[], changes: readonly { date: string }[]): string {
  const dates = [...pages.map((page) => page.updated), ...changes.map((change) => change.date)];
  if (!dates.length) throw new Error('The site has no page and no recorded change, so it has no version date.');
  return dates.reduce((newest, date) => (date > newest ? date : newest));
}
