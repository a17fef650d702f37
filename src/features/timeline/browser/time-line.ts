/**
 * <time-line>: enhances the build-time timeline SVG with zoom and pan along time, presets, filters, selection,
 * keyboard movement in date order, deep links and export. Positions and label packings come from the build (data
 * attributes, see contract.ts); here only the horizontal scale changes (viewport.ts), and with it the zoom level
 * whose packing is drawn (drawing.ts).
 */
import type { ZoomTransform } from 'd3-zoom';
import { parseTimelineState, rangeParams, timelineRange, timelineSearch, type TimelineState } from '../state.ts';
import { LANES, EVENT_KINDS } from '../../../model/vocabulary.ts';
import { readSvgData, TIME_LINE_TAG, type TimelineStrings } from '../contract.ts';
import { timelineAction } from '../keyboard.ts';
import { diagramCommand } from '../../diagram/keys.ts';
import { announce, fill, PageElement, prefersReducedMotion, readStrings } from '../../diagram/browser/chart-support.ts';
import { hideDetails, showDetails } from '../../diagram/browser/details-panel.ts';
import { writeSearch } from '../../diagram/browser/url-state.ts';
import { focusOption, makeListbox, makeOption, markChosen, setTabStop } from '../../diagram/browser/listbox.ts';
import { wireShareActions } from '../../diagram/browser/toolbar-actions.ts';
import { checkBoxes, onCheckboxes, showFilterCount } from '../../diagram/browser/filter-controls.ts';
import { readMarks, type Mark } from './marks.ts';
import { TimeViewport } from './viewport.ts';
import { TimelineDrawing } from './drawing.ts';

const ZOOM_STEP = 1.6;

class TimeLine extends PageElement {
  private svg!: SVGSVGElement;
  private marks: Mark[] = [];
  private markById = new Map<string, Mark>();
  private eventsGroup!: SVGGElement;
  private stage!: HTMLElement;
  private panel!: HTMLElement;
  private status!: HTMLElement;
  private toolbar!: HTMLElement;
  private strings!: TimelineStrings;
  private state!: TimelineState;
  private viewport!: TimeViewport;
  private drawing!: TimelineDrawing;
  private active?: string;

  connectedCallback(): void {
    super.connectedCallback();
    performance.mark('time-line:start');
    const { signal } = this;
    this.svg = this.querySelector('svg.timeline-svg')!;
    this.eventsGroup = this.svg.querySelector('.events')!;
    this.stage = this.querySelector('[data-stage]')!;
    this.panel = this.querySelector('[data-panel]')!;
    this.status = this.querySelector('[data-live]')!;
    this.toolbar = this.querySelector('[data-toolbar]')!;
    this.strings = readStrings<TimelineStrings>(this);
    const { domain, range, levels, metrics } = readSvgData(this.svg.dataset);
    this.viewport = new TimeViewport(this.svg, domain, range, (transform) => this.render(transform), () => this.rangeToUrl());
    this.marks = readMarks(this.svg, this.viewport.x);
    for (const mark of this.marks) this.markById.set(mark.id, mark);
    this.drawing = new TimelineDrawing(this.svg, this.marks, this.viewport, {
      metrics,
      levels,
      lang: this.dataset.lang === 'en' ? 'en' : 'nl',
      laneShown: (lane) => this.laneShown(lane),
      keep: (mark) => mark.event === document.activeElement || mark.id === this.state?.event,
    });
    this.makeAccessible();
    this.wireToolbar();
    this.restore();
    // Also called once at the start, after layout and before the first paint: reading the width here would force a layout.
    const frame = new ResizeObserver(([entry]) => {
      this.drawing.pageTop = undefined;
      if (this.viewport.fitWidth(entry.contentRect.width)) this.applyRange(false);
    });
    frame.observe(this.querySelector('[data-viewport]')!);
    // The controls above the drawing change height when the filters open: the drawing moves.
    const controls = new ResizeObserver(() => (this.drawing.pageTop = undefined));
    controls.observe(this.toolbar);
    signal.addEventListener('abort', () => [frame, controls].forEach((observer) => observer.disconnect()));
    this.dataset.enhanced = '';
    performance.measure('time-line:enhance', 'time-line:start');
    window.addEventListener('popstate', () => this.restore(), { signal });
    window.addEventListener('scroll', () => this.drawing.onScroll(), { passive: true, signal });
    // A tall drawing sheds the events far from the screen while the reader has not yet done anything.
    const shed = () => this.drawing.drawEvents(this.viewport.transform());
    if ('requestIdleCallback' in window) requestIdleCallback(shed);
    else setTimeout(shed);
    window.addEventListener('hashchange', () => this.restore(), { signal });
  }

