import { describe, expect, it } from 'vitest';
import { buildCalendar, escapeText, foldLine, utcStamp } from '../../platform/ics.ts';

const unfold = (text: string): string[] =>
  text
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .filter(Boolean);
const longTitle =
  '关于秦江社区第一网格3号院加装电梯、改造雨污管网并增设非机动车充电棚的议题（演示），涉及住户共计一百二十户；';

describe('iCalendar feed (RFC 5545)', () => {
  const text = buildCalendar('秦江社区议事日历', [
    {
      uid: 'a@jishi',
      stamp: new Date('2026-11-29T01:02:03.456Z'),
      summary: longTitle,
      location: '社区会议室, 2楼',
      description: '通过\n第2次',
      timed: { date: '2026-11-20', start: '14:30', end: '16:00' },
    },
    {
      uid: 'b@jishi',
      stamp: new Date('2026-11-29T01:02:03Z'),
      summary: '公示：决议公开',
      allDay: { from: '2026-11-21', until: '2026-11-27' },
    },
    {
      uid: 'c@jishi',
      stamp: new Date('2026-11-29T01:02:03Z'),
      summary: '两委会商议',
      timed: { date: '2026-11-22', start: '09:00' },
    },
  ]);

  it('uses CRLF line endings only and folds every line at 75 octets', () => {
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(text.split('\r\n').some((l) => l.startsWith(' '))).toBe(true);
  });

  it('unfolds back to the original content lines, without splitting a character', () => {
    const lines = unfold(text);
    expect(lines).toContain(`SUMMARY:${escapeText(longTitle)}`);
    expect(text).not.toContain('\ufffd');
    expect(Buffer.from(text, 'utf8').toString('utf8')).toBe(text);
  });

  it('has the calendar, a VTIMEZONE for Asia/Shanghai and balanced components', () => {
    const lines = unfold(text);
    expect(lines.slice(0, 2)).toEqual(['BEGIN:VCALENDAR', 'VERSION:2.0']);
    expect(lines).toContain('PRODID:-//Jishi//Deliberation hall//ZH');
    expect(lines).toContain('TZID:Asia/Shanghai');
    expect(lines).toContain('TZOFFSETTO:+0800');
    const stack: string[] = [];
    for (const l of lines) {
      if (l.startsWith('BEGIN:')) stack.push(l.slice(6));
      if (l.startsWith('END:')) expect(stack.pop()).toBe(l.slice(4));
    }
    expect(stack).toEqual([]);
  });

  it('every event has UID, a UTC DTSTAMP and a start; times are local with TZID, days are DATE values', () => {
    const events = text
      .split('BEGIN:VEVENT')
      .slice(1)
      .map((e) => unfold(e));
    expect(events).toHaveLength(3);
    for (const e of events) {
      expect(e.some((l) => /^UID:.+@jishi$/.test(l))).toBe(true);
      expect(e.some((l) => /^DTSTAMP:\d{8}T\d{6}Z$/.test(l))).toBe(true);
      expect(e.some((l) => l.startsWith('DTSTART'))).toBe(true);
    }
    expect(events[0]).toContain('DTSTART;TZID=Asia/Shanghai:20261120T143000');
    expect(events[0]).toContain('DTEND;TZID=Asia/Shanghai:20261120T160000');
    expect(events[0]).toContain('DTSTAMP:20261129T010203Z');
    expect(events[1]).toContain('DTSTART;VALUE=DATE:20261121');
    expect(events[1]).toContain('DTEND;VALUE=DATE:20261128');
    expect(events[2]).toContain('DURATION:PT2H');
  });

  it('escapes TEXT values', () => {
    expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
    expect(unfold(text)).toContain('LOCATION:社区会议室\\, 2楼');
    expect(unfold(text)).toContain('DESCRIPTION:通过\\n第2次');
  });

  it('folds at octets, not characters', () => {
    const folded = foldLine(`SUMMARY:${'议'.repeat(40)}`);
    const parts = folded.split('\r\n');
    expect(Buffer.byteLength(parts[0])).toBeLessThanOrEqual(75);
    expect(parts.slice(1).every((p) => p.startsWith(' ') && Buffer.byteLength(p) <= 75)).toBe(true);
    expect(foldLine('SHORT')).toBe('SHORT');
    expect(utcStamp(new Date('2026-01-02T03:04:05Z'))).toBe('20260102T030405Z');
  });
});
