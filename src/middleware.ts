// Every page passes through here once, at build time: it gets its language and interface text (English pages live
// under /en/), and links into the site get the full address they print with.
import { defineMiddleware } from 'astro:middleware';
import { translator } from './i18n/ui.ts';
import { withPrintAddresses } from './production/print-links.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  context.locals.lang = /^\/en(\/|$)/.test(context.url.pathname) ? 'en' : 'nl';
  context.locals.t = translator(context.locals.lang);
  const response = await next();
  if (!context.site || !response.headers.get('content-type')?.startsWith('text/html')) return response;
  return new Response(withPrintAddresses(await response.text(), context.site), { status: response.status, headers: response.headers });
});
