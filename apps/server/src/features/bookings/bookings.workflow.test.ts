import { describe, expect, it } from 'vitest';
import { BOOKING_ACTIONS, BOOKING_STATUSES } from '@jishi/shared';
import { bookingTransition, holdsSlots, initialStatus, slotsOf } from './bookings.workflow.ts';

describe('booking workflow', () => {
  it('has exactly the legal transitions', () => {
    const legal = {
      'pending/approve': 'confirmed',
      'pending/reject': 'rejected',
      'pending/cancel': 'cancelled',
      'confirmed/cancel': 'cancelled',
    } as Record<string, string>;
    for (const s of BOOKING_STATUSES)
      for (const a of BOOKING_ACTIONS) expect(bookingTransition(s, a), `${s}/${a}`).toBe(legal[`${s}/${a}`] ?? null);
  });

  it('starts pending only where the room needs approval; live bookings hold slots', () => {
    expect(initialStatus(true)).toBe('pending');
    expect(initialStatus(false)).toBe('confirmed');
    expect(BOOKING_STATUSES.filter(holdsSlots)).toEqual(['pending', 'confirmed']);
  });

  it('cuts a booking into half-hour slots', () => {
    expect(slotsOf('2026-03-01T01:00:00Z', '2026-03-01T02:30:00Z')).toEqual({
      slots: ['2026-03-01T01:00:00.000Z', '2026-03-01T01:30:00.000Z', '2026-03-01T02:00:00.000Z'],
    });
    expect(slotsOf('2026-03-01T09:00:00+08:00', '2026-03-01T09:30:00+08:00')).toEqual({
      slots: ['2026-03-01T01:00:00.000Z'],
    });
  });

  it('refuses an end before (or at) the start, off-grid times and bookings over 12 hours', () => {
    expect(slotsOf('2026-03-01T02:00:00Z', '2026-03-01T01:00:00Z')).toEqual({ error: 'order' });
    expect(slotsOf('2026-03-01T02:00:00Z', '2026-03-01T02:00:00Z')).toEqual({ error: 'order' });
    expect(slotsOf('2026-03-01T02:10:00Z', '2026-03-01T03:00:00Z')).toEqual({ error: 'grid' });
    expect(slotsOf('2026-03-01T00:00:00Z', '2026-03-01T12:30:00Z')).toEqual({ error: 'grid' });
    expect(slotsOf('2026-03-01T00:00:00Z', '2026-03-01T12:00:00Z')).toHaveProperty('slots');
  });
});
