/** "Today" for the timeline's marker: BUILD_DATE (YYYY-MM-DD) when set, so builds can be reproduced; else the build day. */
export function buildDate(): string {
  const fixed = process.env.BUILD_DATE;
  if (fixed && /^\d{4}-\d{2}-\d{2}$/.test(fixed)) return fixed;
  return new Date().toISOString().slice(0, 10);
}