  /** State from the URL; an event anchor (#id) from another page selects that event too. Anything malformed is ignored. */
  private restore(): void {
    this.state = parseTimelineState(location.search, new Set(this.markById.keys()), this.viewport.extent());
    const hash = safeDecode(location.hash.slice(1));
    const fromHash = !this.state.event && hash !== undefined && this.markById.has(hash);
    if (fromHash) this.state.event = hash;
    this.applyFilters(false);
    this.applyRange(false);
    if (this.state.event && !this.state.from) this.showEvent(this.markById.get(this.state.event)!, false);
    this.showSelection(!fromHash && Boolean(this.state.event));
  }

  private makeAccessible(): void {
    makeListbox(this.querySelector<HTMLElement>('[data-viewport]')!, this.svg, 'tijdlijn-hulp', this.eventsGroup, this.strings.listLabel);
    this.svg.querySelectorAll('.lanes, .axis, .today').forEach((group) => group.setAttribute('aria-hidden', 'true'));
    // A lane is a group of options in the listbox, named like the lane, so a screen reader also says where an event is.
    for (const { events, name } of this.drawing.laneEventGroups()) {
      events.setAttribute('role', 'group');
      events.setAttribute('aria-label', name);
    }
    for (const mark of this.marks) {
      const { event } = mark;
      makeOption(event);
      event.setAttribute('aria-label', event.dataset.name!);
      event.addEventListener('click', () => {
        this.focusEvent(mark.id);
        this.update({ event: this.state.event === mark.id ? undefined : mark.id });
      });
    }
    this.eventsGroup.addEventListener('keydown', (event) => this.onKey(event as KeyboardEvent));
    this.panel.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') this.closePanel();
    });
  }

  private closePanel(): void {
    const id = this.state.event;
    this.update({ event: undefined });
    if (id) this.focusEvent(id);
  }

  private render(transform: ZoomTransform, band?: [number, number]): void {
    if (!this.drawing.render(transform, band)) return;
    this.updateTabStop();
    this.placePanel();
  }

  private applyRange(animate: boolean): void {
    const { from, to } = this.state;
    this.viewport.moveTo(from && to ? this.viewport.transformFor(...timelineRange(from, to)) : this.viewport.wholeView(), animate);
    this.toolbar.querySelectorAll<HTMLButtonElement>('[data-preset]').forEach((button) => {
      button.setAttribute('aria-pressed', String((button.dataset.from ?? '') === (from ?? '') && (button.dataset.to ?? '') === (to ?? '')));
    });
  }

  /** Shifts the shown period as little as needed to show the event, keeping the zoom; the URL follows. */
  private showEvent(mark: Mark, animate = true): void {
    const [r0, r1] = this.viewport.view();
    const left = this.viewport.current(mark.start);
    const inside = left >= r0 + 24 && left <= r1 - Math.min(160, (r1 - r0) / 3);
    if (inside) return;
    const [from, to] = this.viewport.shownPeriod();
    const span = to - from;
    // The event comes to a quarter of the way in from the side it came from.
    const start = left < r0 + 24 ? mark.start - span / 4 : mark.start - (span * 3) / 4;
    const [d0, d1] = this.viewport.extent();
    const clamped = Math.min(Math.max(start, d0), d1 - span);
    this.viewport.moveTo(this.viewport.transformFor(clamped, clamped + span), animate);
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
      button.addEventListener('click', () => this.viewport.panBy(button.dataset.pan === 'forward' ? 1 : -1)),
    );
    onCheckboxes(this.toolbar, 'lanes', LANES, (lanes) => this.update({ lanes }));
    onCheckboxes(this.toolbar, 'kinds', EVENT_KINDS, (kinds) => this.update({ kinds }));
    this.toolbar.querySelector('[data-reset]')!.addEventListener('click', () => this.update({ lanes: [], kinds: [] }));
    wireShareActions(this.toolbar, { svg: this.svg, status: this.status, copied: this.strings.copied, copyFailed: this.strings.copyFailed, fileName: () => 'tijdlijn' });
  }

  /** Zooms around the focused event (keys), else around the middle (buttons). */
  private zoomBy(factor: number): void {
    const focused = this.marks.find((mark) => mark.event === document.activeElement);
    this.viewport.zoomBy(factor, focused ? this.viewport.current(focused.start) : NaN);
  }

  /** Writes the shown period into the URL (replacing the entry: moving the view is not a step back). */
  private rangeToUrl(): void {
    const [from, to] = this.viewport.shownPeriod();
    const [d0, d1] = this.viewport.extent();
    const whole = from <= d0 + 864e5 && to >= d1 - 864e5;
    const params = whole ? { from: undefined, to: undefined } : rangeParams(from, to);
    if (params.from === this.state.from && params.to === this.state.to) return;
    this.update(params, true);
  }

  private onKey(event: KeyboardEvent): void {
    const command = diagramCommand(event.key);
    if (!command) return;
    const action = timelineAction({ shown: this.shownMarks(), active: this.active, period: this.viewport.shownPeriod() }, command);
    if (!action) return;
    event.preventDefault();
    if (action.type === 'focus') {
      this.showEvent(action.event, false);
      this.focusEvent(action.event.id);
    } else if (action.type === 'choose') this.update({ event: this.state.event === action.event.id ? undefined : action.event.id });
    else if (action.type === 'clear') {
      if (this.state.event) this.update({ event: undefined });
    } else if (action.type === 'zoom') this.zoomBy(action.factor === 'in' ? ZOOM_STEP : 1 / ZOOM_STEP);
    else this.update({ from: undefined, to: undefined });
  }

  private inPeriod(mark: Mark): boolean {
    const [from, to] = this.viewport.shownPeriod();
    return mark.end > from && mark.start < to;
  }

  /** The one Tab stop of the listbox: the focused event while it is in the period, else the first event in it. */
  private updateTabStop(): void {
    const shown = this.shownMarks();
    const active = this.active ? this.markById.get(this.active) : undefined;
    const focused = active !== undefined && document.activeElement === active.event;
    const stop = active && shown.includes(active) && (focused || this.inPeriod(active)) ? active : (shown.find((mark) => this.inPeriod(mark)) ?? shown[0]);
    for (const mark of this.marks) setTabStop(mark.event, mark === stop);
    this.active = stop?.id;
  }

  private focusEvent(id: string): void {
    const previous = this.active ? this.markById.get(this.active) : undefined;
    this.active = id;
    const mark = this.markById.get(id);
    if (!mark) {
      previous?.event.setAttribute('tabindex', '-1');
      return;
    }
    // An event far from the screen in a tall drawing is not in the document: put it back, so it can take focus.
    if (!mark.attached && this.drawing.isDrawn(mark)) this.drawing.drawEvents(this.viewport.transform(), undefined, mark);
    focusOption(previous?.event, mark.event);
  }

  private shownMarks(): Mark[] {
    return this.marks.filter((mark) => !mark.hidden && this.laneShown(mark.lane));
  }

  private laneShown(lane: string): boolean {
    return !this.state?.lanes.length || this.state.lanes.includes(lane);
  }

  private update(change: Partial<TimelineState>, replace = false): void {
    this.state = { ...this.state, ...change };
    writeSearch(timelineSearch(this.state), { replace });
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
    const band = this.drawing.band();
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
    this.drawing.layOutLanes();
    // Not every option is in the document at once (see drawing.ts), so each says where it stands among those shown.
    let position = 0;
    for (const mark of this.marks) {
      if (mark.hidden || !this.laneShown(mark.lane)) continue;
      const at = String(++position);
      if (mark.position !== at) mark.event.setAttribute('aria-posinset', (mark.position = at));
      if (mark.setSize !== String(shown)) mark.event.setAttribute('aria-setsize', (mark.setSize = String(shown)));
    }
    checkBoxes(this.toolbar, 'lanes', lanes);
    checkBoxes(this.toolbar, 'kinds', kinds);
    showFilterCount(this.toolbar, (lanes.length ? 1 : 0) + (kinds.length ? 1 : 0), this.strings.filtersActive);
    if (this.state.event && !this.shownMarks().some((mark) => mark.id === this.state.event)) {
      this.state = { ...this.state, event: undefined };
      this.showSelection(false);
    }
    this.render(this.viewport.transform(), band);
    this.updateTabStop();
    if (announceChange) announce(this.status, fill(this.strings.visible, { count: shown }));
  }

  /** Shows the chosen event's details over the chart, beside the event; `reveal` scrolls them into view if needed. */
  private showSelection(reveal: boolean): void {
    const id = this.state.event;
    this.svg.classList.toggle('has-selection', Boolean(id));
    for (const mark of this.marks) {
      const selected = mark.id === id;
      if (mark.event.classList.contains('is-selected') !== selected || (selected && mark.event.getAttribute('aria-selected') !== 'true')) markChosen(mark.event, selected);
    }
    if (!id) {
      hideDetails(this.panel);
      return;
    }
    const entry = document.getElementById(id);
    const title = entry?.querySelector('h4')?.textContent ?? id;
    showDetails(this.panel, { titleId: 'tijdlijn-paneel-titel', title, closeLabel: this.strings.close, onClose: () => this.closePanel(), entry });
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

function safeDecode(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

customElements.define(TIME_LINE_TAG, TimeLine);
