/** Partial dates (2025-09-05, 2025-09, 2025) as the intervals of time they stand for. */
export type Precision = 'dag' | 'maand' | 'jaar';

export function precisionOf(date: string): Precision {
  return date.length === 10 ? 'dag' : date.length === 7 ? 'maand' : 'jaar';
}

/** True for a real calendar date written YYYY, YYYY-MM or YYYY-MM-DD (no 30 February, no month 13, no year 0). */
export function isRealDate(value: string): boolean {
  const [year, month, day] = value.split('-').map(Number);
  if (month === undefined) return year >= 1000;
  if (month < 1 || month > 12) return false;
  if (day === undefined) return true;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The interval [start, end) in UTC milliseconds that a partial date stands for. */
export function dateInterval(date: string): [number, number] {
  const [y, m, d] = date.split('-').map(Number);
  if (m === undefined) return [Date.UTC(y, 0, 1), Date.UTC(y + 1, 0, 1)];
  if (d === undefined) return [Date.UTC(y, m - 1, 1), Date.UTC(y, m, 1)];
  return [Date.UTC(y, m - 1, d), Date.UTC(y, m - 1, d + 1)];
}

/** The same calendar day `years` later (or earlier, when negative); 29 February becomes 28 February in a common year. */
export function addYears(date: string, years: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const day = new Date(Date.UTC(y + years, m - 1, d));
  if (day.getUTCMonth() !== m - 1) day.setUTCDate(0);
  return day.toISOString().slice(0, 10);
}
