import { describe, expect, it } from 'vitest';
import { layoutFiguresChart } from './figures-chart.ts';
import type { Figure } from '../../../model/schemas.ts';

describe('figures chart', () => {
  it('leaves a gap for a year without a figure instead of joining the points', () => {
    const figures: Figure[] = [2019, 2020, 2022].map((year) => ({ id: `c${year}`, series: 'comensha', year, value: 1000 + year, sources: ['s'] }));
    const chart = layoutFiguresChart(figures);
    const path = chart.series[0].path;
    expect(path.match(/M/g)).toHaveLength(2);
    expect(chart.series[0].points).toHaveLength(3);
  });

  it('keeps the two counting bases apart', () => {
    const figures: Figure[] = [
      { id: 'a', series: 'comensha', year: 2019, value: 1372, sources: ['s'] },
      { id: 'b', series: 'rapporteur', year: 2019, value: 1334, sources: ['s'] },
    ];
    expect(layoutFiguresChart(figures).series.map((s) => s.id)).toEqual(['comensha', 'rapporteur']);
  });
});
