import { describe, expect, it } from 'vitest';
import { readSvgData, svgData } from './contract.ts';
import { DEFAULT_TIMELINE } from './build/layout.ts';

/** The dataset a browser makes of data-* attributes. */
const dataset = (attributes: Record<string, string>): DOMStringMap =>
  Object.fromEntries(Object.entries(attributes).map(([name, value]) => [name.slice(5).replace(/-(\w)/g, (_, c: string) => c.toUpperCase()), value]));

describe('timeline contract', () => {
  it('reads back what the build writes on the <svg>: scale, zoom levels and metrics by name', () => {
    const layout = { domain: [0, 3e11] as [number, number], range: [140, 1180] as [number, number], levels: [1, 2, 4.35], options: DEFAULT_TIMELINE };
    const read = readSvgData(dataset(svgData(layout)));
    expect(read.domain).toEqual(layout.domain);
    expect(read.range).toEqual(layout.range);
    expect(read.levels).toEqual(layout.levels);
    expect(read.metrics).toEqual({
      lineHeight: DEFAULT_TIMELINE.lineHeight,
      laneHeader: DEFAULT_TIMELINE.laneHeader,
      lanePadding: DEFAULT_TIMELINE.lanePadding,
      axisHeight: DEFAULT_TIMELINE.axisHeight,
      footerHeight: DEFAULT_TIMELINE.footerHeight,
      markGap: DEFAULT_TIMELINE.markGap,
      minMarkWidth: DEFAULT_TIMELINE.minMarkWidth,
    });
  });
});
