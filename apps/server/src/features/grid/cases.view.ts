import type { TimeLimits, Warning } from '@jishi/shared';
import type { CaseRow } from './cases.repo.ts';
import type { DisputeEventTable, DisputePartyTable, DisputePhotoTable, MediationSessionTable } from './grid.table.ts';
import { limitHours, warningOf } from './cases.limits.ts';
import { stageOf } from './cases.workflow.ts';

/** The running stage's due time and warning (yellow/red) for a case, as of `now`. */
export function timerOf(
  c: Pick<CaseRow, 'status' | 'level' | 'category' | 'stage_started_at'>,
  limits: TimeLimits,
  now: string,
) {
  const stage = stageOf(c.status);
  if (stage === null) return { stage: null, dueAt: null, warning: 'none' as Warning };
  return {
    stage,
    ...warningOf(c.stage_started_at, limitHours(limits, c.level, c.category, stage), now),
  };
}

export const caseListItemView = (c: CaseRow, timer: ReturnType<typeof timerOf>) => ({
  id: c.id,
  number: c.number,
  gridId: c.grid_id,
  gridName: c.grid_name,
  category: c.category,
  risk: c.risk,
  level: c.level,
  status: c.status,
  place: c.place,
  summary: c.description.slice(0, 60),
  registeredAt: c.registered_at,
  timer,
});

export const partyView = (p: DisputePartyTable) => ({ residentId: p.resident_id, name: p.name, role: p.role });
export const photoView = (p: DisputePhotoTable) => ({
  id: p.id,
  contentType: p.content_type,
  width: p.width,
  height: p.height,
  bytes: p.bytes,
});
export const sessionView = (s: MediationSessionTable) => ({
  id: s.id,
  heldOn: s.held_on,
  mediators: JSON.parse(s.mediators) as string[],
  outcome: s.outcome,
  notes: s.notes,
  by: s.recorded_by_name,
});
export const eventView = (e: DisputeEventTable) => ({
  at: e.at,
  action: e.action,
  from: e.from_status,
  to: e.to_status,
  level: e.level,
  by: e.actor_name,
  note: e.note,
});

export const locationOf = (c: Pick<CaseRow, 'lat_e6' | 'lng_e6'>) =>
  c.lat_e6 === null || c.lng_e6 === null ? null : { lat: c.lat_e6 / 1e6, lng: c.lng_e6 / 1e6 };
