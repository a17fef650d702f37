/**
 * <org-chart>: enhances the build-time SVG of "Wie doet wat" into an explorer. It never recomputes the layout; it
 * reads what the build wrote into data attributes and only adds views, filters, selection, zoom, panning, deep links
 * and export. A view or filter is a few attributes on the <svg> that CSS turns into what is shown; choosing an actor
 * touches only that actor's boxes and lines.
 */
import { parseOrgChartState, orgChartSearch, type OrgChartState } from '../../diagram/chart-state.ts';
import { actorShown, relationShown, type ShownActor } from '../views.ts';
import { nearestInDirection, readingOrder, type Direction } from '../../diagram/spatial-nav.ts';
import { RELATION_TYPES } from '../../../model/vocabulary.ts';
import type { Relation } from '../../../model/schemas.ts';
import { announce, copyText, fill, prefersReducedMotion, readStrings, setIfChanged } from '../../diagram/browser/chart-support.ts';
import { downloadPng, downloadSvg } from '../../diagram/browser/chart-export.ts';

interface Strings {
  views: Record<OrgChartState['view'], string>;
  visible: string;
  selected: string;
  cleared: string;
  notFound: string;
  copied: string;
  copyFailed: string;
  relation: string;
  relations: string;
  close: string;
  toPage: string;
  pageUrl: string;
  listLabel: string;
  filtersActive: string;
  hiddenByFilter: string;
}

interface ChartNode extends ShownActor {
  el: SVGGElement;
  id: string;
  x: number;
  y: number;
}

interface ChartEdge {
  el: SVGPathElement;
  id: string;
  from: ChartNode;
  to: ChartNode;
  type: Relation['type'];
  state: Relation['state'];
}

const KEY_DIRECTION: Record<string, Direction> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };
const MIN_SCALE = 0.2;
const MAX_SCALE = 4;
/** CSS px: a frame narrower than this is a phone's or a zoomed-in page's. */
const NARROW_FRAME = 640;

class OrgChart extends HTMLElement {
  private svg!: SVGSVGElement;
  private layer!: SVGGElement;
  private viewport!: HTMLElement;
  private nodes: ChartNode[] = [];
  private nodeById = new Map<string, ChartNode>();
  private edges: ChartEdge[] = [];
  private edgesOf = new Map<string, ChartEdge[]>();
  private ordered: ChartNode[] = [];
  private panel!: HTMLElement;
  private status!: HTMLElement;
  private toolbar!: HTMLElement;
  private strings!: Strings;
  private state!: OrgChartState;
  private active?: string;
  private shownSelection?: string;
  private width = 0;
  private height = 0;
  private scale = 1;

  connectedCallback(): void {
    performance.mark('org-chart:start');
    this.svg = this.querySelector('[data-viewport] svg.orgchart-svg')!;
    this.layer = this.svg.querySelector('[data-zoom-layer]')!;
    this.viewport = this.querySelector('[data-viewport]')!;
    this.panel = this.querySelector('[data-panel]')!;
    this.status = this.querySelector('[data-live]')!;
    this.toolbar = this.querySelector('[data-toolbar]')!;
    this.strings = readStrings<Strings>(this);
    this.width = this.svg.viewBox.baseVal.width;
    this.height = this.svg.viewBox.baseVal.height;
    this.readShapes();
    this.makeAccessible();
    this.setUpPanning();
    this.wireToolbar();
    this.state = this.stateFromUrl();
    this.apply(false);
    if (this.state.actor) this.centerOn(this.state.actor, false);
    else this.startAtFirstBand();
    window.addEventListener('popstate', () => {
      this.state = this.stateFromUrl();
      this.apply(true);
    });
    this.dataset.enhanced = '';
    performance.measure('org-chart:enhance', 'org-chart:start');
  }

