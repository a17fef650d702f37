/** Texts of the timeline that both the build and the browser need. */
import type { Event, Lang } from './schemas.ts';
import { formatDate } from './i18n.ts';
import { LANE_LABEL, STATUS_LABEL } from './labels.ts';

/** Date (with its real precision), title, lane and, when expected, that it is expected. */
export function formatEventDate(event: Pick<Event, 'date' | 'end'>, lang: Lang): string {
  return event.end ? `${formatDate(event.date, lang)} – ${formatDate(event.end, lang)}` : formatDate(event.date, lang);
}

export function eventAccessibleName(event: Pick<Event, 'date' | 'end' | 'title' | 'lane' | 'status'>, lang: Lang): string {
  const expected = event.status === 'verwacht' ? ` (${STATUS_LABEL.verwacht[lang]})` : '';
  return `${formatEventDate(event, lang)}: ${event.title[lang]}${expected} — ${LANE_LABEL[event.lane][lang]}`;
}
