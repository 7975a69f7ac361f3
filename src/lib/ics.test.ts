import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildCalendarIcs, buildDeadlineIcs, downloadText, escapeText, foldLine, randomUid } from './ics';

const STAMP = new Date(Date.UTC(2026, 10, 25, 17, 4, 5));
const octets = (line: string) => new TextEncoder().encode(line).length;

function unfold(text: string): string[] {
  return text.replace(/\r\n /g, '').split('\r\n');
}

describe('buildCalendarIcs: the deadline and the next hearing in one file', () => {
  const ics = buildCalendarIcs([
    { date: '2027-07-06', title: 'Important deadline', uid: 'a@asylum-screener.invalid', stamp: STAMP, remindDaysBefore: [30, 7] },
    { date: '2026-12-29', title: 'Встреча', description: 'Проверьте время по уведомлению о заседании.', uid: 'b@asylum-screener.invalid', stamp: STAMP, remindDaysBefore: [7, 1] },
  ]);

  it('holds each event whole, in order, each with its own reminders, in one VCALENDAR', () => {
    const lines = unfold(ics);
    expect(lines.filter((l) => l === 'BEGIN:VCALENDAR')).toHaveLength(1);
    const events = ics.split('BEGIN:VEVENT').slice(1).map((part) => unfold(part.slice(0, part.indexOf('END:VEVENT'))));
    expect(events).toHaveLength(2);
    const [deadline, hearing] = events;
    expect(deadline).toContain('DTSTART;VALUE=DATE:20270706');
    expect(deadline?.filter((l) => l.startsWith('TRIGGER:'))).toEqual(['TRIGGER:-P30D', 'TRIGGER:-P7D']);
    expect(hearing).toContain('DTSTART;VALUE=DATE:20261229');
    expect(hearing).toContain('DTEND;VALUE=DATE:20261230');
    expect(hearing).toContain('SUMMARY:Встреча');
    expect(hearing).toContain('DESCRIPTION:Проверьте время по уведомлению о заседании.');
    expect(hearing?.filter((l) => l.startsWith('TRIGGER:'))).toEqual(['TRIGGER:-P7D', 'TRIGGER:-P1D']);
    for (const line of ics.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
  });

  it('refuses an empty list and a date that is not one', () => {
    expect(() => buildCalendarIcs([])).toThrow(RangeError);
    expect(() => buildCalendarIcs([{ date: '2027-02-30', title: 'x', uid: 'c', stamp: STAMP }])).toThrow(RangeError);
  });
});

describe('buildDeadlineIcs', () => {
  const ics = buildDeadlineIcs({ date: '2027-07-06', title: 'Important deadline', uid: 'abc@asylum-screener.invalid', stamp: STAMP, remindDaysBefore: [30, 7] });

  it('is a VCALENDAR with one all-day VEVENT on the date, with CRLF line endings only', () => {
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:')).toBe(true);
    expect(ics.endsWith('END:VEVENT\r\nEND:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = unfold(ics);
    expect(lines).toContain('DTSTART;VALUE=DATE:20270706');
    expect(lines).toContain('DTEND;VALUE=DATE:20270707');
    expect(lines).toContain('UID:abc@asylum-screener.invalid');
    expect(lines).toContain('DTSTAMP:20261125T170405Z');
    expect(lines).toContain('SUMMARY:Important deadline');
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(1);
  });

  it('adds a reminder for each number of days before, inside the event', () => {
    const lines = unfold(ics);
    expect(lines).toContain('TRIGGER:-P30D');
    expect(lines).toContain('TRIGGER:-P7D');
    expect(lines.filter((l) => l === 'BEGIN:VALARM')).toHaveLength(2);
    expect(lines.indexOf('BEGIN:VALARM')).toBeGreaterThan(lines.indexOf('BEGIN:VEVENT'));
    expect(lines.lastIndexOf('END:VALARM')).toBeLessThan(lines.indexOf('END:VEVENT'));
  });

  it('ends an event on 31 December on 1 January of the next year', () => {
    const text = buildDeadlineIcs({ date: '2027-12-31', title: 'x', uid: 'u', stamp: STAMP });
    expect(unfold(text)).toContain('DTEND;VALUE=DATE:20280101');
    expect(text).not.toContain('VALARM');
  });

  it('escapes and folds a long Cyrillic title without splitting a letter', () => {
    const title = 'Важный срок; подать форму, не откладывая — '.repeat(4).trim();
    const text = buildDeadlineIcs({ date: '2027-03-01', title, uid: 'u', stamp: STAMP });
    for (const line of text.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
    expect(unfold(text)).toContain(`SUMMARY:${escapeText(title)}`);
    expect(text).not.toContain('\uFFFD');
  });

  it('rejects a date that is not a calendar date', () => {
    expect(() => buildDeadlineIcs({ date: '2027-02-30', title: 'x', uid: 'u', stamp: STAMP })).toThrow(RangeError);
  });
});

describe('text helpers', () => {
  it('escapes backslashes, semicolons, commas and newlines', () => {
    expect(escapeText('a;b,c\\d\ne\r\nf')).toBe('a\\;b\\,c\\\\d\\ne\\nf');
  });

  it('folds at 75 octets, continuation lines starting with a space', () => {
    const line = `SUMMARY:${'x'.repeat(200)}`;
    const folded = foldLine(line).split('\r\n');
    expect(folded.length).toBe(3);
    expect(octets(folded[0] ?? '')).toBe(75);
    expect(folded.slice(1).every((l) => l.startsWith(' ') && octets(l) <= 75)).toBe(true);
    expect(folded.join('').replace(/ /g, '')).toBe(line);
    expect(foldLine('SHORT')).toBe('SHORT');
  });

  it('makes different random ids', () => {
    const a = randomUid();
    expect(a).toMatch(/^[0-9a-f]{32}@asylum-screener\.invalid$/);
    expect(randomUid()).not.toBe(a);
  });
});

describe('downloadText', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    vi.useRealTimers();
  });

  it('saves through a Blob, an object URL and a temporary download link, then revokes the URL', async () => {
    vi.useFakeTimers();
    const blobs: Blob[] = [];
    const create = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:test/1';
    });
    const revoke = vi.fn();
    Object.assign(URL, { createObjectURL: create, revokeObjectURL: revoke });
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });

    downloadText('BEGIN:VCALENDAR\r\n', 'important-date.ics');

    expect(clicked).toHaveLength(1);
    expect(clicked[0]?.download).toBe('important-date.ics');
    expect(clicked[0]?.getAttribute('href')).toBe('blob:test/1');
    expect(clicked[0]?.isConnected).toBe(false);
    expect(blobs[0]?.type).toBe('text/calendar;charset=utf-8');
    expect(await blobs[0]?.text()).toBe('BEGIN:VCALENDAR\r\n');
    expect(revoke).not.toHaveBeenCalled();
    vi.advanceTimersByTime(10_000);
    expect(revoke).toHaveBeenCalledWith('blob:test/1');
  });
});
