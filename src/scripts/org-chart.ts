/**
 * <org-chart>: enhances the build-time SVG of "Wie doet wat" into an explorer. It never recomputes the layout; it
 * reads what the build wrote into data attributes and only adds views, filters, selection, zoom, deep links, export.
 */
import { select, type Selection } from 'd3-selection';
import { zoom, zoomIdentity, type ZoomBehavior } from 'd3-zoom';
import 'd3-transition';
import { parseOrgChartState, orgChartSearch, type OrgChartState } from '../lib/chart-state.ts';
import { relationInView } from '../lib/orgchart-views.ts';
import { nearestInDirection, readingOrder, type Direction } from '../lib/spatial-nav.ts';
import { RELATION_TYPES } from '../lib/vocabulary.ts';
import { announce, copyText, fill, prefersReducedMotion, readStrings, setIfChanged } from './chart-support.ts';
import { downloadPng, downloadSvg } from './chart-export.ts';

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
}

const KEY_DIRECTION: Record<string, Direction> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };

class OrgChart extends HTMLElement {
  private svg!: SVGSVGElement;
  private layer!: SVGGElement;
  private nodes: SVGGElement[] = [];
  private edges: SVGPathElement[] = [];
  private panel!: HTMLElement;
  private status!: HTMLElement;
  private toolbar!: HTMLElement;
  private strings!: Strings;
  private state!: OrgChartState;
  private active?: string;
  private zoomBehavior!: ZoomBehavior<SVGSVGElement, unknown>;
  private svgSelection!: Selection<SVGSVGElement, unknown, null, undefined>;

  connectedCallback(): void {
    performance.mark('org-chart:start');
    this.svg = this.querySelector('svg.orgchart-svg')!;
    this.layer = this.svg.querySelector('[data-zoom-layer]')!;
    this.nodes = [...this.svg.querySelectorAll<SVGGElement>('g.node')];
    this.edges = [...this.svg.querySelectorAll<SVGPathElement>('path.edge')];
    this.panel = this.querySelector('[data-panel]')!;
    this.status = this.querySelector('[data-live]')!;
    this.toolbar = this.querySelector('[data-toolbar]')!;
    this.strings = readStrings<Strings>(this);
    this.makeAccessible();
    this.setUpZoom();
    this.wireToolbar();
    this.state = parseOrgChartState(location.search, new Set(this.nodes.map((n) => n.dataset.id!)));
    this.apply(false);
    if (this.state.actor) this.centerOn(this.state.actor, false);
    window.addEventListener('popstate', () => {
      this.state = parseOrgChartState(location.search, new Set(this.nodes.map((n) => n.dataset.id!)));
      this.apply(true);
    });
    this.dataset.enhanced = '';
    performance.measure('org-chart:enhance', 'org-chart:start');
  }

  /** The build emits a picture (role img); enhanced, the boxes become a listbox with one Tab stop. */
  private makeAccessible(): void {
    const viewport = this.querySelector<HTMLElement>('[data-viewport]')!;
    viewport.removeAttribute('tabindex');
    viewport.removeAttribute('aria-labelledby');
    this.svg.setAttribute('role', 'group');
    this.svg.setAttribute('aria-describedby', `${this.svg.getAttribute('aria-describedby')} orgchart-hulp`);
    this.svg.querySelectorAll('.bands, .edges').forEach((group) => group.setAttribute('aria-hidden', 'true'));
    const list = this.svg.querySelector('.nodes')!;
    list.setAttribute('role', 'listbox');
    list.setAttribute('aria-label', this.strings.listLabel);
    for (const node of this.nodes) {
      node.setAttribute('role', 'option');
      node.setAttribute('aria-selected', 'false');
      node.setAttribute('tabindex', '-1');
      node.querySelector('title')?.remove();
      node.addEventListener('click', () => {
        this.focusNode(node.dataset.id!);
        this.toggle(node.dataset.id!);
      });
    }
    list.addEventListener('keydown', (event) => this.onKey(event as KeyboardEvent));
    // A neighbour named in the details panel is chosen in the chart rather than scrolled to in the list.
    this.panel.addEventListener('click', (event) => {
      const link = (event.target as Element).closest<HTMLAnchorElement>('a[href^="#actor-"]');
      if (!link) return;
      event.preventDefault();
      const id = link.getAttribute('href')!.slice('#actor-'.length);
      this.update({ actor: id });
      this.centerOn(id);
      this.focusNode(id);
    });
  }

  private setUpZoom(): void {
    this.svgSelection = select(this.svg);
    this.zoomBehavior = zoom<SVGSVGElement, unknown>()
      .scaleExtent([0.4, 5])
      .on('zoom', (event) => this.layer.setAttribute('transform', event.transform.toString()));
    this.svgSelection.call(this.zoomBehavior).on('dblclick.zoom', null);
  }

