// Every page passes through here once, at build time: links into the site get the full address they print with.
import { defineMiddleware } from 'astro:middleware';
import { withPrintAddresses } from './production/print-links.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  if (!context.site || !response.headers.get('content-type')?.startsWith('text/html')) return response;
  return new Response(withPrintAddresses(await response.text(), context.site), { status: response.status, headers: response.headers });
});
