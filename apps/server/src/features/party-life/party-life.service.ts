import type { CloseMonthInput, OrgLifeMeetingCreate } from '@jishi/shared';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../platform/actor.ts';
import { authorize } from '../../platform/authorize.ts';
import { AppError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { nowIsoOf } from '../../platform/clock.ts';
import { today } from '../../platform/local-date.ts';
import type { OrgLifeMeetingTable } from './party-life.table.ts';
import { canCloseMonth, scheduleCheck } from './party-life.rules.ts';
import { audited } from '../audit/audit.service.ts';
import { requireBranch } from '../party-orgs/party-orgs.service.ts';
import * as repo from './party-life.repo.ts';
import { assertOwnUploads, readFile } from './files.service.ts';
import { syncMeetingTodos } from './org-life-todos.service.ts';

const toView = (m: OrgLifeMeetingTable) => ({
  id: m.id,
  branchId: m.branch_id,
  kind: m.kind,
  heldOn: m.held_on,
  topic: m.topic,
  due: m.due,
  present: m.present,
  minutes: m.minutes_text,
  photos: JSON.parse(m.photos) as string[],
});

const futureDate = () =>
  new AppError('VALIDATION', {
    issues: [{ code: 'custom', path: ['body', 'heldOn'], message: 'validation.futureDate' }],
  });

/**
 * Records a meeting. The closed-month check runs inside the write transaction after the month's
 * branch row is locked, so a meeting and the closing of its month cannot both land (closing inserts that row).
 */
export async function recordMeeting(deps: Deps, actor: Actor, input: OrgLifeMeetingCreate) {
  authorize(actor, 'partylife:write');
  const branch = await requireBranch(deps.db, actor, input.branchId);
  if (input.heldOn > today(deps.clock)) throw futureDate();
  await assertOwnUploads(deps.db, actor, input.photos);
  const row: OrgLifeMeetingTable = {
    id: newId(),
    branch_id: branch.id,
    kind: input.kind,
    held_on: input.heldOn,
    topic: input.topic,
    due: input.due,
    present: input.present,
    minutes_text: input.minutes,
    photos: JSON.stringify(input.photos),
    recorded_by: actor.userId,
    created_at: nowIsoOf(deps.clock),
  };
  await audited(
    deps,
    actor,
    {
      action: 'org_life.record',
      subjectType: 'org_life_meeting',
      subjectId: row.id,
      orgPath: branch.territory_path,
      changes: { kind: row.kind, heldOn: row.held_on, due: row.due, present: row.present },
    },
    async (trx) => {
      await repo.lockBranch(trx, branch.id, deps.engine.forUpdate);
      if (await repo.isMonthClosed(trx, branch.id, input.heldOn.slice(0, 7))) throw new AppError('PERIOD_CLOSED');
      await repo.insertMeeting(trx, row);
      await syncMeetingTodos(trx, [branch.id], row.created_at);
    },
  );
  return toView(row);
}

export async function listMeetings(deps: Deps, actor: Actor, query: { branchId: string; year: number }) {
  authorize(actor, 'partylife:read');
  await requireBranch(deps.db, actor, query.branchId);
  return { items: (await repo.meetingsOfYear(deps.db, query.branchId, query.year)).map(toView) };
}

export async function schedule(deps: Deps, actor: Actor, query: { branchId: string; year: number }) {
  authorize(actor, 'partylife:read');
  await requireBranch(deps.db, actor, query.branchId);
  const meetings = await repo.meetingsOfYear(deps.db, query.branchId, query.year);
  const rows = scheduleCheck(
    meetings.map((m) => ({ kind: m.kind, heldOn: m.held_on })),
    query.year,
    today(deps.clock),
  );
  return {
    branchId: query.branchId,
    year: query.year,
    closedMonths: await repo.closedMonths(deps.db, query.branchId),
    rows,
  };
}

/** Closes a branch's month: from then on nothing can be dated into it (no back-filling). */
export async function closeMonth(deps: Deps, actor: Actor, input: CloseMonthInput) {
  authorize(actor, 'partylife:close');
  const branch = await requireBranch(deps.db, actor, input.branchId);
  if (!canCloseMonth(input.month, today(deps.clock)))
    throw new AppError('VALIDATION', {
      issues: [{ code: 'custom', path: ['body', 'month'], message: 'validation.monthOpen' }],
    });
  await audited(
    deps,
    actor,
    {
      action: 'org_life.close_month',
      subjectType: 'party_org',
      subjectId: branch.id,
      orgPath: branch.territory_path,
      changes: { month: input.month },
    },
    async (trx) => {
      await repo.lockBranch(trx, branch.id, deps.engine.forUpdate);
      if (await repo.isMonthClosed(trx, branch.id, input.month)) throw new AppError('CONFLICT');
      await repo.insertClosedMonth(trx, {
        branch_id: branch.id,
        month: input.month,
        closed_at: nowIsoOf(deps.clock),
        closed_by: actor.userId,
      });
    },
  );
  return { ok: true as const };
}

/** The n-th photo of a meeting record, for callers who may read the branch. */
export async function meetingPhoto(deps: Deps, actor: Actor, id: string, n: number) {
  authorize(actor, 'partylife:read');
  const meeting = await repo.findMeeting(deps.db, id);
  if (!meeting) throw new AppError('NOT_FOUND');
  await requireBranch(deps.db, actor, meeting.branch_id);
  return readFile(deps, (JSON.parse(meeting.photos) as string[])[n]);
}
