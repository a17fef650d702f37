/**
 * The timeline's drawing for the current zoom: lanes at the heights of the zoom level, events at their places and
 * labels beside them, writing only what changed. Cost stays with what is shown: a pan moves all events with one
 * transform; a zoom step or a level change redraws only the events inside the shown period plus a margin, and an
 * event far from it (or, in a very tall drawing, far from the screen) is taken out of the document.
 */
import type { ZoomTransform } from 'd3-zoom';
import { atLevel, laneHeight, levelFor } from '../levels.ts';
import type { TimelineMetrics } from '../contract.ts';
import { setIfChanged } from '../../diagram/browser/chart-support.ts';
import type { Mark } from './marks.ts';
import type { TimeViewport } from './viewport.ts';
import { TimeAxis } from './axis.ts';

/** Events this far (px) after the frame are still drawn, so that short pans need no redrawing. */
const MARGIN = 600;
/** A drawing taller than this many screens draws only the events near the screen (a synthetic 2,000 events do). */
const TALL = 3;

export interface DrawingOptions {
  metrics: TimelineMetrics;
  levels: number[];
  lang: 'nl' | 'en';
  /** Whether the filters show a lane. */
  laneShown: (lane: string) => boolean;
  /** Events that stay in the document wherever they are (the focused one, the chosen one). */
  keep: (mark: Mark) => boolean;
}

export class TimelineDrawing {
  private readonly lanes = new Map<string, { background: SVGGElement; events: SVGGElement }>();
  private readonly eventsGroup: SVGGElement;
  private readonly axis: TimeAxis;
  /** Top of each shown lane's events, in SVG px. */
  private readonly laneTops = new Map<string, number>();
  private level = 0;
  private version = 0;
  private drawnK = 1;
  private drawnX = 0;
  /** Set when the vertical layout changed (level, lanes shown): every event shown must be redrawn. */
  private stale = false;
  private scrollPending = false;
  /** Where the drawing starts on the page; forgotten when the page's layout may have changed. */
  pageTop?: number;

  private readonly svg: SVGSVGElement;
  private readonly marks: readonly Mark[];
  private readonly viewport: TimeViewport;
  private readonly options: DrawingOptions;

  constructor(svg: SVGSVGElement, marks: readonly Mark[], viewport: TimeViewport, options: DrawingOptions) {
    this.svg = svg;
    this.marks = marks;
    this.viewport = viewport;
    this.options = options;
    this.eventsGroup = svg.querySelector('.events')!;
    this.axis = new TimeAxis(svg, options.lang, options.metrics.footerHeight);
    for (const background of svg.querySelectorAll<SVGGElement>('.lanes .lane')) {
      this.lanes.set(background.dataset.lane!, { background, events: svg.querySelector(`.lane-events[data-lane="${background.dataset.lane}"]`)! });
    }
  }

  /** The lanes' groups of events with each lane's name, for the element to give them their roles. */
  laneEventGroups(): { events: SVGGElement; name: string }[] {
    return [...this.lanes.values()].map(({ background, events }) => ({ events, name: background.querySelector('.lane__label')?.textContent?.trim() ?? '' }));
  }

  isDrawn(mark: Mark): boolean {
    return this.laneTops.has(mark.lane);
  }

  /**
   * Draws the drawing for `transform`; `band` is best read before anything is written, so that measuring it forces
   * no layout. Returns false where there was nothing to do: at the identity transform the build's markup is exact.
   */
  render(transform: ZoomTransform, band = this.band()): boolean {
    const level = levelFor(transform.k, this.options.levels);
    // Skipping the work at the start keeps page load light.
    if (this.version === 0 && transform.k === 1 && transform.x === 0) return false;
    if (level !== this.level) {
      this.level = level;
      this.layOutLanes();
    }
    if (transform.k !== this.drawnK || this.version === 0 || this.stale) {
      this.version += 1;
      this.stale = false;
      this.drawnK = transform.k;
      this.drawnX = transform.x;
    }
    setIfChanged(this.eventsGroup, 'transform', transform.x === this.drawnX ? null : `translate(${(transform.x - this.drawnX).toFixed(1)},0)`);
    this.drawEvents(transform, band);
    this.axis.draw(this.viewport);
    return true;
  }

  /**
   * Draws the events near what is shown and takes the others out of the document: hidden elements still cost
   * Chromium time whenever the drawing changes size. An event keeps its place among its lane's events (date order),
   * and the focused and the chosen event (and `also`) always stay.
   */
  drawEvents(transform: ZoomTransform, [top, bottom]: [number, number] = this.band(), also?: Mark): void {
    const [r0, r1] = this.viewport.view();
    const { k, x: tx } = transform;
    const { lineHeight } = this.options.metrics;
    // Backwards, so that each event that comes back goes in before the next event that is in the document.
    const next = new Map<string, SVGGElement | null>();
    for (let i = this.marks.length - 1; i >= 0; i--) {
      const mark = this.marks[i];
      const laneTop = this.laneTops.get(mark.lane);
      // A lane filtered out is not drawn at all; its events are redrawn when it comes back.
      if (laneTop === undefined) continue;
      const left = k * mark.x0 + tx;
      const right = k * mark.x1 + tx;
      const y = laneTop + mark.slots[Math.min(this.level, mark.slots.length - 1)] * lineHeight;
      // Before the frame nothing is drawn (a label there would show cut off); after it, a margin is kept drawn.
      const near = (right >= r0 && left <= r1 + MARGIN && y + 2 * lineHeight >= top && y <= bottom) || mark === also || this.options.keep(mark);
      if (near) {
        if (!mark.attached) {
          mark.parent.insertBefore(mark.event, next.get(mark.lane) ?? null);
          mark.attached = true;
        }
        this.drawMark(mark, transform, r0, r1);
        next.set(mark.lane, mark.event);
      } else if (mark.attached) {
        mark.event.remove();
        mark.attached = false;
      }
    }
  }

