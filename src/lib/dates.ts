/** Partial dates (2025-09-05, 2025-09, 2025) as the intervals of time they stand for. */
export type Precision = 'dag' | 'maand' | 'jaar';

export function precisionOf(date: string): Precision {
  return date.length === 10 ? 'dag' : date.length === 7 ? 'maand' : 'jaar';
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
