/** The main menu and the footer links, in both languages. */
import type { Lang } from '../model/schemas.ts';
import { pageUrl } from './routes.ts';

export interface NavItem {
  label: Record<Lang, string>;
  path: Record<Lang, string>;
}

/** The guided story: where a reader who will not explore begins, so first in the menu; the explorer links to it. */
export const STORY_NAV: NavItem = { label: { nl: 'In stappen', en: 'In steps' }, path: { nl: 'in-stappen', en: 'in-steps' } };

export const MAIN_NAV: NavItem[] = [
  STORY_NAV,
  { label: { nl: 'Uitleg', en: 'Explanation' }, path: { nl: 'uitleg', en: 'explanation' } },
  { label: { nl: 'Het advies', en: 'The advice' }, path: { nl: 'advies', en: 'advice' } },
  { label: { nl: 'Wie doet wat', en: 'Who does what' }, path: { nl: 'wie-doet-wat', en: 'who-does-what' } },
  { label: { nl: 'Tijdlijn', en: 'Timeline' }, path: { nl: 'tijdlijn', en: 'timeline' } },
  { label: { nl: 'Stand van zaken', en: 'Current state' }, path: { nl: 'stand-van-zaken', en: 'current-state' } },
  { label: { nl: 'Begrippen', en: 'Glossary' }, path: { nl: 'begrippen', en: 'glossary' } },
];

/** Every page, organisation, event and term from A to Z: the way in without JavaScript or search. */
export const AZ_INDEX: NavItem = { label: { nl: 'Register A–Z', en: 'A–Z index' }, path: { nl: 'register', en: 'index' } };

export const FOOTER_NAV: NavItem[] = [
  { label: { nl: 'Over deze uitleg', en: 'About this explanation' }, path: { nl: 'over', en: 'about' } },
  AZ_INDEX,
  { label: { nl: 'Bronnen', en: 'Sources' }, path: { nl: 'bronnen', en: 'sources' } },
  { label: { nl: 'Toegankelijkheid', en: 'Accessibility' }, path: { nl: 'toegankelijkheidsverklaring', en: 'accessibility-statement' } },
  { label: { nl: 'Privacy', en: 'Privacy' }, path: { nl: 'privacy', en: 'privacy' } },
  { label: { nl: 'Colofon', en: 'Colophon' }, path: { nl: 'colofon', en: 'colophon' } },
];

export function navHref(item: NavItem, lang: Lang): string {
  return pageUrl(lang, item.path[lang]);
}

/** True when `current` is the item's page or below it. */
export function isCurrent(item: NavItem, lang: Lang, current: string): boolean {
  const href = navHref(item, lang);
  return current === href || current.startsWith(href);
}