  /** Draws one event for the current zoom and level, writing only what changed. */
  private drawMark(mark: Mark, transform: ZoomTransform, r0: number, r1: number): void {
    const { k, x: tx } = transform;
    const { lineHeight, minMarkWidth } = this.options.metrics;
    const width = mark.rect ? Math.max(k * (mark.x1 - mark.x0), minMarkWidth) : minMarkWidth;
    this.placeLabel(mark, k * mark.x0 + tx, width, r0, r1);
    if (mark.drawn === this.version) return;
    mark.drawn = this.version;
    const slot = mark.slots[Math.min(this.level, mark.slots.length - 1)];
    mark.event.setAttribute('transform', `translate(${(k * mark.x0 + this.drawnX).toFixed(1)},${slot * lineHeight + lineHeight / 2})`);
    if (mark.rect) mark.rect.setAttribute('width', width.toFixed(1));
  }

  /**
   * The label beside its mark, before it (flush right) or after it, as the build packed it for this level. Where
   * the frame [r0, r1] would cut it, it is hidden, never shown in part; a period's label then moves onto the visible
   * part of its bar if it fits there (the packing keeps the bar's own extent free of other labels).
   */
  private placeLabel(mark: Mark, left: number, width: number, r0: number, r1: number): void {
    const { markGap } = this.options.metrics;
    const before = mark.before[Math.min(this.level, mark.before.length - 1)] === '1';
    const start = before ? left - markGap - mark.labelWidth : left + width + markGap;
    const cut = start < r0 || start + mark.labelWidth > r1;
    const onBar = cut && mark.canGoOnBar && left < r0 && Math.min(left + width, r1) - r0 >= mark.labelWidth + 2 * markGap;
    const at = onBar ? `bar ${(r0 + markGap - left).toFixed(1)}` : `${before ? 'before' : 'after'} ${cut ? 'hidden' : ''} ${width.toFixed(1)}`;
    if (at === mark.labelAt) return;
    mark.labelAt = at;
    const x = onBar ? r0 + markGap - left : before ? -markGap : width + markGap;
    mark.label.setAttribute('transform', `translate(${x.toFixed(1)},0)`);
    setIfChanged(mark.label, 'text-anchor', before && !onBar ? 'end' : null);
    setIfChanged(mark.label, 'visibility', cut && !onBar ? 'hidden' : null);
  }

  /** Lane heights of the current level, without the lanes filtered out; sets the drawing's height. */
  layOutLanes(): void {
    const { metrics } = this.options;
    const { axisHeight, footerHeight, laneHeader, lanePadding } = metrics;
    let top = axisHeight;
    this.laneTops.clear();
    for (const [lane, { background, events }] of this.lanes) {
      const shown = this.options.laneShown(lane);
      background.toggleAttribute('data-hidden', !shown);
      events.toggleAttribute('data-hidden', !shown);
      if (!shown) continue;
      this.laneTops.set(lane, top + laneHeader + lanePadding);
      const height = laneHeight(atLevel(background.dataset.slots!, this.level), metrics);
      background.setAttribute('transform', `translate(0,${top})`);
      background.querySelector('rect')!.setAttribute('height', String(height));
      events.setAttribute('transform', `translate(0,${top + laneHeader + lanePadding})`);
      top += height;
    }
    const height = top + footerHeight;
    this.svg.setAttribute('viewBox', `0 0 ${this.viewport.width} ${height}`);
    this.svg.setAttribute('height', String(height));
    this.svg.querySelectorAll('.axis .tick line, .today line').forEach((line) => line.setAttribute('y2', String(height - footerHeight)));
    this.svg.querySelector('.today text')?.setAttribute('y', String(height - 7));
    this.stale = true;
    if (this.axis.started) this.axis.draw(this.viewport);
  }

  /**
   * The vertical band of the drawing (SVG px) whose events are drawn: all of it, unless the drawing is more than
   * TALL screens high; then the screen and one screen above and below it.
   */
  band(): [number, number] {
    const height = this.svg.viewBox.baseVal.height;
    if (height <= TALL * innerHeight) return [-Infinity, Infinity];
    const top = (this.pageTop ?? this.measureTop()) - scrollY;
    return [-top - innerHeight, -top + 2 * innerHeight];
  }

  /**
   * Where the drawing starts on the page, read at quiet moments (a frame after a scroll, a resize) and kept: read
   * during an interaction, after writes, it would force a layout of the whole page.
   */
  private measureTop(): number {
    return (this.pageTop = this.svg.getBoundingClientRect().top + scrollY);
  }

  /** After a scroll, draws the events that came near the screen in a tall drawing. */
  onScroll(): void {
    if (this.scrollPending || this.svg.viewBox.baseVal.height <= TALL * innerHeight) return;
    this.scrollPending = true;
    requestAnimationFrame(() => {
      this.scrollPending = false;
      this.measureTop();
      this.drawEvents(this.viewport.transform(), this.band());
    });
  }
}
