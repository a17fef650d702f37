/**
 * iCalendar (RFC 5545) for expected events. A day-precise date becomes an all-day event; a month or a year becomes
 * an all-day span over that whole month or year, so the calendar does not claim a day the source does not give.
 * Every entry is TENTATIVE (expected). One whose date has passed by the build date stays, with "nog niet gemeld" in
 * its title and a first line saying so, so that a subscribed calendar does not keep presenting it as simply expected.
 */
import type { Event, Lang } from '../../../model/schemas.ts';
import { dateInterval } from '../../../model/dates.ts';
import { isOverdue, OVERDUE_LABEL, OVERDUE_NOTE } from '../../timeline/build/status.ts';

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10).replace(/-/g, '');

function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Lines longer than 75 octets are folded, as the standard requires. */
function fold(line: string): string {
  const bytes = Buffer.from(line, 'utf8');
  if (bytes.length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  for (const char of line) {
    if (Buffer.byteLength(current + char, 'utf8') > (parts.length ? 74 : 75)) {
      parts.push(current);
      current = char;
    } else current += char;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

export function expectedEventsCalendar(
  events: readonly Pick<Event, 'id' | 'date' | 'end' | 'title' | 'summary' | 'status'>[],
  /**
   * `today` is the build date (YYYY-MM-DD), the day that decides what has passed; `stamp` is the site's version date,
   * the time stamp of the entries, so an unchanged calendar built on another day stays the same file.
   */
  options: { lang: Lang; host: string; url: (id: string) => string; today: string; stamp: string },
): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:-//${options.host}//verwacht//${options.lang.toUpperCase()}`, 'CALSCALE:GREGORIAN'];
  for (const event of events.filter((e) => e.status === 'verwacht')) {
    const overdue = isOverdue(event, options.today);
    const [start] = dateInterval(event.date);
    const [, end] = dateInterval(event.end ?? event.date);
    lines.push(
      'BEGIN:VEVENT',
      `UID:${event.id}@${options.host}`,
      `DTSTAMP:${options.stamp.replace(/-/g, '')}T000000Z`,
      `DTSTART;VALUE=DATE:${day(start)}`,
      `DTEND;VALUE=DATE:${day(end)}`,
      'STATUS:TENTATIVE',
      `SUMMARY:${escapeText(overdue ? `${event.title[options.lang]} (${OVERDUE_LABEL[options.lang]})` : event.title[options.lang])}`,
      `DESCRIPTION:${escapeText(overdue ? `${OVERDUE_NOTE[options.lang]}\n\n${event.summary[options.lang]}` : event.summary[options.lang])}`,
      `URL:${options.url(event.id)}`,
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(fold).join('\r\n') + '\r\n';
}
