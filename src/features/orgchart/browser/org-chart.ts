/**
 * <org-chart>: enhances the build-time SVG of "Wie doet wat" into an explorer. It never recomputes a layout; it
 * reads what the build wrote (data attributes, and the positions of every drawing in a JSON script) and only adds
 * views, filters, selection, zoom, panning, deep links and export. It opens on the overview (every organisation, no
 * relations drawn); choosing an organisation moves the same boxes into the focus view of its neighbourhood, a kind
 * of relation or "alle relaties" into the whole network. A view or filter is a few attributes on the <svg> that CSS
 * turns into what is shown.
 */
import { parseOrgChartState, orgChartSearch, type OrgChartState } from '../state.ts';
import { actorShown, FILTER_ATTRIBUTES, ORG_CHART_TAG, relationShown, shownActorOf, type OrgChartStrings, type ShownActor } from '../contract.ts';
import { nearestInDirection, readingOrder, type Direction } from '../../diagram/spatial-nav.ts';
import { diagramCommand, type ZoomCommand } from '../../diagram/keys.ts';
import { RELATION_TYPES } from '../../../model/vocabulary.ts';
import type { Relation } from '../../../model/schemas.ts';
import { announce, fill, PageElement, readStrings, setIfChanged } from '../../diagram/browser/chart-support.ts';
import { hideDetails, showDetails } from '../../diagram/browser/details-panel.ts';
import { writeSearch } from '../../diagram/browser/url-state.ts';
import { focusOption, makeListbox, makeOption, markChosen, setTabStop } from '../../diagram/browser/listbox.ts';
import { wireShareActions } from '../../diagram/browser/toolbar-actions.ts';
import { checkBoxes, onCheckboxes, showFilterCount } from '../../diagram/browser/filter-controls.ts';
import { chartFrame, type ChartFrame } from './frame.ts';
import type { BrowserLayouts, PlacedDrawing } from '../build/focus.ts';

type Shape = 'overview-wide' | 'overview-narrow' | 'chart';
/** What is drawn: the overview, the whole network, or the focus view of one organisation (at a desktop's or a phone's width). */
type Drawing = 'overview' | 'network' | 'focus';

interface ChartNode extends ShownActor {
  el: SVGGElement;
  id: string;
  x: number;
  y: number;
  /** Width and height of the box in the overview at each width, and in the network and focus views. */
  sizes: Record<Shape, [number, number]>;
}

interface ChartEdge {
  el: SVGPathElement;
  id: string;
  from: ChartNode;
  to: ChartNode;
  type: Relation['type'];
  state: Relation['state'];
  /** The route in the whole network, as the build drew it; a focus view draws the line its own way. */
  networkPath: string;
  /** The route drawn now (kept here: reading a path back from the DOM costs more than comparing it). */
  path: string;
}

const ZOOM_STEP = 1.4;

class OrgChart extends PageElement {
  private svg!: SVGSVGElement;
  private viewport!: HTMLElement;
  private nodes: ChartNode[] = [];
  private nodeById = new Map<string, ChartNode>();
  private edges: ChartEdge[] = [];
  private edgesOf = new Map<string, ChartEdge[]>();
  private ordered: ChartNode[] = [];
  private panel!: HTMLElement;
  private status!: HTMLElement;
  private toolbar!: HTMLElement;
  private strings!: OrgChartStrings;
  private state!: OrgChartState;
  private active?: string;
  private shownSelection?: string;
  private frame!: ChartFrame;
  private layouts!: BrowserLayouts;
  /** The positions in use now: 'overview-wide', 'overview-medium', 'overview-narrow', 'network', 'focus:<id>' or 'focus-narrow:<id>'. */
  private placed = 'overview-wide';
  private drawing: Drawing = 'overview';
  /** The boxes a focus view draws (of an organisation, or a set named in the URL); none otherwise. */
  private inFocus?: Set<string>;
  private marked: Element[] = [];
  private room = { overview: 0, focus: 0 };

