/**
 * The timeline's scale in the browser: what <time-line>, d3-zoom and d3-axis use of d3-scale's scaleUtc (the
 * mapping from time to px and back, domain, range, copy, ticks), computed the same way, without the number and
 * date formatting that comes with d3-scale (about 4 KB gzipped): the axis labels have their own format (axis.ts).
 * The build keeps scaleUtc; at zoom 1 both give the same positions.
 */
import { utcTicks } from 'd3-time';

export interface TimeScale {
  (time: number | Date): number;
  domain(): Date[];
  domain(domain: readonly (number | Date)[]): TimeScale;
  range(): number[];
  range(range: readonly number[]): TimeScale;
  invert(px: number): Date;
  copy(): TimeScale;
  ticks(count?: number): Date[];
}

/** A linear map of [d0, d1] (ms, d0 < d1) onto [r0, r1], as d3's continuous scales interpolate. */
export function timeScale(domain: readonly (number | Date)[], range: readonly number[]): TimeScale {
  const [d0, d1] = domain.map(Number);
  const [r0, r1] = range;
  const between = (a: number, b: number, t: number) => a * (1 - t) + b * t;
  const time = ((value: number | Date) => between(r0, r1, (+value - d0) / (d1 - d0))) as TimeScale;
  time.domain = ((next?: readonly (number | Date)[]) => (next ? timeScale(next, [r0, r1]) : [new Date(d0), new Date(d1)])) as TimeScale['domain'];
  time.range = ((next?: readonly number[]) => (next ? timeScale([d0, d1], next) : [r0, r1])) as TimeScale['range'];
  time.invert = (px) => new Date(Math.round(between(d0, d1, (px - r0) / (r1 - r0))));
  time.copy = () => timeScale([d0, d1], [r0, r1]);
  time.ticks = (count = 10) => utcTicks(new Date(d0), new Date(d1), count);
  return time;
}
