// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { mkdirSync, writeFileSync } from 'node:fs';
import { readRedirects } from './src/routes/redirects.ts';
import { redirectPageHtml } from './src/routes/redirect-page.ts';
import { siteUrl } from './src/routes/site-url.ts';
import { contactEmail } from './src/routes/contact-email.ts';
import { filterCss } from './src/features/orgchart/contract.ts';

/** The public origin; set SITE_URL when deploying (src/routes/site-url.ts). */
const site = siteUrl();
/** The publisher's address (CONTACT_EMAIL): checked first, so a build for the public address without one stops at once. */
contactEmail();

/** Redirects live in one file so editors can add them; see content/README.md. */
const redirects = readRedirects(new URL('./content/redirects.yml', import.meta.url));

/**
 * A page of our own for each moved address (Astro's own stubs fail the W3C checker); nginx answers them with 301s.
 * @type {import('astro').AstroIntegration}
 */
const redirectPages = {
  name: 'redirect-pages',
  hooks: {
    'astro:build:done': ({ dir }) => {
      for (const [from, to] of Object.entries(redirects)) {
        const folder = new URL(`.${from}`, dir);
        mkdirSync(folder, { recursive: true });
        writeFileSync(new URL('index.html', folder), redirectPageHtml(from, to, site));
      }
    },
  },
};

/** Stylesheets generated at build time from the vocabulary; a page imports one as `virtual:<name>.css`. */
const GENERATED_CSS = { 'virtual:orgchart-filters.css': filterCss };
/** @type {import('vite').Plugin} */
const generatedCss = {
  name: 'generated-css',
  resolveId: (id) => (id in GENERATED_CSS ? `\0${id}` : undefined),
  load: (id) => (id.startsWith('\0') && id.slice(1) in GENERATED_CSS ? GENERATED_CSS[/** @type {keyof typeof GENERATED_CSS} */ (id.slice(1))]() : undefined),
};

export default defineConfig({
  site,
  // OUT_DIR lets tests build a fixture without touching dist/.
  outDir: process.env.OUT_DIR ?? './dist',
  // A separate cache per output folder lets two builds run side by side (tests build fixtures).
  cacheDir: process.env.OUT_DIR ? `${process.env.OUT_DIR}-cache` : './node_modules/.astro',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  markdown: {
    // `## Title {#anchor}` gives every heading an explicit, permanent id.
    processor: satteri({ features: { headingAttributes: true } }),
  },
  integrations: [mdx(), redirectPages],
  vite: {
    plugins: [generatedCss],
    // The diagrams' shared browser code in one file rather than three small ones: only diagram pages load it. The
    // clipboard lines, which text pages' "Citeer" blocks use too, stay a file of their own so text pages load no more.
    build: {
      rolldownOptions: {
        output: {
          codeSplitting: {
            groups: [
              { name: 'clipboard', test: /src\/layouts\/browser\/clipboard\.ts/, priority: 2 },
              { name: 'diagram', test: /src\/features\/diagram\/(browser\/|keys\.ts|chart-state\.ts)/, priority: 1 },
            ],
          },
        },
      },
    },
  },
  devToolbar: { enabled: false },
  prefetch: false,
});
