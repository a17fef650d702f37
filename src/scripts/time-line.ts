/**
 * <time-line>: enhances the build-time timeline SVG with zoom and pan along time, presets, filters, selection,
 * keyboard movement in date order, deep links and export. Positions come from the build (data attributes); only the
 * horizontal scale changes here.
 */
import { select, type Selection } from 'd3-selection';
import { zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import { scaleUtc, type ScaleTime } from 'd3-scale';
import { axisTop } from 'd3-axis';
import 'd3-transition';
import { parseTimelineState, timelineSearch, type TimelineState } from '../lib/chart-state.ts';
import { LANES, EVENT_KINDS } from '../lib/vocabulary.ts';
import { tickLabelFits } from '../lib/timeline-axis.ts';
import { announce, copyText, fill, prefersReducedMotion, readStrings } from './chart-support.ts';
import { downloadPng, downloadSvg } from './chart-export.ts';

interface Strings {
  visible: string;
  selected: string;
  cleared: string;
  copied: string;
  copyFailed: string;
  range: string;
  close: string;
  listLabel: string;
  filtersActive: string;
}

const toDate = (value: string, end = false) => {
  const [y, m, d] = value.split('-').map(Number);
  if (m === undefined) return Date.UTC(end ? y + 1 : y, 0, 1);
  return Date.UTC(y, m - 1, d);
};
const toParam = (ms: number) => new Date(ms).toISOString().slice(0, 10);

class TimeLine extends HTMLElement {
  private svg!: SVGSVGElement;
  private events: SVGGElement[] = [];
  private axis!: SVGGElement;
  private panel!: HTMLElement;
  private status!: HTMLElement;
  private toolbar!: HTMLElement;
  private strings!: Strings;
  private state!: TimelineState;
  private x!: ScaleTime<number, number>;
  private current!: ScaleTime<number, number>;
  private zoomBehavior!: ZoomBehavior<SVGSVGElement, unknown>;
  private svgSelection!: Selection<SVGSVGElement, unknown, null, undefined>;
  private active?: string;
  private applyingState = false;
  private drawn = false;
  /** Per event, what render() needs, read once from the build's markup. */
  private marks: { event: SVGGElement; start: number; end: number; y: number; rect: SVGRectElement | null; label: SVGTextElement; before: boolean }[] = [];

  connectedCallback(): void {
    performance.mark('time-line:start');
    this.svg = this.querySelector('svg.timeline-svg')!;
    this.events = [...this.svg.querySelectorAll<SVGGElement>('g.event')].sort(
      (a, b) => Number(a.dataset.start) - Number(b.dataset.start) || a.dataset.id!.localeCompare(b.dataset.id!),
    );
    this.axis = this.svg.querySelector('[data-axis]')!;
    this.panel = this.querySelector('[data-panel]')!;
    this.status = this.querySelector('[data-live]')!;
    this.toolbar = this.querySelector('[data-toolbar]')!;
    this.strings = readStrings<Strings>(this);
    const [d0, d1] = this.svg.dataset.domain!.split(' ').map(Number);
    const [r0, r1] = this.svg.dataset.range!.split(' ').map(Number);
    this.x = scaleUtc().domain([d0, d1]).range([r0, r1]);
    this.current = this.x;
    this.marks = this.events.map((event) => ({
      event,
      start: Number(event.dataset.start),
      end: Number(event.dataset.end),
      y: event.transform.baseVal[0]?.matrix.f ?? 0,
      rect: event.querySelector('rect.event__mark'),
      label: event.querySelector('.event__label')!,
      before: event.querySelector('.event__label')!.getAttribute('text-anchor') === 'end',
    }));
    this.makeAccessible();
    this.setUpZoom();
    this.wireToolbar();
    this.restore();
    this.dataset.enhanced = '';
    performance.measure('time-line:enhance', 'time-line:start');
    window.addEventListener('popstate', () => this.restore());
    window.addEventListener('hashchange', () => this.restore());
  }

  /** State from the URL; an event anchor (#id) from another page selects that event too. */
  private restore(): void {
    const ids = new Set(this.events.map((e) => e.dataset.id!));
    this.state = parseTimelineState(location.search, ids);
    const hash = decodeURIComponent(location.hash.slice(1));
    if (!this.state.event && ids.has(hash)) this.state.event = hash;
    this.applyFilters(false);
    this.applyRange(this.state.from, this.state.to, false);
    if (this.state.event && !this.state.from) this.centerOn(this.state.event, false);
    this.showSelection();
  }

  private makeAccessible(): void {
    const viewport = this.querySelector<HTMLElement>('[data-viewport]')!;
    viewport.removeAttribute('tabindex');
    viewport.removeAttribute('aria-labelledby');
    this.svg.setAttribute('role', 'group');
    this.svg.setAttribute('aria-describedby', `${this.svg.getAttribute('aria-describedby')} tijdlijn-hulp`);
    this.svg.querySelectorAll('.lanes, .axis, .today').forEach((group) => group.setAttribute('aria-hidden', 'true'));
    const list = this.svg.querySelector('.events')!;
    list.setAttribute('role', 'listbox');
    list.setAttribute('aria-label', this.strings.listLabel);
    for (const event of this.events) {
      event.setAttribute('role', 'option');
      event.setAttribute('aria-selected', 'false');
      event.setAttribute('tabindex', '-1');
      event.setAttribute('aria-label', event.dataset.name!);
      event.querySelector('title')?.remove();
      event.addEventListener('click', () => {
        this.focusEvent(event.dataset.id!);
        this.update({ event: this.state.event === event.dataset.id ? undefined : event.dataset.id });
      });
    }
    const first = this.visibleEvents()[0];
    if (first) first.setAttribute('tabindex', '0');
    list.addEventListener('keydown', (event) => this.onKey(event as KeyboardEvent));
    this.panel.addEventListener('click', (event) => {
      if ((event.target as Element).closest('[data-close]')) {
        const id = this.state.event;
        this.update({ event: undefined });
        if (id) this.focusEvent(id);
      }
    });
  }

  private setUpZoom(): void {
    const [r0, r1] = this.x.range();
    const height = this.svg.viewBox.baseVal.height;
    this.svgSelection = select(this.svg);
    this.zoomBehavior = zoom<SVGSVGElement, unknown>()
      .scaleExtent([1, 400])
      .extent([
        [r0, 0],
        [r1, height],
      ])
      .translateExtent([
        [r0, 0],
        [r1, height],
      ])
      // Vertical wheel zooms; shift + wheel and touch drag pan. Only time is zoomed.
      .on('zoom', (event) => this.render(event.transform))
      .on('end', (event) => {
        if (!event.sourceEvent || this.applyingState) return;
        const [from, to] = this.current.domain().map((d) => d.getTime());
        this.update({ from: toParam(from), to: toParam(to) }, true);
      });
    this.svgSelection.call(this.zoomBehavior).on('dblclick.zoom', null);
  }

  private render(transform: ZoomTransform): void {
    this.current = transform.rescaleX(this.x);
    // At the identity transform the build's markup is already exact: skip the work, which keeps page load light.
    if (!this.drawn && transform.k === 1 && transform.x === 0) return;
    if (!this.drawn) {
      // d3-axis draws the ticks from now on; it cannot adopt the build's tick markup.
      this.axis.replaceChildren();
      this.drawn = true;
    }
    const { width, height } = this.svg.viewBox.baseVal;
    select(this.axis)
      .attr('transform', 'translate(0,22)')
      .call(
        axisTop(this.current)
          .ticks(8)
          .tickSizeInner(-(height - 22))
          .tickSizeOuter(0),
      )
      .selectAll<SVGGElement, Date>('.tick')
      .attr('visibility', (date) => (tickLabelFits(this.current(date), width) ? null : 'hidden'));
    const [r0, r1] = this.x.range();
    for (const mark of this.marks) {
      const start = this.current(mark.start);
      const end = this.current(mark.end);
      // Far outside the frame nothing shows; those events keep their last position until they come near again.
      if ((end < r0 - 400 || start > r1 + 400) && mark.event.dataset.offscreen !== undefined) continue;
      mark.event.toggleAttribute('data-offscreen', end < r0 - 400 || start > r1 + 400);
      mark.event.setAttribute('transform', `translate(${start.toFixed(1)},${mark.y})`);
      if (mark.rect) {
        const width = Math.max(end - start, 6).toFixed(1);
        mark.rect.setAttribute('width', width);
        if (!mark.before) mark.label.setAttribute('x', (Number(width) + 6).toFixed(1));
      }
    }
    const today = this.svg.querySelector<SVGGElement>('.today');
    if (today) {
      const at = this.current(toDate(today.dataset.today!)).toFixed(1);
      today.querySelector('line')!.setAttribute('x1', at);
      today.querySelector('line')!.setAttribute('x2', at);
      today.querySelector('text')!.setAttribute('x', String(Number(at) - 4));
    }
  }

  private transformFor(from: number, to: number): ZoomTransform {
    const [r0, r1] = this.x.range();
    const k = (r1 - r0) / (this.x(to) - this.x(from));
    return zoomIdentity.translate(r0 - k * this.x(from), 0).scale(k);
  }

  private applyRange(from: string | undefined, to: string | undefined, animate: boolean): void {
    const transform = from && to ? this.transformFor(toDate(from), toDate(to, true)) : zoomIdentity;
    this.applyingState = true;
    const target = animate && !prefersReducedMotion() ? this.svgSelection.transition().duration(300) : this.svgSelection;
    this.zoomBehavior.transform(target as never, transform);
    this.applyingState = false;
    this.toolbar.querySelectorAll<HTMLButtonElement>('[data-preset]').forEach((button) => {
      button.setAttribute('aria-pressed', String((button.dataset.from ?? '') === (from ?? '') && (button.dataset.to ?? '') === (to ?? '')));
    });
  }

  private centerOn(id: string, animate = true): void {
    const event = this.events.find((e) => e.dataset.id === id);
    if (!event) return;
    const middle = (Number(event.dataset.start) + Number(event.dataset.end)) / 2;
    const span = Math.max(this.current.domain()[1].getTime() - this.current.domain()[0].getTime(), 0);
    const half = Math.min(span, 4 * 365 * 864e5) / 2;
    const [d0, d1] = this.x.domain().map((d) => d.getTime());
    const from = Math.max(d0, middle - half);
    const to = Math.min(d1, from + 2 * half);
    this.applyingState = true;
    const target = animate && !prefersReducedMotion() ? this.svgSelection.transition().duration(300) : this.svgSelection;
    this.zoomBehavior.transform(target as never, this.transformFor(from, to));
    this.applyingState = false;
  }

  private wireToolbar(): void {
    this.toolbar.querySelectorAll<HTMLButtonElement>('[data-preset]').forEach((button) =>
      button.addEventListener('click', () => this.update({ from: button.dataset.from, to: button.dataset.to })),
    );
    this.toolbar.querySelectorAll<HTMLButtonElement>('[data-zoom]').forEach((button) =>
      button.addEventListener('click', () => this.zoomBy(button.dataset.zoom === 'in' ? 1.6 : 1 / 1.6)),
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

  private zoomBy(factor: number): void {
    const target = prefersReducedMotion() ? this.svgSelection : this.svgSelection.transition().duration(250);
    this.zoomBehavior.scaleBy(target as never, factor);
    this.rangeToUrl();
  }

  private panBy(direction: number): void {
    const [r0, r1] = this.x.range();
    const target = prefersReducedMotion() ? this.svgSelection : this.svgSelection.transition().duration(250);
    this.zoomBehavior.translateBy(target as never, (-direction * (r1 - r0)) / 3 / this.transformK(), 0);
    this.rangeToUrl();
  }

  private transformK(): number {
    const [a, b] = this.current.domain().map((d) => d.getTime());
    const [d0, d1] = this.x.domain().map((d) => d.getTime());
    return (d1 - d0) / (b - a);
  }

  /** After a button zoom, record the range once the transition has ended. */
  private rangeToUrl(): void {
    setTimeout(() => {
      const [from, to] = this.current.domain().map((d) => d.getTime());
      const [d0, d1] = this.x.domain().map((d) => d.getTime());
      const whole = from <= d0 && to >= d1;
      this.update({ from: whole ? undefined : toParam(from), to: whole ? undefined : toParam(to) }, true);
    }, prefersReducedMotion() ? 0 : 300);
  }

  private onKey(event: KeyboardEvent): void {
    const visible = this.visibleEvents();
    if (!visible.length) return;
    const index = Math.max(0, visible.findIndex((e) => e.dataset.id === this.active));
    const current = visible[index];
    let next: SVGGElement | undefined;
    if (event.key === 'ArrowRight') next = visible[Math.min(index + 1, visible.length - 1)];
    else if (event.key === 'ArrowLeft') next = visible[Math.max(index - 1, 0)];
    else if (event.key === 'ArrowUp' || event.key === 'ArrowDown') next = this.inNextLane(current, visible, event.key === 'ArrowUp' ? -1 : 1);
    else if (event.key === 'Home') next = visible[0];
    else if (event.key === 'End') next = visible[visible.length - 1];
    else if (event.key === 'Enter' || event.key === ' ') this.update({ event: this.state.event === current.dataset.id ? undefined : current.dataset.id });
    else if (event.key === 'Escape') {
      if (this.state.event) this.update({ event: undefined });
    } else if (event.key === '+' || event.key === '=') this.zoomBy(1.6);
    else if (event.key === '-') this.zoomBy(1 / 1.6);
    else if (event.key === '0') this.update({ from: undefined, to: undefined });
    else return;
    event.preventDefault();
    if (next) {
      this.focusEvent(next.dataset.id!);
      this.ensureVisible(next);
    }
  }

  /** The event in the lane above or below that is closest in time. */
  private inNextLane(current: SVGGElement, visible: SVGGElement[], step: number): SVGGElement | undefined {
    const lanes = LANES.filter((lane) => visible.some((e) => e.dataset.lane === lane));
    const lane = lanes[lanes.indexOf(current.dataset.lane as never) + step];
    if (!lane) return current;
    const time = Number(current.dataset.start);
    return visible
      .filter((e) => e.dataset.lane === lane)
      .reduce((best, e) => (Math.abs(Number(e.dataset.start) - time) < Math.abs(Number(best.dataset.start) - time) ? e : best));
  }

  private ensureVisible(event: SVGGElement): void {
    const x = this.current(Number(event.dataset.start));
    const [r0, r1] = this.x.range();
    if (x < r0 || x > r1) this.centerOn(event.dataset.id!);
  }

  private focusEvent(id: string): void {
    for (const event of this.events) event.setAttribute('tabindex', event.dataset.id === id ? '0' : '-1');
    this.active = id;
    this.events.find((e) => e.dataset.id === id)?.focus();
  }

  private visibleEvents(): SVGGElement[] {
    return this.events.filter((e) => e.dataset.hidden === undefined);
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
      this.applyRange(this.state.from, this.state.to, true);
      announce(this.status, this.state.from ? fill(this.strings.range, { from: this.state.from, to: this.state.to! }) : fill(this.strings.range, { from: '', to: '' }).trim());
    }
    if ('event' in change) {
      this.showSelection();
      const event = this.events.find((e) => e.dataset.id === this.state.event);
      announce(this.status, event ? fill(this.strings.selected, { name: event.dataset.name! }) : this.strings.cleared);
    }
  }

  private applyFilters(announceChange: boolean): void {
    const { lanes, kinds } = this.state;
    let shown = 0;
    for (const event of this.events) {
      const visible = (!lanes.length || lanes.includes(event.dataset.lane!)) && (!kinds.length || kinds.includes(event.dataset.kind!));
      event.toggleAttribute('data-hidden', !visible);
      event.setAttribute('aria-hidden', String(!visible));
      if (visible) shown += 1;
    }
    this.toolbar.querySelectorAll<HTMLInputElement>('input[name="lanes"]').forEach((b) => (b.checked = !lanes.length || lanes.includes(b.value)));
    this.toolbar.querySelectorAll<HTMLInputElement>('input[name="kinds"]').forEach((b) => (b.checked = !kinds.length || kinds.includes(b.value)));
    const active = (lanes.length ? 1 : 0) + (kinds.length ? 1 : 0);
    this.toolbar.querySelector('[data-filter-count]')!.textContent = active ? ` (${fill(this.strings.filtersActive, { count: active })})` : '';
    if (this.state.event && !this.visibleEvents().some((e) => e.dataset.id === this.state.event)) {
      this.state = { ...this.state, event: undefined };
      this.showSelection();
    }
    if (announceChange) announce(this.status, fill(this.strings.visible, { count: shown }));
  }

  private showSelection(): void {
    const id = this.state.event;
    this.svg.classList.toggle('has-selection', Boolean(id));
    for (const event of this.events) {
      event.setAttribute('aria-selected', String(event.dataset.id === id));
      event.classList.toggle('is-selected', event.dataset.id === id);
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
  }
}

customElements.define('time-line', TimeLine);
