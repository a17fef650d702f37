/** Texts of the timeline that both the build and the browser need. */
import type { Event, Lang } from '../../../model/schemas.ts';
import { formatDate } from '../../../i18n/ui.ts';
import { LANE_LABEL } from '../../../model/labels.ts';
import { expectedLabel } from './status.ts';

/** The date with its real precision, or the period from its first to its last date. */
export function formatEventDate(event: Pick<Event, 'date' | 'end'>, lang: Lang): string {
  return event.end ? `${formatDate(event.date, lang)} – ${formatDate(event.end, lang)}` : formatDate(event.date, lang);
}

/** The label in the diagram: the short title if there is one, and whether it is expected (or overdue). */
export function eventLabel(event: Pick<Event, 'date' | 'title' | 'short' | 'status'>, lang: Lang, today: string): string {
  const expected = expectedLabel(event, today, lang);
  return `${(event.short ?? event.title)[lang]}${expected ? ` (${expected})` : ''}`;
}

/**
 * Date, the label as the diagram shows it, the full title where the label is a short one, and lane. The name
 * starts with what is visible, so that a reader who sees "Advies over de governance" can also say it (voice control).
 */
export function eventAccessibleName(event: Pick<Event, 'date' | 'end' | 'title' | 'short' | 'lane' | 'status'>, lang: Lang, today: string): string {
  const full = event.short ? ` — ${event.title[lang]}` : '';
  return `${formatEventDate(event, lang)}: ${eventLabel(event, lang, today)}${full} — ${LANE_LABEL[event.lane][lang]}`;
}
