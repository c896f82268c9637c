import type { RequestAction, RequestStatus } from '@jishi/shared';

/**
 * The service request (诉求/工单) lifecycle as a pure transition table. Every (state, action) pair not
 * listed is illegal and answered 409 CONFLICT.
 *
 *   submitted ─accept→ accepted ─dispatch→ dispatched ─start→ in_progress ─complete→ done ─rate→ rated ─close→ closed
 *       └─reject→ rejected   └─reject→ rejected   └─dispatch (re-dispatch)        done ─close→ closed (no rating given)
 */
const TABLE: Record<RequestStatus, Partial<Record<RequestAction, RequestStatus>>> = {
  submitted: { accept: 'accepted', reject: 'rejected' },
  accepted: { dispatch: 'dispatched', reject: 'rejected' },
  dispatched: { dispatch: 'dispatched', start: 'in_progress' },
  in_progress: { complete: 'done' },
  done: { rate: 'rated', close: 'closed' },
  rated: { close: 'closed' },
  closed: {},
  rejected: {},
};

export const requestTransition = (state: RequestStatus, action: RequestAction): RequestStatus | null =>
  TABLE[state][action] ?? null;

/** Who performs an action: the community's staff, the dispatched handler (staff or the provider), or the resident who submitted. */
export type RequestParty = 'staff' | 'handler' | 'submitter';
export const PARTY_OF: Record<RequestAction, RequestParty> = {
  accept: 'staff',
  dispatch: 'staff',
  reject: 'staff',
  close: 'staff',
  start: 'handler',
  complete: 'handler',
  rate: 'submitter',
};

const FINISHED: ReadonlySet<RequestStatus> = new Set(['done', 'rated', 'closed', 'rejected']);

/** Time-limit warning: 'due_soon' in the last quarter of the limit, 'overdue' after it, 'finished' once handled. */
export function deadlineState(
  status: RequestStatus,
  createdAt: string,
  dueAt: string,
  now: Date,
): 'ok' | 'due_soon' | 'overdue' | 'finished' {
  if (FINISHED.has(status)) return 'finished';
  const start = Date.parse(createdAt);
  const due = Date.parse(dueAt);
  const t = now.getTime();
  if (t > due) return 'overdue';
  return t >= dueSoonFrom(start, due) ? 'due_soon' : 'ok';
}

/** When a request turns "due soon": the last quarter of its limit (epoch ms). */
const dueSoonFrom = (start: number, due: number): number => due - (due - start) / 4;

/** The instant a request submitted at `createdAt` and due at `dueAt` turns "due soon" (its to-do's yellow). */
export const dueSoonAt = (createdAt: string, dueAt: string): string =>
  new Date(Math.ceil(dueSoonFrom(Date.parse(createdAt), Date.parse(dueAt)))).toISOString();

/** The due instant: the service's time limit in hours from submission. */
export const dueAt = (submittedAt: string, limitHours: number): string =>
  new Date(Date.parse(submittedAt) + limitHours * 3_600_000).toISOString();
