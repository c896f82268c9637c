import { describe, expect, it } from 'vitest';
import { quietUntil } from './quiet-hours.ts';

const night = { start: '21:00', end: '08:00' };
const at = (shanghai: string) => new Date(`${shanghai}+08:00`);

describe('quiet hours (Asia/Shanghai)', () => {
  it('holds an SMS in the evening until the next morning, and after midnight until the same morning', () => {
    expect(quietUntil(night, at('2026-12-07T21:00:00'))).toBe('2026-12-08T00:00:00.000Z');
    expect(quietUntil(night, at('2026-12-07T23:59:00'))).toBe('2026-12-08T00:00:00.000Z');
    expect(quietUntil(night, at('2026-12-08T03:30:00'))).toBe('2026-12-08T00:00:00.000Z');
  });

  it('lets an SMS go from the end of quiet hours until their start', () => {
    expect(quietUntil(night, at('2026-12-08T08:00:00'))).toBeNull();
    expect(quietUntil(night, at('2026-12-07T20:59:00'))).toBeNull();
    expect(quietUntil(night, at('2026-12-07T12:00:00'))).toBeNull();
  });

  it('reads quiet hours within one day, and equal times as none', () => {
    const lunch = { start: '12:00', end: '13:30' };
    expect(quietUntil(lunch, at('2026-12-07T12:10:00'))).toBe('2026-12-07T05:30:00.000Z');
    expect(quietUntil(lunch, at('2026-12-07T13:30:00'))).toBeNull();
    expect(quietUntil({ start: '08:00', end: '08:00' }, at('2026-12-07T08:00:00'))).toBeNull();
  });
});
