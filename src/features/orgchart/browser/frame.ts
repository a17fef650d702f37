/**
 * The org chart's frame: the chart drawn at a scale of its own size (zoom), scrolled natively by touch and wheel
 * and dragged like a map with a mouse.
 */
import { prefersReducedMotion } from '../../diagram/browser/chart-support.ts';

const MIN_SCALE = 0.2;
const MAX_SCALE = 4;
/** CSS px: a frame narrower than this is a phone's or a zoomed-in page's. */
const NARROW_FRAME = 640;

export interface ChartFrame {
  /** Zooms in (factor > 1) or out from the size now. */
  zoomBy(factor: number): void;
  /** Draws the chart at `scale` times its own size, keeping the middle of the frame where it was. */
  zoomTo(scale: number): void;
  /** The whole chart in the frame, however small its names get: the reader asked for it. */
  fit(): void;
  /** A narrow frame shows the top band from its label on, not the empty space left of it. */
  startAtFirstBand(): void;
  /** Another drawing in the same SVG (the overview, the network, a focus view): its own size, the same zoom, from the top. */
  setSize(width: number, height: number): void;
  /** Scrolls the point (x, y) of the chart at its own size to the middle of the frame. */
  centerOn(point: { x: number; y: number }, animate?: boolean): void;
}

export function chartFrame(viewport: HTMLElement, svg: SVGSVGElement, layer: SVGGElement): ChartFrame {
  let { width, height } = svg.viewBox.baseVal;
  let scale = 1;
  // Whether the frame is scrolled away from its top left corner, kept from its scroll events: reading the scroll
  // position after the boxes moved would lay out the whole SVG at once, a second time in the same frame.
  let scrolled = false;
  viewport.addEventListener('scroll', () => (scrolled = viewport.scrollLeft !== 0 || viewport.scrollTop !== 0), { passive: true });
  const draw = () => {
    const [w, h] = [width * scale, height * scale].map((n) => String(Math.round(n * 10) / 10));
    svg.setAttribute('width', w);
    svg.setAttribute('height', h);
    svg.setAttribute('viewBox', `0 0 ${w} ${h}`);
    layer.setAttribute('transform', `translate(0,0) scale(${scale})`);
  };
  const zoomTo = (next: number) => {
    next = Math.round(Math.min(MAX_SCALE, Math.max(MIN_SCALE, next)) * 1000) / 1000;
    const { scrollLeft, scrollTop, clientWidth, clientHeight } = viewport;
    const centre = { x: (scrollLeft + clientWidth / 2) / scale, y: (scrollTop + clientHeight / 2) / scale };
    scale = next;
    draw();
    viewport.scrollTo(centre.x * next - clientWidth / 2, centre.y * next - clientHeight / 2);
  };
  setUpPanning(viewport, svg);
  return {
    zoomBy: (factor) => zoomTo(scale * factor),
    zoomTo,
    setSize(w, h) {
      if (w === width && h === height) return;
      [width, height] = [w, h];
      draw();
      if (scrolled) viewport.scrollTo(0, 0);
    },
    fit() {
      const frameHeight = Math.min(window.innerHeight * 0.85, viewport.clientHeight || Infinity);
      zoomTo(Math.min(1, viewport.clientWidth / width, frameHeight / height));
    },
    startAtFirstBand() {
      if (viewport.clientWidth >= NARROW_FRAME) return;
      const label = svg.querySelector<SVGTextElement>('.band__label');
      if (label) viewport.scrollLeft = Number(label.getAttribute('x')) - 8;
    },
    centerOn(point, animate = true) {
      viewport.scrollTo({
        left: point.x * scale - viewport.clientWidth / 2,
        top: point.y * scale - viewport.clientHeight / 2,
        behavior: animate && !prefersReducedMotion() ? 'smooth' : 'instant',
      });
    },
  };
}

/** Dragging with a mouse moves the chart like a map; touch and wheel scroll it natively. */
function setUpPanning(viewport: HTMLElement, svg: SVGSVGElement): void {
  let start: { x: number; y: number; left: number; top: number } | undefined;
  let moved = false;
  svg.addEventListener('pointerdown', (event) => {
    if (event.pointerType !== 'mouse' || event.button !== 0) return;
    start = { x: event.clientX, y: event.clientY, left: viewport.scrollLeft, top: viewport.scrollTop };
    moved = false;
  });
  svg.addEventListener('pointermove', (event) => {
    if (!start) return;
    const dx = event.clientX - start.x;
    const dy = event.clientY - start.y;
    if (!moved && Math.hypot(dx, dy) < 5) return;
    if (!moved) {
      moved = true;
      svg.setPointerCapture(event.pointerId);
      svg.classList.add('is-panning');
    }
    viewport.scrollTo(start.left - dx, start.top - dy);
  });
  const end = () => {
    start = undefined;
    svg.classList.remove('is-panning');
  };
  svg.addEventListener('pointerup', end);
  svg.addEventListener('pointercancel', end);
  // A drag is not a click on the box where it ended.
  svg.addEventListener(
    'click',
    (event) => {
      if (moved) event.stopPropagation();
      moved = false;
    },
    true,
  );
}
