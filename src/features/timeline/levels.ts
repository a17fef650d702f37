/**
 * Zoom levels of the timeline: the zoom factors (over the whole range) for which the build packs the labels, and
 * what the browser needs to use them. Zooming in from a level only moves marks further apart, so the packing of the
 * highest level at or below the current zoom never overlaps. Pure; shared by the build and <time-line>.
 */

export interface LaneMetrics {
  lineHeight: number;
  laneHeader: number;
  lanePadding: number;
}

/** Height of a lane with `slots` text lines. */
export function laneHeight(slots: number, o: LaneMetrics): number {
  return o.laneHeader + o.lanePadding * 2 + Math.max(slots, 1) * o.lineHeight;
}

/** The zoom factors to pack for: doublings up to `maxZoom`, with the presets' own factors replacing the nearest. */
export function zoomLevels(presetZooms: readonly number[], maxZoom: number): number[] {
  const levels = new Set([1]);
  for (let k = 2; k <= maxZoom; k *= 2) if (!presetZooms.some((p) => Math.abs(Math.log2(p / k)) < 0.5)) levels.add(k);
  for (const k of presetZooms) if (k > 1 && k <= maxZoom) levels.add(Math.round(k * 100) / 100);
  return [...levels].sort((a, b) => a - b);
}

/** Index of the highest level at or below zoom `k` (a hair of tolerance for rounding). */
export function levelFor(k: number, levels: readonly number[]): number {
  let index = 0;
  while (index + 1 < levels.length && levels[index + 1] <= k * 1.001) index++;
  return index;
}

/** One number per level, written without the repeats at the end ("3 1 0 0 0" is "3 1 0"). */
export function levelList(values: readonly number[]): string {
  let end = values.length;
  while (end > 1 && values[end - 1] === values[end - 2]) end--;
  return values.slice(0, end).join(' ');
}

/** The value at `level` of a list written by levelList. */
export function atLevel(list: string, level: number): number {
  const values = list.split(' ');
  return Number(values[Math.min(level, values.length - 1)]);
}