  connectedCallback(): void {
    super.connectedCallback();
    performance.mark('org-chart:start');
    this.svg = this.querySelector('[data-viewport] svg.orgchart-svg')!;
    this.viewport = this.querySelector('[data-viewport]')!;
    this.panel = this.querySelector('[data-panel]')!;
    this.status = this.querySelector('[data-live]')!;
    this.toolbar = this.querySelector('[data-toolbar]')!;
    this.strings = readStrings<OrgChartStrings>(this);
    this.layouts = JSON.parse(this.querySelector('script[type="application/json"][data-layouts]')!.textContent!) as BrowserLayouts;
    this.readShapes();
    this.makeAccessible();
    this.frame = chartFrame(this.viewport, this.svg, this.svg.querySelector('[data-zoom-layer]')!);
    this.measureRoom();
    this.wireToolbar();
    this.state = this.stateFromUrl();
    this.apply(false);
    if (this.state.actor) this.centerOn(this.state.actor, false);
    else if (this.state.focus) this.centerOnSet(this.state.focus);
    else if (this.drawing === 'network') this.frame.startAtFirstBand();
    // The overview and the focus views have a phone's width and a desktop's: the one that fits the frame.
    const sizes = new ResizeObserver(() => {
      if (this.measureRoom() && this.drawing !== 'network') this.arrange();
    });
    sizes.observe(this.viewport.parentElement!);
    this.signal.addEventListener('abort', () => sizes.disconnect());
    window.addEventListener(
      'popstate',
      () => {
        this.state = this.stateFromUrl();
        this.apply(true);
      },
      { signal: this.signal },
    );
    this.dataset.enhanced = '';
    performance.measure('org-chart:enhance', 'org-chart:start');
  }

  private readShapes(): void {
    for (const el of this.svg.querySelectorAll<SVGGElement>('g.node')) {
      const d = el.dataset;
      const size = (shape: Shape): [number, number] => {
        const rect = el.querySelector(`.node__shape--${shape} rect`)!;
        return [Number(rect.getAttribute('width')), Number(rect.getAttribute('height'))];
      };
      const node: ChartNode = { el, id: d.id!, x: Number(d.x), y: Number(d.y), sizes: { 'overview-wide': size('overview-wide'), 'overview-narrow': size('overview-narrow'), chart: size('chart') }, ...shownActorOf(d) };
      this.nodes.push(node);
      this.nodeById.set(node.id, node);
      this.edgesOf.set(node.id, []);
    }
    for (const el of this.svg.querySelectorAll<SVGPathElement>('path.edge')) {
      const d = el.dataset;
      const edge: ChartEdge = { el, id: d.id!, from: this.nodeById.get(d.from!)!, to: this.nodeById.get(d.to!)!, type: d.type as ChartEdge['type'], state: d.state as ChartEdge['state'], networkPath: el.getAttribute('d')!, path: el.getAttribute('d')! };
      this.edges.push(edge);
      this.edgesOf.get(edge.from.id)!.push(edge);
      this.edgesOf.get(edge.to.id)!.push(edge);
    }
    this.ordered = readingOrder(this.nodes).map((item) => this.nodeById.get(item.id)!);
  }

  /** A link that names an actor but no view shows that actor: an actor that exists only in the proposal. */
  private stateFromUrl(): OrgChartState {
    const state = parseOrgChartState(location.search, new Set(this.nodeById.keys()));
    const actor = state.actor && this.nodeById.get(state.actor);
    if (actor && !new URLSearchParams(location.search).has('view') && !actorShown(actor, state)) return { ...state, view: 'voorgesteld' };
    return state;
  }

  /** The build emits a picture (role img); enhanced, the boxes become a listbox with one Tab stop. */
  private makeAccessible(): void {
    const list = this.svg.querySelector('.nodes')!;
    makeListbox(this.viewport, this.svg, 'orgchart-hulp', list, this.strings.listLabel);
    this.svg.querySelectorAll('.bands, .edges').forEach((group) => group.setAttribute('aria-hidden', 'true'));
    for (const { el, id } of this.nodes) {
      makeOption(el);
      el.addEventListener('click', () => {
        this.focusNode(id);
        this.toggle(id);
      });
    }
    list.addEventListener('keydown', (event) => this.onKey(event as KeyboardEvent));
    // A neighbour named in the details panel is chosen in the chart rather than scrolled to in the list.
    this.panel.addEventListener('click', (event) => {
      const link = (event.target as Element).closest<HTMLAnchorElement>('a[href^="#actor-"]');
      if (!link) return;
      event.preventDefault();
      const id = link.getAttribute('href')!.slice('#actor-'.length);
      if (this.isShown(id)) this.choose(id);
    });
  }

