import { describe, expect, it } from 'vitest';
import { badgePath } from './badges.ts';

describe('org chart badges', () => {
  it('draw in the top right corner of a box, inside its right edge', () => {
    for (const badge of ['new', 'changed'] as const) {
      const xs = [...badgePath(badge, 176).matchAll(/M(\d+),/g)].map((m) => Number(m[1]));
      for (const x of xs) {
        expect(x).toBeGreaterThanOrEqual(176 - 16);
        expect(x).toBeLessThan(176);
      }
    }
    expect(badgePath('new', 32)).toBe('M16,4h12v12h-12z M22,6v8 M18,10h8');
    expect(badgePath('changed', 32)).toBe('M22,3l7,7l-7,7l-7,-7z');
  });
});
