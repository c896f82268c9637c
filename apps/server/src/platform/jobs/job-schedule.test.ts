import { describe, expect, it } from 'vitest';
import { latestDue, nextDue, retryAt } from './job-schedule.ts';

describe('job schedule', () => {
  it('reads cron expressions in Asia/Shanghai time', () => {
    const at = new Date('2026-12-07T10:00:00Z'); // 18:00 in Shanghai
    expect(latestDue('30 16 * * *', at)?.toISOString()).toBe('2026-12-07T08:30:00.000Z');
    expect(nextDue('30 16 * * *', at)?.toISOString()).toBe('2026-12-08T08:30:00.000Z');
  });

  it('counts an occurrence exactly at now as due, and not a millisecond before', () => {
    expect(latestDue('*/15 * * * *', new Date('2026-12-07T08:30:00.000Z'))?.toISOString()).toBe(
      '2026-12-07T08:30:00.000Z',
    );
    expect(latestDue('*/15 * * * *', new Date('2026-12-07T08:29:59.999Z'))?.toISOString()).toBe(
      '2026-12-07T08:15:00.000Z',
    );
  });

  it('backs off exponentially from the first retry', () => {
    const now = new Date('2026-12-07T00:00:00Z');
    expect([1, 2, 3, 4].map((a) => retryAt(now, a, 1000).getTime() - now.getTime())).toEqual([1000, 2000, 4000, 8000]);
  });
});