  /** The middle of the organisations of a focus set in the middle of the frame. */
  private centerOnSet(ids: readonly string[]): void {
    const nodes = ids.map((id) => this.nodeById.get(id)!);
    const xs = nodes.map((n) => n.x);
    const ys = nodes.map((n) => n.y);
    this.frame.centerOn({ x: (Math.min(...xs) + Math.max(...xs)) / 2, y: (Math.min(...ys) + Math.max(...ys)) / 2 }, false);
  }

  private centerOn(id: string, animate = true): void {
    const node = this.nodeById.get(id);
    if (node) this.frame.centerOn(node, animate);
  }

  private wireToolbar(): void {
    this.toolbar.querySelectorAll<HTMLButtonElement>('[data-view]').forEach((button) =>
      button.addEventListener('click', () => this.update({ view: button.dataset.view as OrgChartState['view'] })),
    );
    this.toolbar.querySelectorAll<HTMLButtonElement>('[data-show]').forEach((button) =>
      button.addEventListener('click', () =>
        this.update(
          button.dataset.show === 'network'
            ? { relations: 'all', actor: undefined, focus: undefined }
            : { relations: undefined, actor: undefined, focus: undefined, types: [] },
        ),
      ),
    );
    this.toolbar.querySelectorAll<HTMLButtonElement>('[data-type-toggle]').forEach((button) =>
      button.addEventListener('click', () => {
        const type = button.dataset.typeToggle!;
        const only = this.state.types.length === 1 && this.state.types[0] === type;
        this.update({ types: only ? [] : [type] });
      }),
    );
    onCheckboxes(this.toolbar, 'types', RELATION_TYPES, (types) => this.update({ types }));
    this.toolbar.querySelectorAll<HTMLSelectElement>('select').forEach((control) =>
      control.addEventListener('change', () => this.update({ [control.name]: control.value || undefined })),
    );
    this.toolbar.querySelector('[data-reset]')!.addEventListener('click', () => this.update({ types: [], domain: undefined, level: undefined }));
    this.toolbar.querySelectorAll<HTMLButtonElement>('[data-zoom]').forEach((button) => button.addEventListener('click', () => this.zoom(button.dataset.zoom as ZoomCommand | 'fit')));
    const find = this.toolbar.querySelector<HTMLInputElement>('[data-find]')!;
    const findActor = () => {
      const query = find.value.trim().toLowerCase();
      if (!query) return;
      const options = [...this.toolbar.querySelectorAll<HTMLOptionElement>('datalist option')];
      const match = options.find((o) => o.value.toLowerCase() === query) ?? options.find((o) => o.value.toLowerCase().includes(query));
      const id = match?.dataset.id;
      if (!id || !this.isShown(id)) {
        announce(this.status, fill(this.strings.notFound, { query: find.value }));
        return;
      }
      this.choose(id);
    };
    find.addEventListener('change', findActor);
    find.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') {
        event.preventDefault();
        findActor();
      }
    });
    const { copied, copyFailed } = this.strings;
    wireShareActions(this, { svg: this.svg, status: this.status, copied, copyFailed, fileName: () => `wie-doet-wat-${this.state.view}` });
  }

  private onKey(event: KeyboardEvent): void {
    const visible = this.visibleNodes();
    const current = this.active && this.isShown(this.active) ? this.active : visible[0]?.id;
    if (!current) return;
    const command = diagramCommand(event.key);
    let next: string | undefined;
    if (command === 'left' || command === 'right' || command === 'up' || command === 'down') next = nearestInDirection(visible, current, command satisfies Direction) ?? current;
    else if (command === 'first') next = visible[0].id;
    else if (command === 'last') next = visible[visible.length - 1].id;
    else if (command === 'choose') this.toggle(current);
    else if (command === 'clear') {
      // Back to where the reader came from (the overview, or the network), with the same box keeping focus.
      if (this.state.actor) this.update({ actor: undefined });
      else if (this.state.focus) this.update({ focus: undefined });
      this.centerOn(current, false);
    } else if (command) this.zoom(command);
    else return;
    event.preventDefault();
    if (next) this.focusNode(next);
  }

  /** A zoom command of a key, or of a toolbar button ('fit' too). */
  private zoom(how: ZoomCommand | 'fit'): void {
    if (how === 'in') this.frame.zoomBy(ZOOM_STEP);
    else if (how === 'out') this.frame.zoomBy(1 / ZOOM_STEP);
    else if (how === 'reset') this.frame.zoomTo(1);
    else this.frame.fit();
  }

  /** Chooses a shown actor from elsewhere (the find box, a link in the details panel) and brings it into view. */
  private choose(id: string): void {
    this.update({ actor: id, focus: undefined });
    this.centerOn(id);
    this.focusNode(id);
  }

  private toggle(id: string): void {
    this.update({ actor: this.state.actor === id ? undefined : id, focus: undefined });
    if (this.drawing === 'focus') this.centerOn(id, false);
  }

  private focusNode(id: string): void {
    const node = this.nodeById.get(id);
    if (!node) return;
    const previous = this.active ? this.nodeById.get(this.active) : undefined;
    this.active = id;
    this.labelNode(node);
    focusOption(previous?.el, node.el);
  }

  private isShown(id: string): boolean {
    const node = this.nodeById.get(id);
    return Boolean(node) && actorShown(node!, this.state) && (this.drawing !== 'focus' || this.inFocus!.has(id));
  }

  private edgeShown(edge: ChartEdge): boolean {
    return relationShown(edge, edge.from, edge.to, this.state);
  }

  /** Shown boxes in reading order. */
  private visibleNodes(): ChartNode[] {
    return this.ordered.filter((node) => this.isShown(node.id));
  }

  /** A user action: change the state, record it in the URL (so Back undoes it) and show it. */
  private update(change: Partial<OrgChartState>): void {
    this.state = { ...this.state, ...change };
    writeSearch(orgChartSearch(this.state), { keepHash: true });
    this.apply(true, change);
  }

  private apply(announceChange: boolean, change: Partial<OrgChartState> = {}): void {
    const onlyTheChoice = 'actor' in change && Object.keys(change).every((key) => key === 'actor' || key === 'focus');
    const before = this.placed;
    if (this.state.actor && !actorShown(this.nodeById.get(this.state.actor)!, this.state)) this.state = { ...this.state, actor: undefined };
    this.arrange();
    if (!onlyTheChoice || before !== this.placed) this.applyFilters();
    // Exactly one box is in the Tab order: the active one, else the selected one, else the first in reading order.
    const stop = [this.active, this.state.actor].find((id) => id && this.isShown(id)) ?? this.visibleNodes()[0]?.id;
    for (const id of new Set([this.active, this.state.actor, stop, ...this.nodes.filter((n) => n.el.tabIndex === 0).map((n) => n.id)])) {
      if (id) setTabStop(this.nodeById.get(id)!.el, id === stop);
    }
    this.showSelection();
    if (!announceChange) return;
    if (this.drawing === 'overview') {
      announce(this.status, `${this.strings.views[this.state.view]}. ${fill(this.strings.overviewShown, { actors: this.visibleNodes().length })}`);
    } else if (onlyTheChoice) {
      const node = this.state.actor ? this.nodeById.get(this.state.actor) : undefined;
      announce(this.status, node ? fill(this.strings.selected, { name: node.el.getAttribute('aria-label')! }) : this.strings.cleared);
    } else {
      const actors = this.nodes.filter((n) => actorShown(n, this.state)).length;
      const relations = this.edges.filter((e) => this.edgeShown(e)).length;
      announce(this.status, `${this.strings.views[this.state.view]}. ${fill(this.strings.visible, { actors, relations })}`);
    }
  }

  /**
   * Moves the boxes to the drawing the state asks for: an organisation chosen is shown in the focus view of its
   * neighbourhood (the whole network, with it marked, for a chart too large to have focus views); a set named in the
   * URL in the whole network, the rest faint; a kind of relation or "alle relaties" in the whole network; else the
   * overview at the width that fits the frame. The positions come from the build; nothing is laid out here.
   */
  private arrange(): void {
    const { actor, focus, types, relations } = this.state;
    let key: string;
    let placed: PlacedDrawing;
    if (actor && this.layouts.focus[actor]) {
      const [wide, narrow] = [this.layouts.focus[actor], this.layouts.focusNarrow[actor]];
      [key, placed] = narrow && wide.width > this.room.focus ? [`focus-narrow:${actor}`, narrow] : [`focus:${actor}`, wide];
    } else if (actor || focus || relations === 'all' || types.length) [key, placed] = ['network', this.layouts.network];
    else {
      const room = this.room.overview;
      const { wide, medium } = this.layouts.overview;
      const variant = room <= 0 || room >= wide.width ? 'wide' : room >= medium.width ? 'medium' : 'narrow';
      [key, placed] = [`overview-${variant}`, this.layouts.overview[variant]];
    }
    this.drawing = key.startsWith('focus') ? 'focus' : key === 'network' ? 'network' : 'overview';
    const focusSet = !actor && focus ? new Set(focus) : undefined;
    this.inFocus = this.drawing === 'focus' ? new Set(Object.keys(placed.nodes)) : focusSet;
    setIfChanged(this.svg, 'data-drawing', this.drawing);
    setIfChanged(this.svg, 'data-layout', key.split(':')[0]);
    this.svg.classList.toggle('has-focus-set', Boolean(focusSet));
    for (const el of this.marked) el.classList.remove('in-focus');
    this.marked = [];
    if (this.inFocus) {
      for (const id of this.inFocus) this.marked.push(this.nodeById.get(id)!.el);
      for (const edge of this.edges) {
        if (this.drawing === 'focus' ? edge.id in placed.edges : this.inFocus.has(edge.from.id) && this.inFocus.has(edge.to.id)) this.marked.push(edge.el);
      }
      for (const el of this.marked) el.classList.add('in-focus');
    }
    if (key === this.placed) return;
    // The medium overview (a desktop at 200 % zoom) and the phone's focus view have the phone's overview boxes.
    const shape: Shape = key === 'overview-wide' ? key : key.startsWith('overview') || key.startsWith('focus-narrow') ? 'overview-narrow' : 'chart';
    for (const node of this.nodes) {
      const at = placed.nodes[node.id];
      if (!at) continue;
      node.el.setAttribute('transform', `translate(${at[0]},${at[1]})`);
      node.x = at[0] + node.sizes[shape][0] / 2;
      node.y = at[1] + node.sizes[shape][1] / 2;
    }
    for (const edge of this.edges) {
      const path = placed.edges[edge.id] ?? edge.networkPath;
      if (path === edge.path) continue;
      edge.el.setAttribute('d', path);
      edge.path = path;
    }
    this.ordered = readingOrder(this.nodes).map((item) => this.nodeById.get(item.id)!);
    this.placed = key;
    this.frame.setSize(placed.width, placed.height);
  }

  /**
   * The widths the drawings have, measured when the page's layout changes size rather than at every change of view:
   * reading a size after the boxes moved would lay out the whole SVG an extra time. The overview's is the frame's
   * without the details panel (the overview has none beside it), less its border; a focus view's is that less the
   * panel where the window puts it beside the chart. True when they changed.
   */
  private measureRoom(): boolean {
    const layout = this.viewport.parentElement!;
    const overview = layout.clientWidth - 2;
    let focus = overview;
    if (matchMedia('(min-width: 64rem)').matches) {
      const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
      focus -= 22 * rem + parseFloat(getComputedStyle(layout).columnGap || '0');
    }
    const changed = overview !== this.room.overview || focus !== this.room.focus;
    this.room = { overview, focus };
    return changed;
  }

  /** The view and filters as attributes of the <svg>: CSS shows and hides the shapes. */
  private applyFilters(): void {
    const { view, types, domain, level } = this.state;
    const svg = this.svg;
    setIfChanged(svg, FILTER_ATTRIBUTES.view, view);
    setIfChanged(svg, FILTER_ATTRIBUTES.types, types.length ? types.join(' ') : null);
    setIfChanged(svg, FILTER_ATTRIBUTES.domain, domain ?? null);
    setIfChanged(svg, FILTER_ATTRIBUTES.level, level ?? null);
    for (const node of this.nodes) this.labelNode(node);
    this.syncToolbar();
  }

  /** "Politie — politie en justitie, nationaal, 6 relaties": the count is of the relations shown now. */
  private labelNode(node: ChartNode): void {
    const count = this.edgesOf.get(node.id)!.filter((e) => this.edgeShown(e)).length;
    const diffLabel = node.el.dataset.diffLabel;
    const difference = this.state.view === 'verschil' && diffLabel ? `, ${diffLabel}` : '';
    setIfChanged(node.el, 'aria-label', `${node.el.dataset.label}, ${count} ${count === 1 ? this.strings.relation : this.strings.relations}${difference}`);
  }

  private syncToolbar(): void {
    const { view, types, domain, level } = this.state;
    this.toolbar.querySelectorAll<HTMLButtonElement>('[data-view]').forEach((b) => b.setAttribute('aria-pressed', String(b.dataset.view === view)));
    this.toolbar.querySelectorAll<HTMLButtonElement>('[data-show]').forEach((b) => b.setAttribute('aria-pressed', String(b.dataset.show === this.drawing)));
    this.toolbar
      .querySelectorAll<HTMLButtonElement>('[data-type-toggle]')
      .forEach((b) => b.setAttribute('aria-pressed', String(types.length > 0 && types.includes(b.dataset.typeToggle!))));
    checkBoxes(this.toolbar, 'types', types);
    this.toolbar.querySelector<HTMLSelectElement>('select[name="domain"]')!.value = domain ?? '';
    this.toolbar.querySelector<HTMLSelectElement>('select[name="level"]')!.value = level ?? '';
    showFilterCount(this.toolbar, (types.length ? 1 : 0) + (domain ? 1 : 0) + (level ? 1 : 0), this.strings.filtersActive);
  }

  /** Marks the chosen actor, its neighbours and its shown relations; only the shapes of the old and new choice change. */
  private showSelection(): void {
    const id = this.state.actor;
    const touched = new Set([this.shownSelection, id].filter(Boolean) as string[]);
    const related = new Set<ChartEdge>();
    const neighbours = new Set<string>();
    if (id) {
      for (const edge of this.edgesOf.get(id)!) {
        if (!this.edgeShown(edge)) continue;
        related.add(edge);
        neighbours.add(edge.from.id === id ? edge.to.id : edge.from.id);
      }
    }
    this.svg.classList.toggle('has-selection', Boolean(id));
    for (const actor of touched) {
      for (const edge of this.edgesOf.get(actor)!) {
        edge.el.classList.toggle('is-related', related.has(edge));
        for (const end of [edge.from, edge.to]) {
          end.el.classList.toggle('is-neighbour', neighbours.has(end.id));
          markChosen(end.el, end.id === id);
        }
      }
      markChosen(this.nodeById.get(actor)!.el, actor === id);
    }
    this.shownSelection = id;
    if (!id) {
      hideDetails(this.panel);
      return;
    }
    this.fillPanel(id);
  }

  /** The details panel: the actor's entry of the list, with relations the filters hide marked as such. */
  private fillPanel(id: string): void {
    const entry = document.getElementById(`actor-${id}`);
    const title = entry?.querySelector('.orgchart-list__name a')?.textContent ?? this.nodeById.get(id)!.el.dataset.label!;
    const link = document.createElement('a');
    link.href = this.strings.pageUrl.replace('{id}', id);
    link.textContent = fill(this.strings.toPage, { name: title });
    const footer = document.createElement('p');
    footer.append(link);
    const onClose = () => {
      this.update({ actor: undefined });
      this.focusNode(id);
    };
    const body = showDetails(this.panel, { titleId: 'orgchart-paneel-titel', title, closeLabel: this.strings.close, onClose, entry, footer });
    const edgeById = new Map(this.edgesOf.get(id)!.map((edge) => [edge.id, edge]));
    for (const item of body.querySelectorAll<HTMLElement>('li[data-relation]')) {
      const edge = edgeById.get(item.dataset.relation!);
      if (!edge || this.edgeShown(edge)) continue;
      item.classList.add('is-filtered');
      const note = document.createElement('strong');
      note.className = 'orgchart-panel__hidden';
      note.textContent = this.strings.hiddenByFilter;
      item.prepend(note, ' ');
    }
  }
}

customElements.define(ORG_CHART_TAG, OrgChart);
