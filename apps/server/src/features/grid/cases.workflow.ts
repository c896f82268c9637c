import { CASE_STATUSES, type CaseAction, type CaseLevel, type CaseStage, type CaseStatus } from '@jishi/shared';

/**
 * The dispute case lifecycle as a pure transition table. Every (state, action) pair not listed is
 * illegal (409). Escalation moves the case one level up (grid → community → subdistrict) and the
 * level above accepts it again; the subdistrict cannot escalate further.
 *
 *   registered ─accept→ accepted ─assign→ assigned ─mediate→ mediating ─resolve→ resolved ─follow_up→ closed
 *        │                 │                  │               │  └─fail→ failed ─follow_up→ closed (top level only: referred on)
 *        └──────escalate───┴──────────────────┴───────────────┴──────────────┴─escalate→ escalated ─accept→ accepted …
 */
const TABLE: Record<CaseStatus, Partial<Record<CaseAction, CaseStatus>>> = {
  registered: { accept: 'accepted', escalate: 'escalated' },
  accepted: { assign: 'assigned', escalate: 'escalated' },
  assigned: { assign: 'assigned', mediate: 'mediating', escalate: 'escalated' },
  mediating: { resolve: 'resolved', fail: 'failed', escalate: 'escalated' },
  resolved: { follow_up: 'closed' },
  failed: { escalate: 'escalated', follow_up: 'closed' },
  escalated: { accept: 'accepted' },
  closed: {},
};

const NEXT_LEVEL: Record<CaseLevel, CaseLevel | null> = {
  grid: 'community',
  community: 'subdistrict',
  subdistrict: null,
};

export const nextLevel = (level: CaseLevel): CaseLevel | null => NEXT_LEVEL[level];

/** The next state, or null when the action is illegal here (including escalating from the top, and closing a failed case below the top). */
export function caseTransition(state: CaseStatus, action: CaseAction, level: CaseLevel): CaseStatus | null {
  const next = TABLE[state][action] ?? null;
  if (next === null) return null;
  if (action === 'escalate' && NEXT_LEVEL[level] === null) return null;
  if (state === 'failed' && action === 'follow_up' && NEXT_LEVEL[level] !== null) return null;
  return next;
}

/** Actions legal for the case as it stands (the UI offers these). */
export const legalActions = (state: CaseStatus, level: CaseLevel, all: readonly CaseAction[]): CaseAction[] =>
  all.filter((a) => caseTransition(state, a, level) !== null);

/** Mediation sessions are recorded only while mediating. */
export const canRecordSession = (state: CaseStatus): boolean => state === 'mediating';

/** Which time-limited stage a status is in; closed has none. */
export function stageOf(state: CaseStatus): 'accept' | 'handle' | 'verify' | null {
  if (state === 'registered' || state === 'escalated') return 'accept';
  if (state === 'resolved') return 'verify';
  if (state === 'closed') return null;
  return 'handle';
}

/** The statuses that run a stage's clock (the inverse of `stageOf`). */
export const statusesIn = (stage: CaseStage): CaseStatus[] => CASE_STATUSES.filter((s) => stageOf(s) === stage);

/** Depth of a level on the materialized path: subdistrict 1, community 2, grid 3. */
export const LEVEL_DEPTH: Record<CaseLevel, number> = { subdistrict: 1, community: 2, grid: 3 };
