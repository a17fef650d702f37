import { describe, expect, it } from 'vitest';
import { dateCheckBuildDate } from '../../scripts/lib/test-env.ts';

describe('the date check of npm test', () => {
  it('builds on the first 29 February at least two years ahead', () => {
    expect(dateCheckBuildDate('2026-02-28')).toBe('2028-02-29');
    expect(dateCheckBuildDate('2026-03-01')).toBe('2032-02-29');
    expect(dateCheckBuildDate('2026-12-06')).toBe('2032-02-29');
    expect(dateCheckBuildDate('2030-02-28')).toBe('2032-02-29');
    expect(dateCheckBuildDate('2030-03-01')).toBe('2036-02-29');
  });
});
