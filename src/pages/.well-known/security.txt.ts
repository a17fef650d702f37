// /.well-known/security.txt, dated from the build (src/production/security-txt.ts).
import type { APIRoute } from 'astro';
import { buildDate } from '../../model/build-date.ts';
import { securityTxt, securityTxtWarning } from '../../production/security-txt.ts';

export const GET: APIRoute = () => {
  const warning = securityTxtWarning(buildDate(), new Date().toISOString().slice(0, 10));
  if (warning) console.warn(`⚠ ${warning}`);
  return new Response(securityTxt(buildDate()), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
