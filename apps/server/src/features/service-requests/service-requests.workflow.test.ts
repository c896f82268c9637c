import { describe, expect, it } from 'vitest';
import { REQUEST_ACTIONS, REQUEST_STATUSES, type RequestAction, type RequestStatus } from '@jishi/shared';
import { deadlineState, dueAt, requestTransition } from './service-requests.workflow.ts';

const LEGAL: [RequestStatus, RequestAction, RequestStatus][] = [
  ['submitted', 'accept', 'accepted'],
  ['submitted', 'reject', 'rejected'],
  ['accepted', 'dispatch', 'dispatched'],
  ['accepted', 'reject', 'rejected'],
  ['dispatched', 'dispatch', 'dispatched'],
  ['dispatched', 'start', 'in_progress'],
  ['in_progress', 'complete', 'done'],
  ['done', 'rate', 'rated'],
  ['done', 'close', 'closed'],
  ['rated', 'close', 'closed'],
];

describe('service request workflow', () => {
  it.each(LEGAL)('%s —%s→ %s', (from, action, to) => expect(requestTransition(from, action)).toBe(to));

  it('every other (state, action) pair is illegal', () => {
    const legal = new Set(LEGAL.map(([f, a]) => `${f}/${a}`));
    const illegal = REQUEST_STATUSES.flatMap((s) =>
      REQUEST_ACTIONS.filter((a) => !legal.has(`${s}/${a}`)).map((a) => [s, a] as const),
    );
    expect(illegal.length).toBe(REQUEST_STATUSES.length * REQUEST_ACTIONS.length - LEGAL.length);
    for (const [s, a] of illegal) expect(requestTransition(s, a), `${s}/${a}`).toBeNull();
  });

  it('closed and rejected are final; a request cannot skip acceptance or be rated before it is done', () => {
    for (const a of REQUEST_ACTIONS) {
      expect(requestTransition('closed', a)).toBeNull();
      expect(requestTransition('rejected', a)).toBeNull();
    }
    expect(requestTransition('submitted', 'dispatch')).toBeNull();
    expect(requestTransition('in_progress', 'rate')).toBeNull();
  });

  it('warns in the last quarter of the time limit and after it; finished requests carry no warning', () => {
    const created = '2026-01-01T00:00:00.000Z';
    const due = dueAt(created, 24);
    expect(due).toBe('2026-01-02T00:00:00.000Z');
    expect(deadlineState('accepted', created, due, new Date('2026-01-01T17:59:00Z'))).toBe('ok');
    expect(deadlineState('accepted', created, due, new Date('2026-01-01T18:00:00Z'))).toBe('due_soon');
    expect(deadlineState('accepted', created, due, new Date('2026-01-02T00:00:01Z'))).toBe('overdue');
    expect(deadlineState('done', created, due, new Date('2026-01-03T00:00:00Z'))).toBe('finished');
    expect(deadlineState('rejected', created, due, new Date('2026-01-03T00:00:00Z'))).toBe('finished');
  });
});
