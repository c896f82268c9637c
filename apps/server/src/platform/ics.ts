import { addDays, TIME_ZONE } from './local-date.ts';

/**
 * A small RFC 5545 writer: VCALENDAR with a VTIMEZONE for Asia/Shanghai, VEVENTs with UID and
 * DTSTAMP (UTC), all-day events as DATE values, timed events in local Shanghai time, text escaped,
 * CRLF line endings and lines folded at 75 octets without splitting a UTF-8 character.
 */
export interface CalendarEvent {
  uid: string;
  stamp: Date;
  summary: string;
  description?: string;
  location?: string;
  /** All day, first and last day inclusive ('YYYY-MM-DD'). */
  allDay?: { from: string; until: string };
  /** Local Asia/Shanghai date and 'HH:MM' times; without an end it lasts two hours. */
  timed?: { date: string; start: string; end?: string };
}

export const TZID = TIME_ZONE;
const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${TZID}`,
  'BEGIN:STANDARD',
  'DTSTART:19700101T000000',
  'TZOFFSETFROM:+0800',
  'TZOFFSETTO:+0800',
  'TZNAME:CST',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/** TEXT values: backslash, semicolon, comma and newlines escaped (RFC 5545 §3.3.11). */
export const escapeText = (s: string): string =>
  s
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');

/** Folds a content line into pieces of at most 75 octets; continuation lines start with one space. */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = Buffer.byteLength(ch, 'utf8');
    const limit = out.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

const basicDate = (date: string): string => date.replace(/-/g, '');
const basicTime = (time: string): string => `${time.replace(':', '')}00`;
export const utcStamp = (d: Date): string => `${d.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;

const nextDay = (date: string): string => addDays(date, 1);

function eventLines(e: CalendarEvent): string[] {
  const lines = ['BEGIN:VEVENT', `UID:${e.uid}`, `DTSTAMP:${utcStamp(e.stamp)}`];
  if (e.timed) {
    lines.push(`DTSTART;TZID=${TZID}:${basicDate(e.timed.date)}T${basicTime(e.timed.start)}`);
    lines.push(
      e.timed.end ? `DTEND;TZID=${TZID}:${basicDate(e.timed.date)}T${basicTime(e.timed.end)}` : 'DURATION:PT2H',
    );
  } else if (e.allDay) {
    lines.push(
      `DTSTART;VALUE=DATE:${basicDate(e.allDay.from)}`,
      `DTEND;VALUE=DATE:${basicDate(nextDay(e.allDay.until))}`,
    );
  }
  lines.push(`SUMMARY:${escapeText(e.summary)}`);
  if (e.location) lines.push(`LOCATION:${escapeText(e.location)}`);
  if (e.description) lines.push(`DESCRIPTION:${escapeText(e.description)}`);
  lines.push('TRANSP:TRANSPARENT', 'END:VEVENT');
  return lines;
}

/** A whole calendar; `product` names the producing part of Jishi in PRODID (the deliberation hall, room bookings, …). */
export function buildCalendar(name: string, events: CalendarEvent[], product = 'Deliberation hall'): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//Jishi//${product}//ZH`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(name)}`,
    `X-WR-TIMEZONE:${TZID}`,
    ...VTIMEZONE,
    ...events.flatMap(eventLines),
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
