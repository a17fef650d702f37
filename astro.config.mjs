// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { readRedirects } from './src/lib/redirects.ts';

/** The public origin; set SITE_URL when deploying. Canonical and hreflang URLs are built from it. */
const site = process.env.SITE_URL ?? 'https://governance-mensenhandel.example';

/** Redirects live in one file so editors can add them; see content/README.md. */
const redirects = readRedirects(new URL('./content/redirects.yml', import.meta.url));

export default defineConfig({
  site,
  // OUT_DIR lets tests build a fixture without touching dist/.
  outDir: process.env.OUT_DIR ?? './dist',
  // A separate cache per output folder lets two builds run side by side (tests build fixtures).
  cacheDir: process.env.OUT_DIR ? `${process.env.OUT_DIR}-cache` : './node_modules/.astro',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  redirects,
  markdown: {
    // `## Title {#anchor}` gives every heading an explicit, permanent id.
    processor: satteri({ features: { headingAttributes: true } }),
  },
  integrations: [mdx()],
  devToolbar: { enabled: false },
  prefetch: false,
});
