/**
 * <time-line>: enhances the build-time timeline SVG with zoom and pan along time, presets, filters, selection,
 * keyboard movement in date order, deep links and export. Positions and label packings come from the build (data
 * attributes); here only the horizontal scale changes, and with it the zoom level whose packing is used.
 *
 * Cost stays with what is shown: a pan moves all events with one transform; a zoom step or a level change redraws
 * only the events inside the shown period plus a margin and takes the rest out of the rendering (display: none).
 */
import { select, type Selection } from 'd3-selection';
import { zoom, zoomIdentity, zoomTransform, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import { scaleUtc, type ScaleTime } from 'd3-scale';
import { axisTop } from 'd3-axis';
import 'd3-transition';
import { parseTimelineState, rangeParams, timelineRange, timelineSearch, TIMELINE_MIN_SPAN, type TimelineState } from '../../diagram/chart-state.ts';
import { LANES, EVENT_KINDS } from '../../../model/vocabulary.ts';
import { tickLabelFits } from '../axis.ts';
import { atLevel, laneHeight, levelFor } from '../levels.ts';
import { announce, copyText, fill, prefersReducedMotion, readStrings, setIfChanged } from '../../diagram/browser/chart-support.ts';
import { downloadPng, downloadSvg } from '../../diagram/browser/chart-export.ts';

interface Strings {
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

interface Mark {
  event: SVGGElement;
  id: string;
  lane: string;
  kind: string;
  /** Filtered out by its kind. */
  hidden: boolean;
  /** Its place among the events shown, and their number, as last written (aria-posinset, aria-setsize). */
  position: string;
  setSize: string;
  start: number;
  end: number;
  /** Left and right end of the interval at zoom 1, in px. */
  x0: number;
  x1: number;
  /** Slot of the mark in its lane, per zoom level. */
  slots: number[];
  before: string;
  rect: SVGRectElement | null;
  label: SVGTextElement;
  /** Width of the label, and whether it may move onto its bar (a period with a one-line label). */
  labelWidth: number;
  canGoOnBar: boolean;
  /** Where the label is now: beside the mark, on its bar, or hidden because the frame would cut it. */
  labelAt?: string;
  /** Version of the drawing its position was last written for; 0 is the build's markup. */
  drawn: number;
  /** The lane's group of events, and whether the event is in it: an event far from what is shown is taken out. */
  parent: SVGGElement;
  attached: boolean;
}

/** Events this far (px) after the frame are still drawn, so that short pans need no redrawing. */
const MARGIN = 600;
/** A drawing taller than this many screens draws only the events near the screen (a synthetic 2,000 events do). */
const TALL = 3;
const ZOOM_STEP = 1.6;

class TimeLine extends HTMLElement {
  private svg!: SVGSVGElement;
  private marks: Mark[] = [];
  private markById = new Map<string, Mark>();
  private laneGroups = new Map<string, { background: SVGGElement; events: SVGGElement }>();
  private axis!: SVGGElement;
  private eventsGroup!: SVGGElement;
  private stage!: HTMLElement;
  private panel!: HTMLElement;
  private status!: HTMLElement;
  private toolbar!: HTMLElement;
  private strings!: Strings;
  private state!: TimelineState;
  private x!: ScaleTime<number, number>;
  private current!: ScaleTime<number, number>;
  private zoomBehavior!: ZoomBehavior<SVGSVGElement, unknown>;
  private svgSelection!: Selection<SVGSVGElement, unknown, null, undefined>;
  private levels: number[] = [1];
  private metrics = { lineHeight: 17, laneHeader: 22, lanePadding: 4, axisHeight: 28, footerHeight: 24, markGap: 5, minMarkWidth: 8 };
  private level = 0;
  private version = 0;
  private drawnK = 1;
  private drawnX = 0;
  /** Width of the drawing as the build laid it out, and of the part shown: less where the column is narrower. */
  private fullWidth = 0;
  private width = 0;
  private active?: string;
  private applyingState = false;
  private axisDrawn = false;

  connectedCallback(): void {
    performance.mark('time-line:start');
    this.svg = this.querySelector('svg.timeline-svg')!;
    this.axis = this.svg.querySelector('[data-axis]')!;
    this.eventsGroup = this.svg.querySelector('.events')!;
    this.stage = this.querySelector('[data-stage]')!;
    this.panel = this.querySelector('[data-panel]')!;
    this.status = this.querySelector('[data-live]')!;
    this.toolbar = this.querySelector('[data-toolbar]')!;
    this.strings = readStrings<Strings>(this);
    const [d0, d1] = this.svg.dataset.domain!.split(' ').map(Number);
    const [r0, r1] = this.svg.dataset.range!.split(' ').map(Number);
    this.x = scaleUtc().domain([d0, d1]).range([r0, r1]);
    this.current = this.x;
    this.fullWidth = this.width = this.svg.viewBox.baseVal.width;
    this.levels = this.svg.dataset.levels!.split(' ').map(Number);
    const [lineHeight, laneHeader, lanePadding, axisHeight, footerHeight, markGap, minMarkWidth] = this.svg.dataset.metrics!.split(' ').map(Number);
    this.metrics = { lineHeight, laneHeader, lanePadding, axisHeight, footerHeight, markGap, minMarkWidth };
    for (const background of this.svg.querySelectorAll<SVGGElement>('.lanes .lane')) {
      this.laneGroups.set(background.dataset.lane!, { background, events: this.svg.querySelector(`.lane-events[data-lane="${background.dataset.lane}"]`)! });
    }
    this.marks = [...this.svg.querySelectorAll<SVGGElement>('g.event')]
      .map((event) => ({
        event,
        id: event.dataset.id!,
        lane: event.dataset.lane!,
        kind: event.dataset.kind!,
        hidden: false,
        position: '',
        setSize: '',
        start: Number(event.dataset.start),
        end: Number(event.dataset.end),
        x0: this.x(Number(event.dataset.start)),
        x1: this.x(Number(event.dataset.end)),
        slots: event.dataset.slots!.split(' ').map(Number),
        before: event.dataset.before ?? '',
        rect: event.querySelector<SVGRectElement>('rect.event__mark'),
        label: event.querySelector<SVGTextElement>('.event__label')!,
        labelWidth: Number(event.dataset.labelWidth),
        canGoOnBar: event.dataset.period !== undefined && event.querySelectorAll('tspan').length === 1,
        drawn: 0,
        parent: event.parentElement as unknown as SVGGElement,
        attached: true,
      }))
      .sort((a, b) => a.start - b.start || a.id.localeCompare(b.id));
    for (const mark of this.marks) this.markById.set(mark.id, mark);
    this.makeAccessible();
    this.setUpZoom();
    this.wireToolbar();
    this.restore();
    // Also called once at the start, after layout and before the first paint: reading the width here would force a layout.
    new ResizeObserver(([entry]) => {
      this.pageTop = undefined;
      if (this.fitWidth(entry.contentRect.width)) this.applyRange(false);
    }).observe(this.querySelector('[data-viewport]')!);
    // The controls above the drawing change height when the filters open: the drawing moves.
    new ResizeObserver(() => (this.pageTop = undefined)).observe(this.toolbar);
    this.dataset.enhanced = '';
    performance.measure('time-line:enhance', 'time-line:start');
    window.addEventListener('popstate', () => this.restore());
    window.addEventListener('scroll', () => this.onScroll(), { passive: true });
    // A tall drawing sheds the events far from the screen while the reader has not yet done anything.
    const shed = () => this.drawEvents(zoomTransform(this.svg), this.band());
    if ('requestIdleCallback' in window) requestIdleCallback(shed);
    else setTimeout(shed);
    window.addEventListener('hashchange', () => this.restore());
  }

  /** State from the URL; an event anchor (#id) from another page selects that event too. Anything malformed is ignored. */
  private restore(): void {
    this.state = parseTimelineState(location.search, new Set(this.markById.keys()), this.extent());
    const hash = safeDecode(location.hash.slice(1));
    const fromHash = !this.state.event && hash !== undefined && this.markById.has(hash);
    if (fromHash) this.state.event = hash;
    this.applyFilters(false);
    this.applyRange(false);
    if (this.state.event && !this.state.from) this.showEvent(this.markById.get(this.state.event)!, false);
    this.showSelection(!fromHash && Boolean(this.state.event));
  }

  private extent(): [number, number] {
    const [d0, d1] = this.x.domain().map((d) => d.getTime());
    return [d0, d1];
  }

  private makeAccessible(): void {
    const viewport = this.querySelector<HTMLElement>('[data-viewport]')!;
    viewport.removeAttribute('tabindex');
    viewport.removeAttribute('aria-labelledby');
    this.svg.setAttribute('role', 'group');
    this.svg.setAttribute('aria-describedby', `${this.svg.getAttribute('aria-describedby')} tijdlijn-hulp`);
    this.svg.querySelectorAll('.lanes, .axis, .today').forEach((group) => group.setAttribute('aria-hidden', 'true'));
    this.eventsGroup.setAttribute('role', 'listbox');
    this.eventsGroup.setAttribute('aria-label', this.strings.listLabel);
    for (const { events } of this.laneGroups.values()) events.setAttribute('role', 'presentation');
    for (const mark of this.marks) {
      const { event } = mark;
      event.setAttribute('role', 'option');
      event.setAttribute('aria-selected', 'false');
      event.setAttribute('tabindex', '-1');
      event.setAttribute('aria-label', event.dataset.name!);
      event.querySelector('title')?.remove();
      event.addEventListener('click', () => {
        this.focusEvent(mark.id);
        this.update({ event: this.state.event === mark.id ? undefined : mark.id });
      });
    }
    this.eventsGroup.addEventListener('keydown', (event) => this.onKey(event as KeyboardEvent));
    this.panel.addEventListener('click', (event) => {
      if ((event.target as Element).closest('[data-close]')) this.closePanel();
    });
    this.panel.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') this.closePanel();
    });
  }

  private closePanel(): void {
    const id = this.state.event;
    this.update({ event: undefined });
    if (id) this.focusEvent(id);
  }

  private setUpZoom(): void {
    const [r0, r1] = this.x.range();
    const height = this.svg.viewBox.baseVal.height;
    const [d0, d1] = this.extent();
    this.svgSelection = select(this.svg);
    this.zoomBehavior = zoom<SVGSVGElement, unknown>()
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
      .on('zoom', (event) => this.render(event.transform))
      .on('end', (event) => {
        // A drag or the wheel; a button or key step writes the URL itself (see step()).
        if (this.applyingState || !event.sourceEvent) return;
        this.rangeToUrl();
      });
    this.svgSelection.call(this.zoomBehavior).on('dblclick.zoom', null);
  }

  /**
   * The drawing keeps its scale (text at its own size): in a column narrower than the build's layout, the SVG
   * becomes as wide as the column and shows part of the range, to be panned. Returns whether the width changed.
   */
  private fitWidth(available: number): boolean {
    const width = Math.max(Math.min(this.fullWidth, Math.floor(available)), 200);
    if (width === this.width) return false;
    this.width = width;
    const height = this.svg.viewBox.baseVal.height;
    this.svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
    this.svg.setAttribute('width', String(width));
    const [v0, v1] = this.view();
    this.zoomBehavior.extent([
      [v0, 0],
      [v1, height],
    ]);
    return true;
  }

  /** Left and right end of the shown part of the range, in SVG px. */
  private view(): [number, number] {
    return [this.x.range()[0], this.width - (this.fullWidth - this.x.range()[1])];
  }

  /** The period shown, in ms. */
  private shownPeriod(): [number, number] {
    const [v0, v1] = this.view();
    return [this.current.invert(v0).getTime(), this.current.invert(v1).getTime()];
  }

  /** `band` is best read before anything is written, so that measuring it forces no layout. */
  private render(transform: ZoomTransform, band = this.band()): void {
    this.current = transform.rescaleX(this.x);
    const level = levelFor(transform.k, this.levels);
    // At the identity transform the build's markup is already exact: skip the work, which keeps page load light.
    if (this.version === 0 && transform.k === 1 && transform.x === 0) return;
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
    this.drawAxis();
    this.updateTabStop();
    this.placePanel();
  }

  /** Set when the vertical layout changed (level, lanes shown): every event shown must be redrawn. */
  private stale = false;
  /** Top of each shown lane's events, in SVG px. */
  private laneTops = new Map<string, number>();
  private scrollPending = false;
  private pageTop?: number;

  /**
   * Draws the events near what is shown and takes the others out of the document: hidden elements still cost
   * Chromium time whenever the drawing changes size. An event keeps its place among its lane's events (date order),
   * and the focused and the chosen event always stay.
   */
  private drawEvents(transform: ZoomTransform, [top, bottom]: [number, number], also?: Mark): void {
    const [r0, r1] = this.view();
    const { k, x: tx } = transform;
    const { lineHeight } = this.metrics;
    const keep = (mark: Mark) => mark === also || mark.event === document.activeElement || mark.id === this.state?.event;
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
      const near = (right >= r0 && left <= r1 + MARGIN && y + 2 * lineHeight >= top && y <= bottom) || keep(mark);
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
    const { lineHeight, minMarkWidth } = this.metrics;
    const width = mark.rect ? Math.max(k * (mark.x1 - mark.x0), minMarkWidth) : minMarkWidth;
    this.placeLabel(mark, k * mark.x0 + tx, width, r0, r1);
    if (mark.drawn === this.version) return;
    mark.drawn = this.version;
    const slot = mark.slots[Math.min(this.level, mark.slots.length - 1)];
    mark.event.setAttribute('transform', `translate(${(k * mark.x0 + this.drawnX).toFixed(1)},${slot * lineHeight + lineHeight / 2})`);
    if (mark.rect) mark.rect.setAttribute('width', width.toFixed(1));
  }

  /**
   * The vertical band of the drawing (SVG px) whose events are drawn: all of it, unless the drawing is more than
   * TALL screens high; then the screen and one screen above and below it.
   */
  private band(): [number, number] {
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
  private onScroll(): void {
    if (this.scrollPending || this.svg.viewBox.baseVal.height <= TALL * innerHeight) return;
    this.scrollPending = true;
    requestAnimationFrame(() => {
      this.scrollPending = false;
      this.measureTop();
      this.drawEvents(zoomTransform(this.svg), this.band());
    });
  }

  /**
   * The label beside its mark, before it (flush right) or after it, as the build packed it for this level. Where
   * the frame [r0, r1] would cut it, it is hidden, never shown in part; a period's label then moves onto the visible
   * part of its bar if it fits there (the packing keeps the bar's own extent free of other labels).
   */
  private placeLabel(mark: Mark, left: number, width: number, r0: number, r1: number): void {
    const { markGap } = this.metrics;
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
  private layOutLanes(): void {
    const { axisHeight, footerHeight, laneHeader, lanePadding } = this.metrics;
    let top = axisHeight;
    this.laneTops.clear();
    for (const [lane, { background, events }] of this.laneGroups) {
      const shown = !this.state?.lanes.length || this.state.lanes.includes(lane);
      background.toggleAttribute('data-hidden', !shown);
      events.toggleAttribute('data-hidden', !shown);
      if (!shown) continue;
      this.laneTops.set(lane, top + laneHeader + lanePadding);
      const height = laneHeight(atLevel(background.dataset.slots!, this.level), this.metrics);
      background.setAttribute('transform', `translate(0,${top})`);
      background.querySelector('rect')!.setAttribute('height', String(height));
      events.setAttribute('transform', `translate(0,${top + laneHeader + lanePadding})`);
      top += height;
    }
    const height = top + footerHeight;
    this.svg.setAttribute('viewBox', `0 0 ${this.width} ${height}`);
    this.svg.setAttribute('height', String(height));
    this.svg.querySelectorAll('.axis .tick line, .today line').forEach((line) => line.setAttribute('y2', String(height - footerHeight)));
    this.svg.querySelector('.today text')?.setAttribute('y', String(height - 7));
    this.stale = true;
    if (this.axisDrawn) this.drawAxis();
  }

  private drawAxis(): void {
    const height = this.svg.viewBox.baseVal.height;
    const { footerHeight } = this.metrics;
    if (!this.axisDrawn) {
      // d3-axis draws the ticks from now on; it cannot adopt the build's tick markup.
      this.axis.replaceChildren();
      this.axisDrawn = true;
    }
    // Ticks for the period shown only, not for the whole (possibly much wider) range.
    const [from, to] = this.shownPeriod();
    const shown = this.current.copy().domain([from, to]).range(this.view());
    select(this.axis)
      .attr('transform', 'translate(0,22)')
      .call(
        axisTop(shown)
          .ticks(8)
          .tickFormat((date) => tickLabel(date as Date, this.dataset.lang === 'en' ? 'en' : 'nl'))
          .tickSizeInner(-(height - 22 - footerHeight))
          .tickSizeOuter(0),
      )
      .selectAll<SVGGElement, Date>('.tick')
      .attr('visibility', (date) => (tickLabelFits(this.current(date), this.width) ? null : 'hidden'));
    const today = this.svg.querySelector<SVGGElement>('.today');
    if (today) {
      const at = this.current(timelineRange(today.dataset.today!, today.dataset.today!)[0]).toFixed(1);
      today.querySelector('line')!.setAttribute('x1', at);
      today.querySelector('line')!.setAttribute('x2', at);
      today.querySelector('text')!.setAttribute('x', String(Number(at) - 4));
    }
  }

  /** The transform that shows [from, to]; where that does not fit at the least zoom, it shows as much from `from` on. */
  private transformFor(from: number, to: number): ZoomTransform {
    const [v0, v1] = this.view();
    const [kMin, kMax] = this.zoomBehavior.scaleExtent();
    const k = Math.min(Math.max((v1 - v0) / (this.x(to) - this.x(from)), kMin), kMax);
    return zoomIdentity.translate(v0 - k * this.x(from), 0).scale(k);
  }

  /** Everything: at the least zoom, the latest part where the column cannot show it all. */
  private wholeView(): ZoomTransform {
    const [, v1] = this.view();
    const [, r1] = this.x.range();
    return v1 >= r1 ? zoomIdentity : zoomIdentity.translate(v1 - r1, 0);
  }

  private moveTo(transform: ZoomTransform, animate: boolean): void {
    this.applyingState = true;
    const target = animate && !prefersReducedMotion() ? this.svgSelection.transition().duration(300) : this.svgSelection;
    this.zoomBehavior.transform(target as never, transform);
    this.applyingState = false;
  }

  private applyRange(animate: boolean): void {
    const { from, to } = this.state;
    this.moveTo(from && to ? this.transformFor(...timelineRange(from, to)) : this.wholeView(), animate);
    this.toolbar.querySelectorAll<HTMLButtonElement>('[data-preset]').forEach((button) => {
      button.setAttribute('aria-pressed', String((button.dataset.from ?? '') === (from ?? '') && (button.dataset.to ?? '') === (to ?? '')));
    });
  }

  /** Shifts the shown period as little as needed to show the event, keeping the zoom; the URL follows. */
  private showEvent(mark: Mark, animate = true): void {
    const [r0, r1] = this.view();
    const left = this.current(mark.start);
    const inside = left >= r0 + 24 && left <= r1 - Math.min(160, (r1 - r0) / 3);
    if (inside) return;
    const [from, to] = this.shownPeriod();
    const span = to - from;
    // The event comes to a quarter of the way in from the side it came from.
    const start = left < r0 + 24 ? mark.start - span / 4 : mark.start - (span * 3) / 4;
    const [d0, d1] = this.extent();
    const clamped = Math.min(Math.max(start, d0), d1 - span);
    this.moveTo(this.transformFor(clamped, clamped + span), animate);
    if (this.state.from || clamped > d0 || clamped + span < d1) this.rangeToUrl();
  }

  private wireToolbar(): void {
    this.toolbar.querySelectorAll<HTMLButtonElement>('[data-preset]').forEach((button) =>
      button.addEventListener('click', () => this.update({ from: button.dataset.from, to: button.dataset.to })),
    );
    this.toolbar.querySelectorAll<HTMLButtonElement>('[data-zoom]').forEach((button) =>
      button.addEventListener('click', () => this.zoomBy(button.dataset.zoom === 'in' ? ZOOM_STEP : 1 / ZOOM_STEP)),
    );
    this.toolbar.querySelectorAll<HTMLButtonElement>('[data-pan]').forEach((button) =>
      button.addEventListener('click', () => this.panBy(button.dataset.pan === 'forward' ? 1 : -1)),
    );
    for (const name of ['lanes', 'kinds'] as const) {
      const all = name === 'lanes' ? LANES : EVENT_KINDS;
      this.toolbar.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`).forEach((box) =>
        box.addEventListener('change', () => {
          const checked = [...this.toolbar.querySelectorAll<HTMLInputElement>(`input[name="${name}"]:checked`)].map((b) => b.value);
          this.update({ [name]: checked.length === all.length ? [] : checked });
        }),
      );
    }
    this.toolbar.querySelector('[data-reset]')!.addEventListener('click', () => this.update({ lanes: [], kinds: [] }));
    this.toolbar.querySelector('[data-copy-link]')!.addEventListener('click', async () => {
      announce(this.status, (await copyText(location.href)) ? this.strings.copied : this.strings.copyFailed);
    });
    this.toolbar.querySelectorAll<HTMLButtonElement>('[data-export]').forEach((button) =>
      button.addEventListener('click', () => {
        if (button.dataset.export === 'svg') downloadSvg(this.svg, 'tijdlijn');
        else void downloadPng(this.svg, 'tijdlijn');
      }),
    );
  }

  /** Zooms around the focused event (keys), else around the middle (buttons). */
  private zoomBy(factor: number): void {
    const focused = this.marks.find((mark) => mark.event === document.activeElement);
    const [r0, r1] = this.view();
    const at = focused ? this.current(focused.start) : NaN;
    const point: [number, number] = [at >= r0 && at <= r1 ? at : (r0 + r1) / 2, 0];
    this.step((target) => this.zoomBehavior.scaleBy(target as never, factor, point));
  }

  private panBy(direction: number): void {
    const [v0, v1] = this.view();
    // A third of the frame; translateBy counts in units before the zoom.
    this.step((target) => this.zoomBehavior.translateBy(target as never, (-direction * (v1 - v0)) / 3 / zoomTransform(this.svg).k, 0));
  }

  /**
   * A zoom or pan step of a button or key, animated unless the reader prefers less motion; the URL follows once the
   * view has arrived. The URL is tied to this step's own transition: a step that interrupts a running one (a preset
   * still moving, a second click) must not write the period where the first one was stopped.
   */
  private step(move: (target: unknown) => void): void {
    if (prefersReducedMotion()) {
      move(this.svgSelection);
      this.rangeToUrl();
      return;
    }
    const transition = this.svgSelection.transition().duration(250);
    transition.on('end.url', () => this.rangeToUrl());
    move(transition);
  }

  /** Writes the shown period into the URL (replacing the entry: moving the view is not a step back). */
  private rangeToUrl(): void {
    const [from, to] = this.shownPeriod();
    const [d0, d1] = this.extent();
    const whole = from <= d0 + 864e5 && to >= d1 - 864e5;
    const params = whole ? { from: undefined, to: undefined } : rangeParams(from, to);
    if (params.from === this.state.from && params.to === this.state.to) return;
    this.update(params, true);
  }

  private onKey(event: KeyboardEvent): void {
    const shown = this.shownMarks();
    if (!shown.length) return;
    const inPeriod = shown.filter((mark) => this.inPeriod(mark));
    const index = shown.findIndex((mark) => mark.id === this.active);
    const current = index >= 0 ? shown[index] : (inPeriod[0] ?? shown[0]);
    const at = shown.indexOf(current);
    let next: Mark | undefined;
    if (event.key === 'ArrowRight') next = shown[Math.min(at + 1, shown.length - 1)];
    else if (event.key === 'ArrowLeft') next = shown[Math.max(at - 1, 0)];
    else if (event.key === 'ArrowUp' || event.key === 'ArrowDown') next = this.inNextLane(current, shown, event.key === 'ArrowUp' ? -1 : 1);
    else if (event.key === 'Home') next = inPeriod[0] ?? shown[0];
    else if (event.key === 'End') next = inPeriod[inPeriod.length - 1] ?? shown[shown.length - 1];
    else if (event.key === 'Enter' || event.key === ' ') this.update({ event: this.state.event === current.id ? undefined : current.id });
    else if (event.key === 'Escape') {
      if (this.state.event) this.update({ event: undefined });
    } else if (event.key === '+' || event.key === '=') this.zoomBy(ZOOM_STEP);
    else if (event.key === '-') this.zoomBy(1 / ZOOM_STEP);
    else if (event.key === '0') this.update({ from: undefined, to: undefined });
    else return;
    event.preventDefault();
    if (next) {
      this.showEvent(next, false);
      this.focusEvent(next.id);
    }
  }

  /** The event in the lane above or below that is closest in time. */
  private inNextLane(current: Mark, shown: Mark[], step: number): Mark {
    const lanes = LANES.filter((lane) => shown.some((mark) => mark.lane === lane));
    const lane = lanes[lanes.indexOf(current.lane as never) + step];
    if (!lane) return current;
    const candidates = shown.filter((mark) => mark.lane === lane);
    const preferred = candidates.some((mark) => this.inPeriod(mark)) ? candidates.filter((mark) => this.inPeriod(mark)) : candidates;
    return preferred.reduce((best, mark) => (Math.abs(mark.start - current.start) < Math.abs(best.start - current.start) ? mark : best));
  }

  private inPeriod(mark: Mark): boolean {
    const [from, to] = this.shownPeriod();
    return mark.end > from && mark.start < to;
  }

  /** The one Tab stop of the listbox: the focused event while it is in the period, else the first event in it. */
  private updateTabStop(): void {
    const shown = this.shownMarks();
    const active = this.active ? this.markById.get(this.active) : undefined;
    const focused = active !== undefined && document.activeElement === active.event;
    const stop = active && shown.includes(active) && (focused || this.inPeriod(active)) ? active : (shown.find((mark) => this.inPeriod(mark)) ?? shown[0]);
    for (const mark of this.marks) setIfChanged(mark.event, 'tabindex', mark === stop ? '0' : '-1');
    this.active = stop?.id;
  }

  private focusEvent(id: string): void {
    const previous = this.active ? this.markById.get(this.active) : undefined;
    if (previous) previous.event.setAttribute('tabindex', '-1');
    this.active = id;
    const mark = this.markById.get(id);
    // An event far from the screen in a tall drawing is not in the document: put it back, so it can take focus.
    if (mark && !mark.attached && this.laneTops.has(mark.lane)) this.drawEvents(zoomTransform(this.svg), this.band(), mark);
    mark?.event.setAttribute('tabindex', '0');
    mark?.event.focus();
  }

  private shownMarks(): Mark[] {
    return this.marks.filter((mark) => !mark.hidden && this.laneShown(mark.lane));
  }

  private laneShown(lane: string): boolean {
    return !this.state.lanes.length || this.state.lanes.includes(lane);
  }

  private update(change: Partial<TimelineState>, replace = false): void {
    this.state = { ...this.state, ...change };
    const search = timelineSearch(this.state);
    if (search !== location.search) {
      const url = `${location.pathname}${search}`;
      if (replace) history.replaceState(null, '', url);
      else history.pushState(null, '', url);
    }
    if ('lanes' in change || 'kinds' in change) this.applyFilters(true);
    if (('from' in change || 'to' in change) && !replace) {
      this.applyRange(true);
      announce(this.status, this.state.from ? fill(this.strings.range, { from: this.state.from, to: this.state.to! }) : this.strings.whole);
    }
    if ('event' in change) {
      this.showSelection(Boolean(this.state.event));
      const mark = this.state.event ? this.markById.get(this.state.event) : undefined;
      announce(this.status, mark ? fill(this.strings.selected, { name: mark.event.dataset.name! }) : this.strings.cleared);
    }
  }

  private applyFilters(announceChange: boolean): void {
    const { lanes, kinds } = this.state;
    const band = this.band();
    let shown = 0;
    for (const mark of this.marks) {
      const visible = !kinds.length || kinds.includes(mark.kind);
      if (mark.hidden === visible) {
        mark.hidden = !visible;
        mark.event.toggleAttribute('data-hidden', !visible);
        mark.event.setAttribute('aria-hidden', String(!visible));
      }
      if (visible && this.laneShown(mark.lane)) shown += 1;
    }
    this.layOutLanes();
    // Not every option is in the document at once (see drawEvents), so each says where it stands among those shown.
    let position = 0;
    for (const mark of this.marks) {
      if (mark.hidden || !this.laneShown(mark.lane)) continue;
      const at = String(++position);
      if (mark.position !== at) mark.event.setAttribute('aria-posinset', (mark.position = at));
      if (mark.setSize !== String(shown)) mark.event.setAttribute('aria-setsize', (mark.setSize = String(shown)));
    }
    this.toolbar.querySelectorAll<HTMLInputElement>('input[name="lanes"]').forEach((b) => (b.checked = !lanes.length || lanes.includes(b.value)));
    this.toolbar.querySelectorAll<HTMLInputElement>('input[name="kinds"]').forEach((b) => (b.checked = !kinds.length || kinds.includes(b.value)));
    const active = (lanes.length ? 1 : 0) + (kinds.length ? 1 : 0);
    this.toolbar.querySelector('[data-filter-count]')!.textContent = active ? ` (${fill(this.strings.filtersActive, { count: active })})` : '';
    if (this.state.event && !this.shownMarks().some((mark) => mark.id === this.state.event)) {
      this.state = { ...this.state, event: undefined };
      this.showSelection(false);
    }
    this.render(zoomTransform(this.svg), band);
    this.updateTabStop();
    if (announceChange) announce(this.status, fill(this.strings.visible, { count: shown }));
  }

  /** Shows the chosen event's details over the chart, beside the event; `reveal` scrolls them into view if needed. */
  private showSelection(reveal: boolean): void {
    const id = this.state.event;
    this.svg.classList.toggle('has-selection', Boolean(id));
    for (const mark of this.marks) {
      const selected = mark.id === id;
      if (mark.event.classList.contains('is-selected') !== selected || (selected && mark.event.getAttribute('aria-selected') !== 'true')) {
        mark.event.setAttribute('aria-selected', String(selected));
        mark.event.classList.toggle('is-selected', selected);
      }
    }
    if (!id) {
      this.panel.hidden = true;
      this.panel.replaceChildren();
      return;
    }
    const entry = document.getElementById(id);
    const heading = document.createElement('h3');
    heading.id = 'tijdlijn-paneel-titel';
    heading.textContent = entry?.querySelector('h4')?.textContent ?? id;
    const close = document.createElement('button');
    close.type = 'button';
    close.className = 'button orgchart-panel__close';
    close.dataset.close = '';
    close.textContent = this.strings.close;
    const body = document.createElement('div');
    if (entry) body.append(...[...entry.children].slice(1).map((child) => child.cloneNode(true)));
    this.panel.replaceChildren(heading, close, body);
    this.panel.setAttribute('aria-labelledby', heading.id);
    this.panel.hidden = false;
    this.placePanel();
    if (reveal) this.panel.scrollIntoView({ block: 'nearest', behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
  }

  /** Beside the chosen event, on the half of the chart away from it, at its height (within the chart). */
  private placePanel(): void {
    const mark = this.state?.event ? this.markById.get(this.state.event) : undefined;
    if (!mark || this.panel.hidden) return;
    const stage = this.stage.getBoundingClientRect();
    const box = mark.event.getBoundingClientRect();
    const overlay = getComputedStyle(this.panel).position === 'absolute';
    if (!overlay) return;
    const onLeft = box.left + box.width / 2 - stage.left > stage.width / 2;
    this.panel.classList.toggle('timeline-panel--left', onLeft);
    const height = this.panel.offsetHeight;
    const top = Math.max(0, Math.min(box.top - stage.top - 12, stage.height - height));
    this.panel.style.top = `${Math.round(top)}px`;
  }
}

/** A year at 1 January, a month at the first of a month, else day and month; in the page's language. */
function tickLabel(date: Date, lang: 'nl' | 'en'): string {
  if (date.getUTCMonth() === 0 && date.getUTCDate() === 1) return String(date.getUTCFullYear());
  const locale = lang === 'nl' ? 'nl-NL' : 'en-GB';
  const options: Intl.DateTimeFormatOptions = date.getUTCDate() === 1 ? { month: 'long', timeZone: 'UTC' } : { day: 'numeric', month: 'short', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(locale, options).format(date);
}

function safeDecode(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

customElements.define('time-line', TimeLine);