  private readShapes(): void {
    for (const el of this.svg.querySelectorAll<SVGGElement>('g.node')) {
      const d = el.dataset;
      const node: ChartNode = { el, id: d.id!, x: Number(d.x), y: Number(d.y), views: d.views!.split(' '), domains: d.domains!.split(' '), level: d.level! };
      this.nodes.push(node);
      this.nodeById.set(node.id, node);
      this.edgesOf.set(node.id, []);
    }
    for (const el of this.svg.querySelectorAll<SVGPathElement>('path.edge')) {
      const d = el.dataset;
      const edge: ChartEdge = { el, id: d.id!, from: this.nodeById.get(d.from!)!, to: this.nodeById.get(d.to!)!, type: d.type as ChartEdge['type'], state: d.state as ChartEdge['state'] };
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
    this.viewport.removeAttribute('tabindex');
    this.viewport.removeAttribute('aria-labelledby');
    this.svg.setAttribute('role', 'group');
    this.svg.setAttribute('aria-describedby', `${this.svg.getAttribute('aria-describedby')} orgchart-hulp`);
    this.svg.querySelectorAll('.bands, .edges').forEach((group) => group.setAttribute('aria-hidden', 'true'));
    const list = this.svg.querySelector('.nodes')!;
    list.setAttribute('role', 'listbox');
    list.setAttribute('aria-label', this.strings.listLabel);
    for (const { el, id } of this.nodes) {
      el.setAttribute('role', 'option');
      el.setAttribute('aria-selected', 'false');
      el.setAttribute('tabindex', '-1');
      el.querySelector('title')?.remove();
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
      if (!this.isShown(id)) return;
      this.update({ actor: id });
      this.centerOn(id);
      this.focusNode(id);
    });
  }

  /** Dragging with a mouse moves the chart like a map; touch and wheel scroll it natively. */
  private setUpPanning(): void {
    let start: { x: number; y: number; left: number; top: number } | undefined;
    let moved = false;
    this.svg.addEventListener('pointerdown', (event) => {
      if (event.pointerType !== 'mouse' || event.button !== 0) return;
      start = { x: event.clientX, y: event.clientY, left: this.viewport.scrollLeft, top: this.viewport.scrollTop };
      moved = false;
    });
    this.svg.addEventListener('pointermove', (event) => {
      if (!start) return;
      const dx = event.clientX - start.x;
      const dy = event.clientY - start.y;
      if (!moved && Math.hypot(dx, dy) < 5) return;
      if (!moved) {
        moved = true;
        this.svg.setPointerCapture(event.pointerId);
        this.svg.classList.add('is-panning');
      }
      this.viewport.scrollTo(start.left - dx, start.top - dy);
    });
    const end = () => {
      start = undefined;
      this.svg.classList.remove('is-panning');
    };
    this.svg.addEventListener('pointerup', end);
    this.svg.addEventListener('pointercancel', end);
    // A drag is not a click on the box where it ended.
    this.svg.addEventListener(
      'click',
      (event) => {
        if (moved) event.stopPropagation();
        moved = false;
      },
      true,
    );
  }

  /** Draws the chart at `scale` times its own size, keeping the middle of the frame where it was. */
  private zoomTo(scale: number): void {
    const next = Math.round(Math.min(MAX_SCALE, Math.max(MIN_SCALE, scale)) * 1000) / 1000;
    const { scrollLeft, scrollTop, clientWidth, clientHeight } = this.viewport;
    const centre = { x: (scrollLeft + clientWidth / 2) / this.scale, y: (scrollTop + clientHeight / 2) / this.scale };
    this.scale = next;
    const [w, h] = [this.width * next, this.height * next].map((n) => String(Math.round(n * 10) / 10));
    this.svg.setAttribute('width', w);
    this.svg.setAttribute('height', h);
    this.svg.setAttribute('viewBox', `0 0 ${w} ${h}`);
    this.layer.setAttribute('transform', `translate(0,0) scale(${next})`);
    this.viewport.scrollTo(centre.x * next - clientWidth / 2, centre.y * next - clientHeight / 2);
  }

  /** The whole chart in the frame, however small its names get: the reader asked for it. */
  private fit(): void {
    const frameHeight = Math.min(window.innerHeight * 0.85, this.viewport.clientHeight || Infinity);
    this.zoomTo(Math.min(1, this.viewport.clientWidth / this.width, frameHeight / this.height));
  }

  /** A narrow frame shows the top band from its label on, not the empty space left of it. */
  private startAtFirstBand(): void {
    if (this.viewport.clientWidth >= NARROW_FRAME) return;
    const label = this.svg.querySelector<SVGTextElement>('.band__label');
    if (label) this.viewport.scrollLeft = Number(label.getAttribute('x')) - 8;
  }

  private centerOn(id: string, animate = true): void {
    const node = this.nodeById.get(id);
    if (!node) return;
    this.viewport.scrollTo({
      left: node.x * this.scale - this.viewport.clientWidth / 2,
      top: node.y * this.scale - this.viewport.clientHeight / 2,
      behavior: animate && !prefersReducedMotion() ? 'smooth' : 'instant',
    });
  }

