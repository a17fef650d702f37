import { describe, expect, it } from 'vitest';
import { isRealDate, partialDate } from './schemas.ts';
import { addYears } from './dates.ts';
import { formatDate, formatNumber } from '../i18n/ui.ts';

describe('dates', () => {
  it('knows real calendar dates', () => {
    expect(isRealDate('2024-02-29')).toBe(true);
    expect(isRealDate('2023-02-29')).toBe(false);
    expect(isRealDate('2025-13')).toBe(false);
    expect(isRealDate('2025-04-31')).toBe(false);
    expect(isRealDate('2025')).toBe(true);
  });

  it('goes back whole years to a real date, also from 29 February', () => {
    expect(addYears('2026-12-01', -2)).toBe('2024-12-01');
    expect(addYears('2028-02-29', -2)).toBe('2026-02-28');
    expect(addYears('2028-02-29', -4)).toBe('2024-02-29');
    expect(isRealDate(addYears('2024-02-29', -1))).toBe(true);
  });

  it('accepts day, month and year precision and keeps it', () => {
    expect(partialDate.parse('2025-09-05')).toBe('2025-09-05');
    expect(partialDate.parse('2025-09')).toBe('2025-09');
    expect(partialDate.parse(2025)).toBe('2025');
    expect(partialDate.parse(new Date(Date.UTC(2026, 10, 29)))).toBe('2026-11-29');
    expect(partialDate.safeParse('5 september 2025').success).toBe(false);
  });

  it('formats a date with exactly its precision', () => {
    expect(formatDate('2025-09-05', 'nl')).toBe('5 september 2025');
    expect(formatDate('2025-09', 'nl')).toBe('september 2025');
    expect(formatDate('2025', 'en')).toBe('2025');
    expect(formatDate('2024-10-07', 'en')).toBe('7 October 2024');
  });

  it('formats numbers per language', () => {
    expect(formatNumber(1372, 'nl')).toBe('1.372');
    expect(formatNumber(1372, 'en')).toBe('1,372');
  });
});