  private zoomBy(factor: number): void {
    const target = prefersReducedMotion() ? this.svgSelection : this.svgSelection.transition().duration(250);
    this.zoomBehavior.scaleBy(target as never, factor);
  }

  private fit(): void {
    const target = prefersReducedMotion() ? this.svgSelection : this.svgSelection.transition().duration(250);
    this.zoomBehavior.transform(target as never, zoomIdentity);
  }

  private centerOn(id: string, animate = true): void {
    const node = this.node(id);
    if (!node) return;
    const x = Number(node.dataset.x);
    const y = Number(node.dataset.y);
    const box = this.svg.viewBox.baseVal;
    const scale = 1.6;
    const transform = zoomIdentity.translate(box.width / 2 - x * scale, box.height / 2 - y * scale).scale(scale);
    const target = animate && !prefersReducedMotion() ? this.svgSelection.transition().duration(300) : this.svgSelection;
    this.zoomBehavior.transform(target as never, transform);
  }

  private wireToolbar(): void {
    this.toolbar.querySelectorAll<HTMLButtonElement>('[data-view]').forEach((button) =>
      button.addEventListener('click', () => this.update({ view: button.dataset.view as OrgChartState['view'] })),
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
        if (action === 'in') this.zoomBy(1.4);
        else if (action === 'out') this.zoomBy(1 / 1.4);
        else this.fit();
      }),
    );
    const find = this.toolbar.querySelector<HTMLInputElement>('[data-find]')!;
    const findActor = () => {
      const query = find.value.trim().toLowerCase();
      if (!query) return;
      const options = [...this.toolbar.querySelectorAll<HTMLOptionElement>('datalist option')];
      const match = options.find((o) => o.value.toLowerCase() === query) ?? options.find((o) => o.value.toLowerCase().includes(query));
      const node = match && this.node(match.dataset.id!);
      if (!node || node.dataset.hidden !== undefined) {
        announce(this.status, fill(this.strings.notFound, { query: find.value }));
        return;
      }
      this.update({ actor: node.dataset.id });
      this.centerOn(node.dataset.id!);
      this.focusNode(node.dataset.id!);
    };
    find.addEventListener('change', findActor);
    find.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') {
        event.preventDefault();
        findActor();
      }
    });
    this.toolbar.querySelector('[data-copy-link]')!.addEventListener('click', async () => {
      announce(this.status, (await copyText(location.href)) ? this.strings.copied : this.strings.copyFailed);
    });
    this.toolbar.querySelectorAll<HTMLButtonElement>('[data-export]').forEach((button) =>
      button.addEventListener('click', () => {
        const name = `wie-doet-wat-${this.state.view}`;
        if (button.dataset.export === 'svg') downloadSvg(this.svg, name);
        else void downloadPng(this.svg, name);
      }),
    );
  }

  private onKey(event: KeyboardEvent): void {
    const visible = this.visibleNodes();
    const current = this.active && visible.some((n) => n.dataset.id === this.active) ? this.active : visible[0]?.dataset.id;
    if (!current) return;
    let next: string | undefined;
    if (event.key in KEY_DIRECTION) {
      const items = visible.map((n) => ({ id: n.dataset.id!, x: Number(n.dataset.x), y: Number(n.dataset.y) }));
      next = nearestInDirection(items, current, KEY_DIRECTION[event.key]) ?? current;
    } else if (event.key === 'Home') next = visible[0].dataset.id;
    else if (event.key === 'End') next = visible[visible.length - 1].dataset.id;
    else if (event.key === 'Enter' || event.key === ' ') {
      this.toggle(current);
    } else if (event.key === 'Escape') {
      if (this.state.actor) this.update({ actor: undefined });
    } else if (event.key === '+' || event.key === '=') this.zoomBy(1.4);
    else if (event.key === '-') this.zoomBy(1 / 1.4);
    else if (event.key === '0') this.fit();
    else return;
    event.preventDefault();
    if (next) this.focusNode(next);
  }

  private toggle(id: string): void {
    this.update({ actor: this.state.actor === id ? undefined : id });
  }

  private focusNode(id: string): void {
    for (const node of this.nodes) node.setAttribute('tabindex', node.dataset.id === id ? '0' : '-1');
    this.active = id;
    this.node(id)?.focus();
  }

  private node(id: string): SVGGElement | undefined {
    return this.nodes.find((n) => n.dataset.id === id);
  }

  private visibleNodes(): SVGGElement[] {
    return this.nodes.filter((n) => n.dataset.hidden === undefined);
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
    // Choosing an actor leaves what is shown as it is: only the selection and the Tab stop change.
    const shownNodes = onlyTheChoice ? new Set(this.visibleNodes().map((n) => n.dataset.id!)) : this.applyFilters();
    if (this.state.actor && !shownNodes.has(this.state.actor)) this.state = { ...this.state, actor: undefined };
    // Exactly one box is in the Tab order: the active one, else the selected one, else the first in reading order.
    const stop =
      [this.active, this.state.actor].find((id) => id && shownNodes.has(id)) ??
      readingOrder(this.visibleNodes().map((n) => ({ id: n.dataset.id!, x: Number(n.dataset.x), y: Number(n.dataset.y) })))[0]?.id;
    for (const node of this.nodes) setIfChanged(node, 'tabindex', node.dataset.id === stop ? '0' : '-1');
    this.showSelection();
    if (!announceChange) return;
    if (onlyTheChoice) {
      const node = this.state.actor ? this.node(this.state.actor) : undefined;
      announce(this.status, node ? fill(this.strings.selected, { name: node.getAttribute('aria-label')! }) : this.strings.cleared);
    } else {
      const relations = this.edges.filter((e) => e.dataset.hidden === undefined).length;
      announce(this.status, `${this.strings.views[this.state.view]}. ${fill(this.strings.visible, { actors: shownNodes.size, relations })}`);
    }
  }

  /** Shows the actors and relations that the view and filters let through, and returns the ids of the actors shown. */
  private applyFilters(): Set<string> {
    const { view, types, domain, level } = this.state;
    this.svg.dataset.view = view;
    const shownNodes = new Set<string>();
    for (const node of this.nodes) {
      const inView = view === 'verschil' || node.dataset.views!.split(' ').includes(view);
      const inDomain = !domain || node.dataset.domains!.split(' ').includes(domain);
      const inLevel = !level || node.dataset.level === level;
      const shown = inView && inDomain && inLevel;
      setIfChanged(node, 'data-hidden', shown ? null : '');
      setIfChanged(node, 'aria-hidden', String(!shown));
      if (shown) shownNodes.add(node.dataset.id!);
    }
    const degree = new Map<string, number>();
    for (const edge of this.edges) {
      const { from, to, type, state } = edge.dataset;
      const shown =
        relationInView(state as never, view) && (!types.length || types.includes(type!)) && shownNodes.has(from!) && shownNodes.has(to!);
      setIfChanged(edge, 'data-hidden', shown ? null : '');
      if (shown) {
        degree.set(from!, (degree.get(from!) ?? 0) + 1);
        degree.set(to!, (degree.get(to!) ?? 0) + 1);
      }
    }
    for (const node of this.nodes) {
      const count = degree.get(node.dataset.id!) ?? 0;
      const difference = view === 'verschil' && node.dataset.diffLabel ? `, ${node.dataset.diffLabel}` : '';
      setIfChanged(node, 'aria-label', `${node.dataset.label}, ${count} ${count === 1 ? this.strings.relation : this.strings.relations}${difference}`);
    }
    this.syncToolbar();
    return shownNodes;
  }

  private syncToolbar(): void {
    const { view, types, domain, level } = this.state;
    this.toolbar.querySelectorAll<HTMLButtonElement>('[data-view]').forEach((b) => b.setAttribute('aria-pressed', String(b.dataset.view === view)));
    this.toolbar.querySelectorAll<HTMLInputElement>('input[name="types"]').forEach((b) => (b.checked = !types.length || types.includes(b.value)));
    this.toolbar.querySelector<HTMLSelectElement>('select[name="domain"]')!.value = domain ?? '';
    this.toolbar.querySelector<HTMLSelectElement>('select[name="level"]')!.value = level ?? '';
    const active = (types.length ? 1 : 0) + (domain ? 1 : 0) + (level ? 1 : 0);
    this.toolbar.querySelector('[data-filter-count]')!.textContent = active ? ` (${fill(this.strings.filtersActive, { count: active })})` : '';
  }

  private showSelection(): void {
    const id = this.state.actor;
    this.svg.classList.toggle('has-selection', Boolean(id));
    const neighbours = new Set<string>();
    for (const edge of this.edges) {
      const touches = Boolean(id) && edge.dataset.hidden === undefined && (edge.dataset.from === id || edge.dataset.to === id);
      if (edge.classList.contains('is-related') !== touches) edge.classList.toggle('is-related', touches);
      if (touches) neighbours.add(edge.dataset.from === id ? edge.dataset.to! : edge.dataset.from!);
    }
    for (const node of this.nodes) {
      setIfChanged(node, 'aria-selected', String(node.dataset.id === id));
      if (node.classList.contains('is-selected') !== (node.dataset.id === id)) node.classList.toggle('is-selected');
      if (node.classList.contains('is-neighbour') !== neighbours.has(node.dataset.id!)) node.classList.toggle('is-neighbour');
    }
    if (!id) {
      this.panel.hidden = true;
      this.panel.replaceChildren();
      return;
    }
    const entry = document.getElementById(`actor-${id}`);
    const node = this.node(id)!;
    const heading = document.createElement('h3');
    heading.id = 'orgchart-paneel-titel';
    heading.textContent = entry?.querySelector('.orgchart-list__name a')?.textContent ?? node.dataset.label!;
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
