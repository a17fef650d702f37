/**
 * The build date, "today" for everything the site says about time (the timeline's marker and presets, expected
 * events that are overdue, security.txt): BUILD_DATE (YYYY-MM-DD) when set, so a build can be reproduced and the
 * tests can check the site as it will be on any day; else the day of the build (UTC).
 */
import { isRealDate } from './schemas.ts';

export function buildDate(): string {
  const fixed = process.env.BUILD_DATE;
  if (fixed === undefined || fixed === '') return new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(fixed) || !isRealDate(fixed)) {
    throw new Error(`BUILD_DATE=${fixed} is not a real calendar date written YYYY-MM-DD (for example 2026-12-01)`);
  }
  return fixed;
}

/** Whole days from one YYYY-MM-DD date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 864e5);
}
