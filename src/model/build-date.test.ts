import { describe, expect, it } from 'vitest';
import { buildDate, daysBetween } from './build-date.ts';
import { securityTxt, securityTxtExpires, securityTxtWarning } from '../production/security-txt.ts';

describe('the build date and what is dated from it', () => {
  it('takes BUILD_DATE when it is a real date and refuses anything else, naming it', () => {
    const saved = process.env.BUILD_DATE;
    try {
      process.env.BUILD_DATE = '2028-02-29';
      expect(buildDate()).toBe('2028-02-29');
      for (const bad of ['2027-02-29', '2026-13-01', '1-12-2026', 'today']) {
        process.env.BUILD_DATE = bad;
        expect(() => buildDate()).toThrow(`BUILD_DATE=${bad} is not a real calendar date`);
      }
      delete process.env.BUILD_DATE;
      expect(buildDate()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    } finally {
      if (saved === undefined) delete process.env.BUILD_DATE;
      else process.env.BUILD_DATE = saved;
    }
  });

  it('counts days across a leap day', () => {
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
    expect(daysBetween('2027-03-01', '2027-02-28')).toBe(-1);
  });

  it('lets security.txt expire a year after the build, on a real date, also from 29 February', () => {
    expect(securityTxtExpires('2026-12-01')).toBe('2027-12-01');
    expect(securityTxtExpires('2028-02-29')).toBe('2029-02-28');
    expect(securityTxt('2026-12-01')).toMatch(/^Expires: 2027-12-01T00:00:00\.000Z$/m);
    expect(securityTxt('2026-12-01')).toMatch(/^Contact: https:\/\/www\.nationaalrapporteur\.nl$/m);
  });

  it('warns when a build with an old BUILD_DATE leaves security.txt less than 30 days', () => {
    expect(securityTxtWarning('2026-12-01', '2026-12-01')).toBeUndefined();
    expect(securityTxtWarning('2026-12-01', '2027-11-01')).toBeUndefined();
    expect(securityTxtWarning('2026-12-01', '2027-11-02')).toBe('security.txt: Expires (2027-12-01) is 29 days away: build with a later BUILD_DATE, or without one');
    expect(securityTxtWarning('2026-12-01', '2027-12-02')).toMatch(/has passed/);
  });
});
