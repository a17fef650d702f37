/**
 * <story-stage>: the page-level part of the guided story, with JavaScript only.
 *
 * 1. It follows which step is being read (an IntersectionObserver on a line at 40 % of the window; no scroll
 *    handling that moves the page) and puts that step's #anchor in the address with history.replaceState, so the
 *    step can be linked without filling the history. While a scroll started by an in-page link runs (Next/Previous,
 *    the contents, a deep link), the address is left alone: that link has set it, and the steps passed on the way
 *    must not overwrite it; the same after Back and Forward.
 * 2. Where story.css shows it (wide windows), it is the sticky figure beside the text: a copy of the read step's
 *    wide drawing that changes into the next step's. Boxes in both steps are the same element and move (the Web
 *    Animations API, no library: the browser animates the transform, which costs no bytes), boxes that leave fade
 *    out, new ones fade in, lines cross-fade. With reduced motion it switches at once. The copy is aria-hidden: each
 *    step keeps its own drawing and its words in the HTML, for screen readers, print and readers without JavaScript.
 */
const READING_LINE = 0.4;
const DURATION = 600;
const MARKER_ID = 'pijl-verhaal';
const SVG = 'http://www.w3.org/2000/svg';

type Translate = [number, number];

/** The x and y of a transform="translate(x,y)" attribute. */
function translateOf(element: Element): Translate {
  const match = /translate\(\s*([-\d.e]+)[ ,]+([-\d.e]+)\s*\)/.exec(element.getAttribute('transform') ?? '');
  return match ? [Number(match[1]), Number(match[2])] : [0, 0];
}

class StoryStage extends HTMLElement {
  private steps: HTMLElement[] = [];
  private shown: string | null = null;
  private current: string | null = null;
  private addressHeld = false;
  private releaseTimer = 0;
  private observer?: IntersectionObserver;
  private caption!: HTMLParagraphElement;
  private svg!: SVGSVGElement;
  private legend!: HTMLDivElement;

  connectedCallback(): void {
    this.steps = [...document.querySelectorAll<HTMLElement>('section.story-step[data-step]')];
    if (this.steps.length === 0) return;
    this.setAttribute('aria-hidden', 'true');
    this.build();
    this.placeBesideSteps();

    // A deep link (#step): show its step, and leave its address alone while the browser scrolls there.
    const target = this.stepOf(location.hash.slice(1));
    if (target) this.holdAddress();
    this.show(target ?? this.steps[0].dataset.step!, false);

    document.addEventListener('click', (event) => {
      if ((event.target as Element).closest?.('a[href^="#"]')) this.holdAddress();
    });
    // Back and Forward set the address and restore a scroll position, maybe while a smooth scroll still runs.
    addEventListener('popstate', () => this.holdAddress());
    addEventListener('scroll', () => this.addressHeld && this.holdAddress(), { passive: true });
    addEventListener('scrollend', () => this.releaseAddress());

    const margin = `-${READING_LINE * 100}% 0px -${(1 - READING_LINE) * 100 - 1}% 0px`;
    this.observer = new IntersectionObserver(() => this.follow(), { rootMargin: margin });
    for (const step of this.steps) this.observer.observe(step);
  }

  disconnectedCallback(): void {
    this.observer?.disconnect();
  }

  /** The step whose id (or heading's id) this is, or null. */
  private stepOf(id: string): string | null {
    return this.steps.some((step) => step.dataset.step === id) ? id : null;
  }

  /** The step that crosses the reading line, or null above the first and below the last. */
  private stepAtReadingLine(): string | null {
    const line = innerHeight * READING_LINE;
    let reading: HTMLElement | null = null;
    for (const step of this.steps) if (step.getBoundingClientRect().top <= line) reading = step;
    if (!reading) return null;
    const last = this.steps.at(-1)!;
    if (reading === last && last.getBoundingClientRect().bottom < line) return null;
    return reading.dataset.step!;
  }

  private follow(): void {
    const reading = this.stepAtReadingLine();
    if (reading) this.show(reading, true);
    if (reading === this.current) return;
    this.current = reading;
    if (this.addressHeld) return;
    history.replaceState(history.state, '', reading ? `#${reading}` : location.pathname + location.search);
  }

  /** Leaves the address alone until the scroll now starting (or none) has ended. */
  private holdAddress(): void {
    this.addressHeld = true;
    clearTimeout(this.releaseTimer);
    this.releaseTimer = window.setTimeout(() => this.releaseAddress(), 400);
  }

  private releaseAddress(): void {
    if (!this.addressHeld) return;
    clearTimeout(this.releaseTimer);
    this.addressHeld = false;
    this.current = this.stepAtReadingLine();
  }

