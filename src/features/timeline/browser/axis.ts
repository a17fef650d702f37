/** The time axis of the timeline for the period shown, drawn by d3-axis, and the line of today. */
import { select } from 'd3-selection';
import { axisTop } from 'd3-axis';
import { timelineRange } from '../state.ts';
import { tickLabelFits } from '../axis.ts';
import { LOCALE } from '../../../i18n/translate.ts';
import type { Lang } from '../../../model/schemas.ts';
import type { TimeViewport } from './viewport.ts';

export class TimeAxis {
  private drawn = false;
  private readonly svg: SVGSVGElement;
  private readonly lang: Lang;
  private readonly footerHeight: number;

  constructor(svg: SVGSVGElement, lang: Lang, footerHeight: number) {
    this.svg = svg;
    this.lang = lang;
    this.footerHeight = footerHeight;
  }

  /** Whether d3-axis has taken over from the build's ticks. */
  get started(): boolean {
    return this.drawn;
  }

  draw(viewport: TimeViewport): void {
    const axis = this.svg.querySelector<SVGGElement>('[data-axis]')!;
    const height = this.svg.viewBox.baseVal.height;
    if (!this.drawn) {
      // d3-axis draws the ticks from now on; it cannot adopt the build's tick markup.
      axis.replaceChildren();
      this.drawn = true;
    }
    // Ticks for the period shown only, not for the whole (possibly much wider) range.
    const [from, to] = viewport.shownPeriod();
    const shown = viewport.current.copy().domain([from, to]).range(viewport.view());
    select(axis)
      .attr('transform', 'translate(0,22)')
      .call(
        axisTop(shown)
          .ticks(8)
          .tickFormat((date) => tickLabel(date as Date, this.lang))
          .tickSizeInner(-(height - 22 - this.footerHeight))
          .tickSizeOuter(0),
      )
      .selectAll<SVGGElement, Date>('.tick')
      .attr('visibility', (date) => (tickLabelFits(viewport.current(date), viewport.width) ? null : 'hidden'));
    const today = this.svg.querySelector<SVGGElement>('.today');
    if (today) {
      const at = viewport.current(timelineRange(today.dataset.today!, today.dataset.today!)[0]).toFixed(1);
      today.querySelector('line')!.setAttribute('x1', at);
      today.querySelector('line')!.setAttribute('x2', at);
      today.querySelector('text')!.setAttribute('x', String(Number(at) - 4));
    }
  }
}

/** A year at 1 January, a month at the first of a month, else day and month; in the page's language. */
function tickLabel(date: Date, lang: Lang): string {
  if (date.getUTCMonth() === 0 && date.getUTCDate() === 1) return String(date.getUTCFullYear());
  const options: Intl.DateTimeFormatOptions = date.getUTCDate() === 1 ? { month: 'long', timeZone: 'UTC' } : { day: 'numeric', month: 'short', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(LOCALE[lang], options).format(date);
}
