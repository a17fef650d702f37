/**
 * What the build hands to <time-line> and what the element reads, defined once for both sides: the element's tag,
 * the UI strings, and the drawing's scale, zoom levels and metrics written on the <svg> (svgData / readSvgData).
 */
import type { TimelineLayout, TimelineOptions } from './build/layout.ts';

export const TIME_LINE_TAG = 'time-line';

/** The UI strings the page renders as JSON beside the element ({name} placeholders are filled in by the element). */
export interface TimelineStrings {
  visible: string;
  selected: string;
  cleared: string;
  copied: string;
  copyFailed: string;
  range: string;
  whole: string;
  close: string;
  listLabel: string;
  filtersActive: string;
}

/** The sizes (px) the browser needs to lay out lanes and labels the way the build did. */
export type TimelineMetrics = Pick<TimelineOptions, 'lineHeight' | 'laneHeader' | 'lanePadding' | 'axisHeight' | 'footerHeight' | 'markGap' | 'minMarkWidth'>;

const METRIC_NAMES = ['lineHeight', 'laneHeader', 'lanePadding', 'axisHeight', 'footerHeight', 'markGap', 'minMarkWidth'] as const satisfies readonly (keyof TimelineMetrics)[];

/** What the element reads from the <svg>: the time scale (domain in ms, range in px), the zoom levels, the metrics. */
export interface TimelineSvgData {
  domain: [number, number];
  range: [number, number];
  levels: number[];
  metrics: TimelineMetrics;
}

/** The <svg>'s data attributes (build side). */
export function svgData(layout: Pick<TimelineLayout, 'domain' | 'range' | 'levels' | 'options'>): Record<string, string> {
  const metrics = Object.fromEntries(METRIC_NAMES.map((name) => [name, layout.options[name]]));
  return {
    'data-domain': layout.domain.join(' '),
    'data-range': layout.range.join(' '),
    'data-levels': layout.levels.join(' '),
    'data-metrics': JSON.stringify(metrics),
  };
}

/** The same, read back from the <svg>'s dataset (browser side). */
export function readSvgData(data: DOMStringMap): TimelineSvgData {
  const numbers = (text: string) => text.split(' ').map(Number);
  return {
    domain: numbers(data.domain!) as [number, number],
    range: numbers(data.range!) as [number, number],
    levels: numbers(data.levels!),
    metrics: JSON.parse(data.metrics!) as TimelineMetrics,
  };
}
