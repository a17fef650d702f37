/** The events of the build's timeline SVG as the element works with them: read once from their data attributes. */
export interface Mark {
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

/** The events in date order; `x` gives the position at zoom 1 of a time in ms. */
export function readMarks(svg: SVGSVGElement, x: (ms: number) => number): Mark[] {
  return [...svg.querySelectorAll<SVGGElement>('g.event')]
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
      x0: x(Number(event.dataset.start)),
      x1: x(Number(event.dataset.end)),
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
}