  /** The grid rows of the steps: the stage sits beside them, from the first to the last (story.css). */
  private placeBesideSteps(): void {
    const column = [...this.parentElement!.children].filter((child) => child !== this);
    const first = column.indexOf(this.steps[0].closest('story-step') ?? this.steps[0]);
    this.style.gridRow = `${first + 1} / span ${this.steps.length}`;
  }

  private build(): void {
    this.caption = document.createElement('p');
    this.caption.className = 'story-figure__title';
    this.svg = document.createElementNS(SVG, 'svg');
    this.svg.setAttribute('class', 'orgchart-svg story-stage__svg');
    const defs = document.createElementNS(SVG, 'defs');
    const marker = this.steps[0].querySelector('.story-figure__svg--wide marker')!.cloneNode(true) as Element;
    marker.id = MARKER_ID;
    defs.append(marker);
    const edges = document.createElementNS(SVG, 'g');
    edges.setAttribute('class', 'edges');
    const nodes = document.createElementNS(SVG, 'g');
    nodes.setAttribute('class', 'nodes');
    this.svg.append(defs, edges, nodes);
    // The drawing's place is as tall as the tallest step's, so the legend under it does not move from step to step.
    const drawing = document.createElement('div');
    const tallest = Math.max(...this.steps.map((step) => Number(step.querySelector('.story-figure__svg--wide')!.getAttribute('height'))));
    drawing.style.minBlockSize = `${tallest}px`;
    drawing.append(this.svg);
    this.legend = document.createElement('div');
    this.legend.className = 'story-stage__legend';
    this.append(this.caption, drawing, this.legend);
  }

  private get moving(): boolean {
    return getComputedStyle(this).display !== 'none' && !matchMedia('(prefers-reduced-motion: reduce)').matches;
  }

  /** Draws step `id`: at once, or changing from the step shown. */
  show(id: string, animate: boolean): void {
    if (id === this.shown) return;
    const step = this.steps.find((s) => s.dataset.step === id)!;
    const source = step.querySelector<SVGSVGElement>('.story-figure__svg--wide')!;
    for (const animation of this.svg.getAnimations({ subtree: true })) animation.finish();
    this.svg.querySelectorAll('[data-leaving]').forEach((element) => element.remove());
    const move = animate && this.shown !== null && this.moving;
    this.shown = id;
    this.dataset.shows = id;

    this.caption.textContent = step.querySelector('.story-figure__title')?.textContent ?? '';
    this.legend.replaceChildren(...[...step.querySelectorAll('.story-legend')].map((legend) => legend.cloneNode(true)));
    for (const name of ['viewBox', 'width', 'height', 'font-size']) this.svg.setAttribute(name, source.getAttribute(name) ?? '');
    if (source.dataset.view) this.svg.dataset.view = source.dataset.view;
    else delete this.svg.dataset.view;

    const timing: KeyframeAnimationOptions = { duration: DURATION, easing: 'ease-in-out' };
    const fadeIn = (element: Element) => move && element.animate({ opacity: [0, 1] }, timing);
    const leave = (element: Element) => {
      if (!move) return element.remove();
      element.setAttribute('data-leaving', '');
      element.animate({ opacity: [1, 0] }, timing).onfinish = () => element.remove();
    };

    // Lines: the old ones fade out, the new ones fade in (a line between boxes that move cannot keep its path).
    const edges = this.svg.querySelector('.edges')!;
    [...edges.children].forEach(leave);
    for (const edge of source.querySelectorAll('.edges > .edge')) {
      const copy = edge.cloneNode(true) as Element;
      if (copy.hasAttribute('marker-end')) copy.setAttribute('marker-end', `url(#${MARKER_ID})`);
      edges.append(copy);
      fadeIn(copy);
    }

    // Boxes: the same organisation is the same element, moved; the others fade.
    const nodes = this.svg.querySelector('.nodes')!;
    const before = new Map([...nodes.children].map((node) => [node.getAttribute('data-id')!, node]));
    for (const node of source.querySelectorAll('.nodes > .node')) {
      const copy = node.cloneNode(true) as Element;
      const kept = before.get(copy.getAttribute('data-id')!);
      before.delete(copy.getAttribute('data-id')!);
      if (!kept) {
        nodes.append(copy);
        fadeIn(copy);
        continue;
      }
      const [x0, y0] = translateOf(kept);
      const [x1, y1] = translateOf(copy);
      for (const attribute of [...kept.attributes]) kept.removeAttribute(attribute.name);
      for (const attribute of [...copy.attributes]) kept.setAttribute(attribute.name, attribute.value);
      kept.replaceChildren(...copy.childNodes);
      if (move && (x0 !== x1 || y0 !== y1)) kept.animate({ transform: [`translate(${x0}px, ${y0}px)`, `translate(${x1}px, ${y1}px)`] }, timing);
    }
    before.forEach(leave);
  }
}

if (!customElements.get('story-stage')) customElements.define('story-stage', StoryStage);
