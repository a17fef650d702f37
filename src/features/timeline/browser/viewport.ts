/**
 * The part of time the timeline shows: d3-zoom along the time axis only, the frame's width, and the moves of
 * presets, buttons and keys. The drawing keeps its scale (text at its own size): in a column narrower than the
 * build's layout, the SVG becomes as wide as the column and shows part of the range, to be panned.
 */
import { select, type Selection } from 'd3-selection';
import { zoom, zoomIdentity, zoomTransform, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import { timeScale, type TimeScale } from './time-scale.ts';
import 'd3-transition';
import { TIMELINE_MIN_SPAN } from '../state.ts';
import { prefersReducedMotion } from '../../diagram/browser/chart-support.ts';

export class TimeViewport {
  /** The scale at zoom 1, and the one shown now. */
  readonly x: TimeScale;
  current: TimeScale;
  /** Width of the drawing as the build laid it out, and of the part shown: less where the column is narrower. */
  readonly fullWidth: number;
  width: number;
  private readonly behavior: ZoomBehavior<SVGSVGElement, unknown>;
  private readonly selection: Selection<SVGSVGElement, unknown, null, undefined>;
  private applying = false;
  private readonly svg: SVGSVGElement;
  private readonly onSettled: () => void;

  /** `onZoom` draws each step of a zoom; `onSettled` records the view once a reader's move has arrived. */
  constructor(svg: SVGSVGElement, domain: readonly [number, number], range: readonly [number, number], onZoom: (transform: ZoomTransform) => void, onSettled: () => void) {
    this.svg = svg;
    this.onSettled = onSettled;
    this.x = timeScale(domain, range);
    this.current = this.x;
    this.fullWidth = this.width = svg.viewBox.baseVal.width;
    const [r0, r1] = range;
    const height = svg.viewBox.baseVal.height;
    const [d0, d1] = domain;
    this.selection = select(svg);
    this.behavior = zoom<SVGSVGElement, unknown>()
      // Out to the packing of everything and no further; in to the shortest period (the same limits as for a link).
      .scaleExtent([1, (d1 - d0) / TIMELINE_MIN_SPAN])
      // The frame: all of the drawing until fitWidth() finds the column narrower.
      .extent([
        [r0, 0],
        [r1, height],
      ])
      .translateExtent([
        [r0, 0],
        [r1, height],
      ])
      // The wheel scrolls the page; Ctrl + wheel (or a pinch on a touchpad) zooms. Dragging pans. Only time is zoomed.
      .filter((event: Event) => (event.type === 'wheel' ? (event as WheelEvent).ctrlKey || (event as WheelEvent).metaKey : !(event as MouseEvent).button))
      .on('zoom', (event) => {
        this.current = (event.transform as ZoomTransform).rescaleX(this.x);
        onZoom(event.transform);
      })
      .on('end', (event) => {
        // A drag or the wheel; a button or key step records the view itself (see step()).
        if (this.applying || !event.sourceEvent) return;
        this.onSettled();
      });
    this.selection.call(this.behavior).on('dblclick.zoom', null);
  }

  transform(): ZoomTransform {
    return zoomTransform(this.svg);
  }

  /** Fits the drawing to a column `available` px wide; returns whether the width changed. */
  fitWidth(available: number): boolean {
    const width = Math.max(Math.min(this.fullWidth, Math.floor(available)), 200);
    if (width === this.width) return false;
    this.width = width;
    const height = this.svg.viewBox.baseVal.height;
    this.svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
    this.svg.setAttribute('width', String(width));
    const [v0, v1] = this.view();
    this.behavior.extent([
      [v0, 0],
      [v1, height],
    ]);
    return true;
  }

  /** Left and right end of the shown part of the range, in SVG px. */
  view(): [number, number] {
    return [this.x.range()[0], this.width - (this.fullWidth - this.x.range()[1])];
  }

  /** The whole range, in ms. */
  extent(): [number, number] {
    const [d0, d1] = this.x.domain().map((d) => d.getTime());
    return [d0, d1];
  }

  /** The period shown, in ms. */
  shownPeriod(): [number, number] {
    const [v0, v1] = this.view();
    return [this.current.invert(v0).getTime(), this.current.invert(v1).getTime()];
  }

  /** The transform that shows [from, to]; where that does not fit at the least zoom, it shows as much from `from` on. */
  transformFor(from: number, to: number): ZoomTransform {
    const [v0, v1] = this.view();
    const [kMin, kMax] = this.behavior.scaleExtent();
    const k = Math.min(Math.max((v1 - v0) / (this.x(to) - this.x(from)), kMin), kMax);
    return zoomIdentity.translate(v0 - k * this.x(from), 0).scale(k);
  }

  /** Everything: at the least zoom, the latest part where the column cannot show it all. */
  wholeView(): ZoomTransform {
    const [, v1] = this.view();
    const [, r1] = this.x.range();
    return v1 >= r1 ? zoomIdentity : zoomIdentity.translate(v1 - r1, 0);
  }

  /** Moves to a view the state asks for (a link, Back, a preset): not a move of the reader's to record. */
  moveTo(transform: ZoomTransform, animate: boolean): void {
    this.applying = true;
    const target = animate && !prefersReducedMotion() ? this.selection.transition().duration(300) : this.selection;
    this.behavior.transform(target as never, transform);
    this.applying = false;
  }

  /** Zooms around `at` (px) when it is in the frame, else around the middle. */
  zoomBy(factor: number, at = NaN): void {
    const [r0, r1] = this.view();
    const point: [number, number] = [at >= r0 && at <= r1 ? at : (r0 + r1) / 2, 0];
    this.step((target) => this.behavior.scaleBy(target as never, factor, point));
  }

  panBy(direction: number): void {
    const [v0, v1] = this.view();
    // A third of the frame; translateBy counts in units before the zoom.
    this.step((target) => this.behavior.translateBy(target as never, (-direction * (v1 - v0)) / 3 / this.transform().k, 0));
  }

  /**
   * A zoom or pan step of a button or key, animated unless the reader prefers less motion; the view is recorded
   * once it has arrived. That is tied to this step's own transition: a step that interrupts a running one (a preset
   * still moving, a second click) must not record the period where the first one was stopped.
   */
  private step(move: (target: unknown) => void): void {
    if (prefersReducedMotion()) {
      move(this.selection);
      this.onSettled();
      return;
    }
    const transition = this.selection.transition().duration(250);
    transition.on('end.url', () => this.onSettled());
    move(transition);
  }
}
