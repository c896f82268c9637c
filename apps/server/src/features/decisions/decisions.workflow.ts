import type { MatterStatus } from '@jishi/shared';

/**
 * The life of a matter (议题) as a pure transition table. Every (state, action) pair not listed
 * is illegal and answered 409 CONFLICT.
 *
 * open ──record(pass)──▶ open ──publish_resolution──▶ implementing ──publish_result──▶ completed
 *   │  ╲record(fail)                                    │ track                          │ rate
 *   │    ▶ returned ──revise / record(pass)──▶ open     ▼                                ▼
 *   └─withdraw──▶ withdrawn ◀──withdraw── returned
 */
export type MatterAction =
  | 'record_passed'
  | 'record_failed'
  | 'publish_resolution'
  | 'publish_result'
  | 'revise'
  | 'withdraw'
  | 'track'
  | 'rate';

const TRANSITIONS: Record<MatterStatus, Partial<Record<MatterAction, MatterStatus>>> = {
  open: {
    record_passed: 'open',
    record_failed: 'returned',
    publish_resolution: 'implementing',
    revise: 'open',
    withdraw: 'withdrawn',
  },
  returned: { record_passed: 'open', record_failed: 'returned', revise: 'open', withdraw: 'withdrawn' },
  implementing: { track: 'implementing', publish_result: 'completed' },
  completed: { rate: 'completed' },
  withdrawn: {},
};

/** The state after `action`, or null when the action is not allowed in `state`. */
export function transition(state: MatterStatus, action: MatterAction): MatterStatus | null {
  return TRANSITIONS[state][action] ?? null;
}

export const allows = (state: MatterStatus, action: MatterAction): boolean => transition(state, action) !== null;

/** Which notice action a notice stage's body stands for. */
export const noticeAction = (body: string): MatterAction =>
  body === 'result_notice' ? 'publish_result' : 'publish_resolution';

export const MATTER_ACTIONS: readonly MatterAction[] = [
  'record_passed',
  'record_failed',
  'publish_resolution',
  'publish_result',
  'revise',
  'withdraw',
  'track',
  'rate',
];

/** Follow-up of a subdistrict meeting's decision: open → in progress → done; done is final. */
const DECISION_FOLLOW_UP: Record<string, readonly string[]> = {
  open: ['in_progress', 'done'],
  in_progress: ['in_progress', 'done'],
  done: [],
};
export const followUpAllowed = (current: string, next: string): boolean =>
  DECISION_FOLLOW_UP[current]?.includes(next) ?? false;
