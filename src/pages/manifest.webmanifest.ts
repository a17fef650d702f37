// The web app manifest: name, colours and icon, so a saved link or home-screen shortcut looks like the site.
import type { APIRoute } from 'astro';

export const GET: APIRoute = ({ locals }) =>
  new Response(
    JSON.stringify(
      {
        name: locals.t('siteName'),
        short_name: 'Governance mensenhandel',
        description: locals.t('siteTagline'),
        lang: 'nl',
        dir: 'ltr',
        start_url: '/',
        scope: '/',
        display: 'browser',
        background_color: '#ffffff',
        theme_color: '#154273',
        icons: [{ src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml' }],
      },
      null,
      2,
    ),
    { headers: { 'Content-Type': 'application/manifest+json' } },
  );
