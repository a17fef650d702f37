// For editors, not linked for readers: the claims about the present to re-check on the build date, as `npm run
// validate` and the build list them (src/model/as-of.ts), in a form a program or a spreadsheet can read.
import type { APIRoute } from 'astro';
import { resolve } from 'node:path';
import { readContent } from '../../model/read-content.ts';
import { buildDate } from '../../model/build-date.ts';
import { STALE_AFTER_YEARS, staleClaims } from '../../model/as-of.ts';
import { JSON_HEADERS } from '../../features/open-data/build/exports.ts';

export const GET: APIRoute = () => {
  const today = buildDate();
  const { claims } = readContent(resolve(process.env.CONTENT_DIR ?? 'content'), process.cwd(), { today });
  const toRecheck = staleClaims(claims, today);
  const report = {
    buildDate: today,
    staleAfterMonths: STALE_AFTER_YEARS * 12,
    claims: claims.length,
    toRecheck: toRecheck.map(({ file, line, record, field, asOf, basis, text }) => ({ file, line, record, field, asOf: asOf ?? null, basis, text })),
  };
  return new Response(`${JSON.stringify(report, null, 2)}\n`, { headers: JSON_HEADERS });
};
