/**
 * Whether an expected event is overdue: its date has wholly passed on the build date and the content still says
 * "verwacht". Driven by the build date only (src/model/build-date.ts), so a test can fix it with BUILD_DATE.
 */
import type { Event, Lang } from '../../../model/schemas.ts';
import { dateInterval } from '../../../model/dates.ts';
import { STATUS_LABEL } from '../../../model/labels.ts';

export const OVERDUE_LABEL: Record<Lang, string> = { nl: 'verwacht, nog niet gemeld', en: 'expected, not yet reported' };

/** Said with an overdue event wherever its details are shown. */
export const OVERDUE_NOTE: Record<Lang, string> = {
  nl: 'De verwachte datum is voorbij. Op deze site staat nog niet of het gebeurd is.',
  en: 'The expected date has passed. This site does not yet say whether it happened.',
};

/** True when the whole day, month or year of `date` lies before the day `today` (YYYY-MM-DD). */
export function hasPassed(date: string, today: string): boolean {
  return dateInterval(date)[1] <= dateInterval(today)[0];
}

export function isOverdue(event: Pick<Event, 'status' | 'date'>, today: string): boolean {
  return event.status === 'verwacht' && hasPassed(event.date, today);
}

/** "verwacht", "verwacht, nog niet gemeld", or nothing for an event that happened. */
export function expectedLabel(event: Pick<Event, 'status' | 'date'>, today: string, lang: Lang): string | undefined {
  if (event.status !== 'verwacht') return undefined;
  return isOverdue(event, today) ? OVERDUE_LABEL[lang] : STATUS_LABEL.verwacht[lang];
}
