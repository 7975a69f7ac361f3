// A calendar file (RFC 5545) built on the device: all-day events with neutral titles and reminders (the
// filing deadline; the next hearing, with a line to check its time on the notice). Nothing else about the
// user's answers goes in it: a calendar can be seen by others.

import { addDays, isIsoDate } from '../../flows/asylum/dates';

export interface DeadlineEvent {
  /** The all-day date, 'YYYY-MM-DD'. */
  date: string;
  /** A neutral title, e.g. "Important deadline". */
  title: string;
  /** Optional neutral note; keep answers out of it. */
  description?: string;
  /** A globally unique id for the event. */
  uid: string;
  /** When the file was made. */
  stamp: Date;
  /** Reminders this many days before the date (at the start of the day). */
  remindDaysBefore?: readonly number[];
}

const CRLF = '\r\n';
const MAX_OCTETS = 75;

/** Escapes TEXT values (RFC 5545 §3.3.11): backslash, semicolon, comma and newlines. */
export function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/**
 * Folds a content line so that no line is longer than 75 octets (RFC 5545 §3.1): continuation lines
 * start with one space. Never splits a UTF-8 character (Cyrillic letters are two octets each).
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  let limit = MAX_OCTETS;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
      limit = MAX_OCTETS - 1; // the leading space of a continuation line counts
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

function basicDate(iso: string): string {
  return iso.replace(/-/g, '');
}

function utcStamp(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** The whole VCALENDAR text of one event, CRLF line endings, ending with CRLF. */
export function buildDeadlineIcs(event: DeadlineEvent): string {
  return buildCalendarIcs([event]);
}

/** The whole VCALENDAR text of one or more events (the deadline, the next hearing), CRLF line endings, ending with CRLF. */
export function buildCalendarIcs(events: readonly DeadlineEvent[]): string {
  if (events.length === 0) throw new RangeError('No event');
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Asylum Screener//Deadline//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  for (const event of events) lines.push(...eventLines(event));
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}

function eventLines(event: DeadlineEvent): string[] {
  if (!isIsoDate(event.date)) throw new RangeError(`Not a calendar date: ${event.date}`);
  const lines = [
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `DTSTAMP:${utcStamp(event.stamp)}`,
    `DTSTART;VALUE=DATE:${basicDate(event.date)}`,
    `DTEND;VALUE=DATE:${basicDate(addDays(event.date, 1))}`,
    `SUMMARY:${escapeText(event.title)}`,
    ...(event.description ? [`DESCRIPTION:${escapeText(event.description)}`] : []),
    'TRANSP:TRANSPARENT',
    'CLASS:PRIVATE',
  ];
  for (const days of event.remindDaysBefore ?? []) {
    lines.push('BEGIN:VALARM', 'ACTION:DISPLAY', `DESCRIPTION:${escapeText(event.title)}`, `TRIGGER:-P${days}D`, 'END:VALARM');
  }
  lines.push('END:VEVENT');
  return lines;
}

/** A random event id (works outside secure contexts, where crypto.randomUUID is missing). */
export function randomUid(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return `${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}@asylum-screener.invalid`;
}

/** Saves the text as a file through a Blob and a temporary link: nothing goes over the network. */
export function downloadText(text: string, fileName: string, type = 'text/calendar;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