  private wireToolbar(): void {
    this.toolbar.querySelectorAll<HTMLButtonElement>('[data-view]').forEach((button) =>
      button.addEventListener('click', () => this.update({ view: button.dataset.view as OrgChartState['view'] })),
    );
    this.toolbar.querySelectorAll<HTMLButtonElement>('[data-type-toggle]').forEach((button) =>
      button.addEventListener('click', () => {
        const type = button.dataset.typeToggle!;
        const only = this.state.types.length === 1 && this.state.types[0] === type;
        this.update({ types: only ? [] : [type] });
      }),
    );
    this.toolbar.querySelectorAll<HTMLInputElement>('input[name="types"]').forEach((box) =>
      box.addEventListener('change', () => {
        const checked = [...this.toolbar.querySelectorAll<HTMLInputElement>('input[name="types"]:checked')].map((b) => b.value);
        this.update({ types: checked.length === RELATION_TYPES.length ? [] : checked });
      }),
    );
    this.toolbar.querySelectorAll<HTMLSelectElement>('select').forEach((control) =>
      control.addEventListener('change', () => this.update({ [control.name]: control.value || undefined })),
    );
    this.toolbar.querySelector('[data-reset]')!.addEventListener('click', () => this.update({ types: [], domain: undefined, level: undefined }));
    this.toolbar.querySelectorAll<HTMLButtonElement>('[data-zoom]').forEach((button) =>
      button.addEventListener('click', () => {
        const action = button.dataset.zoom;
        if (action === 'in') this.zoomTo(this.scale * 1.4);
        else if (action === 'out') this.zoomTo(this.scale / 1.4);
        else if (action === 'reset') this.zoomTo(1);
        else this.fit();
      }),
    );
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
      this.update({ actor: id });
      this.centerOn(id);
      this.focusNode(id);
    };
    find.addEventListener('change', findActor);
    find.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') {
        event.preventDefault();
        findActor();
      }
    });
    this.querySelector('[data-copy-link]')!.addEventListener('click', async () => {
      announce(this.status, (await copyText(location.href)) ? this.strings.copied : this.strings.copyFailed);
    });
    this.querySelectorAll<HTMLButtonElement>('[data-export]').forEach((button) =>
      button.addEventListener('click', () => {
        const name = `wie-doet-wat-${this.state.view}`;
        if (button.dataset.export === 'svg') downloadSvg(this.svg, name);
        else void downloadPng(this.svg, name);
      }),
    );
  }

  private onKey(event: KeyboardEvent): void {
    const visible = this.visibleNodes();
    const current = this.active && this.isShown(this.active) ? this.active : visible[0]?.id;
    if (!current) return;
    let next: string | undefined;
    if (event.key in KEY_DIRECTION) next = nearestInDirection(visible, current, KEY_DIRECTION[event.key]) ?? current;
    else if (event.key === 'Home') next = visible[0].id;
    else if (event.key === 'End') next = visible[visible.length - 1].id;
    else if (event.key === 'Enter' || event.key === ' ') this.toggle(current);
    else if (event.key === 'Escape') {
      if (this.state.actor) this.update({ actor: undefined });
    } else if (event.key === '+' || event.key === '=') this.zoomTo(this.scale * 1.4);
    else if (event.key === '-') this.zoomTo(this.scale / 1.4);
    else if (event.key === '0') this.zoomTo(1);
    else return;
    event.preventDefault();
    if (next) this.focusNode(next);
  }

  private toggle(id: string): void {
    this.update({ actor: this.state.actor === id ? undefined : id });
  }

  private focusNode(id: string): void {
    const node = this.nodeById.get(id);
    if (!node) return;
    const previous = this.active && this.nodeById.get(this.active);
    if (previous && previous !== node) previous.el.setAttribute('tabindex', '-1');
    node.el.setAttribute('tabindex', '0');
    this.active = id;
    this.labelNode(node);
    node.el.focus();
  }

  private isShown(id: string): boolean {
    const node = this.nodeById.get(id);
    return Boolean(node) && actorShown(node!, this.state);
  }

  private edgeShown(edge: ChartEdge): boolean {
    return relationShown(edge, edge.from, edge.to, this.state);
  }

  /** Shown boxes in reading order. */
  private visibleNodes(): ChartNode[] {
    return this.ordered.filter((node) => actorShown(node, this.state));
  }

  /** A user action: change the state, record it in the URL (so Back undoes it) and show it. */
  private update(change: Partial<OrgChartState>): void {
    this.state = { ...this.state, ...change };
    const search = orgChartSearch(this.state);
    if (search !== location.search) history.pushState(null, '', `${location.pathname}${search}${location.hash}`);
    this.apply(true, change);
  }

  private apply(announceChange: boolean, change: Partial<OrgChartState> = {}): void {
    const onlyTheChoice = 'actor' in change && Object.keys(change).length === 1;
    if (!onlyTheChoice) this.applyFilters();
    if (this.state.actor && !this.isShown(this.state.actor)) this.state = { ...this.state, actor: undefined };
    // Exactly one box is in the Tab order: the active one, else the selected one, else the first in reading order.
    const stop = [this.active, this.state.actor].find((id) => id && this.isShown(id)) ?? this.visibleNodes()[0]?.id;
    for (const id of new Set([this.active, this.state.actor, stop, ...this.nodes.filter((n) => n.el.tabIndex === 0).map((n) => n.id)])) {
      if (id) setIfChanged(this.nodeById.get(id)!.el, 'tabindex', id === stop ? '0' : '-1');
    }
    this.showSelection();
    if (!announceChange) return;
    if (onlyTheChoice) {
      const node = this.state.actor ? this.nodeById.get(this.state.actor) : undefined;
      announce(this.status, node ? fill(this.strings.selected, { name: node.el.getAttribute('aria-label')! }) : this.strings.cleared);
    } else {
      const actors = this.nodes.filter((n) => actorShown(n, this.state)).length;
      const relations = this.edges.filter((e) => this.edgeShown(e)).length;
      announce(this.status, `${this.strings.views[this.state.view]}. ${fill(this.strings.visible, { actors, relations })}`);
    }
  }

  /** The view and filters as attributes of the <svg>: CSS shows and hides the shapes. */
  private applyFilters(): void {
    const { view, types, domain, level } = this.state;
    const svg = this.svg;
    setIfChanged(svg, 'data-view', view);
    setIfChanged(svg, 'data-types', types.length ? types.join(' ') : null);
    setIfChanged(svg, 'data-domain', domain ?? null);
    setIfChanged(svg, 'data-level', level ?? null);
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
    this.toolbar
      .querySelectorAll<HTMLButtonElement>('[data-type-toggle]')
      .forEach((b) => b.setAttribute('aria-pressed', String(types.length > 0 && types.includes(b.dataset.typeToggle!))));
    this.toolbar.querySelectorAll<HTMLInputElement>('input[name="types"]').forEach((b) => (b.checked = !types.length || types.includes(b.value)));
    this.toolbar.querySelector<HTMLSelectElement>('select[name="domain"]')!.value = domain ?? '';
    this.toolbar.querySelector<HTMLSelectElement>('select[name="level"]')!.value = level ?? '';
    const active = (types.length ? 1 : 0) + (domain ? 1 : 0) + (level ? 1 : 0);
    this.toolbar.querySelector('[data-filter-count]')!.textContent = active ? ` (${fill(this.strings.filtersActive, { count: active })})` : '';
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
          end.el.classList.toggle('is-selected', end.id === id);
          setIfChanged(end.el, 'aria-selected', String(end.id === id));
        }
      }
      const own = this.nodeById.get(actor)!.el;
      own.classList.toggle('is-selected', actor === id);
      setIfChanged(own, 'aria-selected', String(actor === id));
    }
    this.shownSelection = id;
    if (!id) {
      this.panel.hidden = true;
      this.panel.replaceChildren();
      return;
    }
    this.fillPanel(id);
  }

  /** The details panel: the actor's entry of the list, with relations the filters hide marked as such. */
  private fillPanel(id: string): void {
    const entry = document.getElementById(`actor-${id}`);
    const node = this.nodeById.get(id)!;
    const heading = document.createElement('h3');
    heading.id = 'orgchart-paneel-titel';
    heading.textContent = entry?.querySelector('.orgchart-list__name a')?.textContent ?? node.el.dataset.label!;
    const close = document.createElement('button');
    close.type = 'button';
    close.className = 'button orgchart-panel__close';
    close.textContent = this.strings.close;
    close.addEventListener('click', () => {
      this.update({ actor: undefined });
      this.focusNode(id);
    });
    const body = document.createElement('div');
    if (entry) body.append(...[...entry.children].slice(1).map((child) => child.cloneNode(true)));
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
    const link = document.createElement('a');
    link.href = this.strings.pageUrl.replace('{id}', id);
    link.textContent = fill(this.strings.toPage, { name: heading.textContent });
    const footer = document.createElement('p');
    footer.append(link);
    this.panel.replaceChildren(heading, close, body, footer);
    this.panel.setAttribute('aria-labelledby', heading.id);
    this.panel.hidden = false;
  }
}

customElements.define('org-chart', OrgChart);
