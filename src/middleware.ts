// Every page passes through here once, at build time: it gets its language and interface text (English pages live
// under /en/), links into the site get the full address they print with, and abbreviations are written out at their
// first use.
import { defineMiddleware } from 'astro:middleware';
import { translator } from './i18n/ui.ts';
import { withPrintAddresses } from './production/print-links.ts';
import { knownAbbreviations, withAbbreviationsWritten } from './production/abbreviations.ts';
import { shownRecords } from './model/records.ts';
import { sectionUrl } from './routes/routes.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const lang = (context.locals.lang = /^\/en(\/|$)/.test(context.url.pathname) ? 'en' : 'nl');
  context.locals.t = translator(lang);
  const response = await next();
  if (!context.site || !response.headers.get('content-type')?.startsWith('text/html')) return response;
  const html = withPrintAddresses(await response.text(), context.site);
  // The records the page showed: today's, or those frozen with the version rendered.
  const { actors, terms } = await shownRecords(context.locals);
  const written = withAbbreviationsWritten(html, knownAbbreviations(actors.values(), terms.values(), lang), [sectionUrl(lang, 'sources')]);
  return new Response(written, { status: response.status, headers: response.headers });
});
