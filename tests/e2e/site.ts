/** Pages of the built site for browser tests, with the language each one must have. */
import { htmlPages } from '../dist/site-files.ts';

export const PAGES = htmlPages().map(({ path }) => ({
  path,
  lang: path.startsWith('/en/') ? 'en' : 'nl',
  isNotFound: path === '/404.html' || path === '/en/404/',
}));

/** One page of each kind, for checks that are costly to run on every page. */
export const PAGE_TYPES = [
  '/',
  '/uitleg/',
  '/en/explanation/',
  '/wie-doet-wat/',
  '/tijdlijn/',
  '/organisaties/politie/',
  '/begrippen/',
  '/cijfers/',
  '/vergelijking/',
  '/zoeken/',
  '/register/',
  '/404.html',
];

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
