/**
 * Layout of the yearly victims chart, computed at build time with d3 scales and shapes.
 * Years without a figure become gaps in the line, never interpolated.
 */
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { extent, max, range } from 'd3-array';
import type { Figure } from '../../../model/schemas.ts';

export interface ChartPoint {
  year: number;
  value: number;
  x: number;
  y: number;
  uncertain: boolean;
}

export interface ChartSeries {
  id: Figure['series'];
  path: string;
  points: ChartPoint[];
}

export interface FiguresChart {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
  years: number[];
  xTicks: { x: number; year: number }[];
  yTicks: { y: number; value: number }[];
  series: ChartSeries[];
}

const round = (n: number) => Math.round(n * 10) / 10;

export function layoutFiguresChart(figures: readonly Figure[], width = 720, height = 360): FiguresChart {
  const margin = { top: 16, right: 24, bottom: 40, left: 56 };
  const [first = 2000, last = 2000] = extent(figures, (f) => f.year);
  const years = range(first, last + 1);
  const x = scaleLinear().domain([first, last]).range([margin.left, width - margin.right]);
  const y = scaleLinear()
    .domain([0, max(figures, (f) => f.value) ?? 1])
    .nice()
    .range([height - margin.bottom, margin.top]);

  const ids = [...new Set(figures.map((f) => f.series))].sort();
  const series = ids.map((id) => {
    const byYear = new Map(figures.filter((f) => f.series === id).map((f) => [f.year, f]));
    const values = years.map((year) => byYear.get(year));
    const path =
      line<Figure | undefined>()
        .defined((f) => f !== undefined)
        .x((f) => round(x(f!.year)))
        .y((f) => round(y(f!.value)))(values) ?? '';
    const points = [...byYear.values()]
      .sort((a, b) => a.year - b.year)
      .map((f) => ({ year: f.year, value: f.value, x: round(x(f.year)), y: round(y(f.value)), uncertain: Boolean(f.uncertain) }));
    return { id, path, points };
  });

  const step = years.length > 12 ? 2 : 1;
  return {
    width,
    height,
    margin,
    years,
    xTicks: years.filter((year) => (year - first) % step === 0).map((year) => ({ x: round(x(year)), year })),
    yTicks: y.ticks(5).map((value) => ({ y: round(y(value)), value })),
    series,
  };
}
