import { describe, expect, it } from 'vitest';
import { scaleUtc } from 'd3-scale';
import { zoomIdentity } from 'd3-zoom';
import { timeScale } from './time-scale.ts';

describe('time scale of the browser', () => {
  const domain: [number, number] = [Date.UTC(1997, 0, 1), Date.UTC(2027, 0, 1)];
  const range: [number, number] = [140.5, 1180];
  const d3 = scaleUtc().domain(domain).range(range);
  const ours = timeScale(domain, range);
  const times = Array.from({ length: 500 }, (_, i) => domain[0] + ((domain[1] - domain[0]) * i) / 499 + i * 7919);

  it("gives the same px, times and ticks as d3's scaleUtc, also rescaled by a zoom", () => {
    for (const transform of [zoomIdentity, zoomIdentity.translate(-300 * 2.7, 0).scale(2.7), zoomIdentity.translate(-90_000, 0).scale(120)]) {
      const [a, b] = [transform.rescaleX(d3), transform.rescaleX(ours)];
      expect(b.domain().map(Number)).toEqual(a.domain().map(Number));
      expect(times.map((t) => b(t))).toEqual(times.map((t) => a(t)));
      expect(times.map((t) => b.invert(a(t)).getTime())).toEqual(times.map((t) => a.invert(a(t)).getTime()));
      for (const count of [8, 10]) expect(b.copy().range(range).ticks(count).map(Number)).toEqual(a.copy().range(range).ticks(count).map(Number));
    }
  });
});
