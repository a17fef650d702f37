// The web app manifest: name, colours and icon, so a saved link or home-screen shortcut looks like the site.
import type { APIRoute } from 'astro';
import { t } from '../i18n/ui.ts';

export const GET: APIRoute = () =>
  new Response(
    JSON.stringify(
      {
        name: t('nl', 'siteName'),
        short_name: 'Governance mensenhandel',
        description: t('nl', 'siteTagline'),
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
