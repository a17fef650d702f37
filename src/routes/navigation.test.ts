import { describe, expect, it } from 'vitest';
import { pageUrl, actorUrl, termUrl, otherLang } from './routes.ts';
import { isCurrent, MAIN_NAV } from './navigation.ts';

describe('routes and navigation', () => {
  it('builds paths per language', () => {
    expect(pageUrl('nl', '')).toBe('/');
    expect(pageUrl('en', 'advice')).toBe('/en/advice/');
    expect(actorUrl('en', 'politie')).toBe('/en/organisations/politie/');
    expect(termUrl('nl', 'regie')).toBe('/begrippen/#regie');
    expect(otherLang('nl')).toBe('en');
  });

  it('marks the current section in the menu', () => {
    const uitleg = MAIN_NAV.find((item) => item.path.nl === 'uitleg')!;
    expect(isCurrent(uitleg, 'nl', '/uitleg/')).toBe(true);
    expect(isCurrent(uitleg, 'nl', '/advies/')).toBe(false);
  });

  it('opens with the guided story', () => {
    expect(MAIN_NAV[0].path).toEqual({ nl: 'in-stappen', en: 'in-steps' });
    expect(isCurrent(MAIN_NAV[0], 'en', '/en/in-steps/')).toBe(true);
  });
});
