import type { FollowUpCreate, MeetingCreate, OpinionInput } from '@jishi/shared';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../platform/actor.ts';
import { assertInScope, authorize } from '../../platform/authorize.ts';
import { AppError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { nowIsoOf } from '../../platform/clock.ts';
import { auditWho, recordAudit } from '../audit/audit.service.ts';
import { requireUnit } from '../territory/territory.service.ts';
import { followUpAllowed } from './decisions.workflow.ts';
import { assertDateOpen } from './periods.service.ts';
import { usableCatalogItem } from './catalog.service.ts';
import { meetingListItemOf, meetingViewOf } from './meetings.view.ts';
import * as repo from './meetings.repo.ts';
import { today } from '../../platform/local-date.ts';

const issue = (path: string, message: string) =>
  new AppError('VALIDATION', { issues: [{ code: 'custom', path: ['body', path], message }] });

async function requireMeeting(deps: Deps, actor: Actor, id: string) {
  const m = await repo.findMeeting(deps.db, id);
  assertInScope(actor, m?.unit_path);
  return m as repo.MeetingRow;
}

export async function listMeetings(
  deps: Deps,
  actor: Actor,
  query: { page: number; pageSize: number; unitId?: string },
) {
  authorize(actor, 'decision:read');
  const unitPath = query.unitId ? (await requireUnit(deps.db, actor, query.unitId)).path : undefined;
  const { rows, total } = await repo.listMeetings(deps.db, actor.scope, unitPath, query.page, query.pageSize);
  return { items: rows.map(meetingListItemOf), total, page: query.page, pageSize: query.pageSize };
}

export async function getMeeting(deps: Deps, actor: Actor, id: string) {
  authorize(actor, 'decision:read');
  const meeting = await requireMeeting(deps, actor, id);
  const [items, decisions, opinions] = await Promise.all([
    repo.itemsOf(deps.db, id),
    repo.decisionsOf(deps.db, id),
    repo.opinionsOf(deps.db, id),
  ]);
  const followUps = await repo.followUpsOf(
    deps.db,
    decisions.map((d) => d.id),
  );
  return meetingViewOf(actor, { meeting, items, decisions, followUps, opinions });
}

/** Records a subdistrict meeting (党工委会议, 党政联席会 …): attendees, agenda items on major matters and the decisions taken. */
export async function createMeeting(deps: Deps, actor: Actor, input: MeetingCreate) {
  authorize(actor, 'meeting:write');
  const unit = await requireUnit(deps.db, actor, input.unitId);
  if (unit.kind !== 'subdistrict') throw issue('unitId', 'validation.parentKind');
  const type = await usableCatalogItem(deps.db, actor, input.typeId, 'meeting_type', unit.path);
  await assertDateOpen(deps, unit.path, input.heldOn, 'heldOn');
  const now = nowIsoOf(deps.clock);
  const id = newId();
  const items = input.agenda.map((a, i) => ({
    id: newId(),
    meeting_id: id,
    seq: i + 1,
    title: a.title,
    note: a.note || null,
  }));
  const decisions = input.agenda.flatMap((a, i) =>
    a.decisions.map((d, j) => ({
      id: newId(),
      meeting_id: id,
      item_id: items[i].id,
      seq: (i + 1) * 100 + j,
      content: d.content,
      owner: d.owner,
      due_on: d.dueOn,
      status: 'open' as const,
      created_at: now,
      updated_at: now,
    })),
  );
  const row = {
    id,
    unit_id: unit.id,
    type_id: type.id,
    title: input.title,
    held_on: input.heldOn,
    start_time: input.startTime ?? null,
    end_time: input.endTime ?? null,
    place: input.place,
    host: input.host ?? null,
    attendees: JSON.stringify(input.attendees.map((a) => ({ name: a.name, title: a.title ?? null }))),
    summary: input.summary,
    created_by: actor.userId,
    created_at: now,
    updated_at: now,
  };
  await deps.db.transaction().execute(async (trx) => {
    await repo.insertMeeting(trx, row, items, decisions);
    await recordAudit(trx, deps, auditWho(actor), {
      action: 'meeting.create',
      subjectType: 'meeting',
      subjectId: id,
      orgPath: unit.path,
      changes: {
        type: type.name,
        heldOn: row.held_on,
        agenda: items.length,
        decisions: decisions.length,
        attendees: input.attendees.length,
      },
    });
  });
  return getMeeting(deps, actor, id);
}

/** Follow-up of one decision: open → in progress → done. */
export async function addFollowUp(deps: Deps, actor: Actor, decisionId: string, input: FollowUpCreate) {
  authorize(actor, 'meeting:write');
  const decision = await repo.findDecision(deps.db, decisionId);
  assertInScope(actor, decision?.unit_path);
  const d = decision as NonNullable<typeof decision>;
  if (input.notedOn > today(deps.clock)) throw issue('notedOn', 'validation.futureDate');
  if (!followUpAllowed(d.status, input.status)) throw new AppError('CONFLICT');
  const row = {
    id: newId(),
    decision_id: d.id,
    noted_on: input.notedOn,
    note: input.note,
    status: input.status,
    recorded_by: actor.userId,
    created_at: nowIsoOf(deps.clock),
  };
  await deps.db.transaction().execute(async (trx) => {
    await repo.insertFollowUp(trx, row);
    await recordAudit(trx, deps, auditWho(actor), {
      action: 'meeting.follow_up.add',
      subjectType: 'meeting_decision',
      subjectId: d.id,
      orgPath: d.unit_path,
      changes: { from: d.status, to: row.status },
    });
  });
  return getMeeting(deps, actor, d.meeting_id);
}

/** A supervision role (党员监督, 居民监督, 居务监督委员会 …) attaches its opinion to a meeting. */
export async function addOpinion(deps: Deps, actor: Actor, meetingId: string, input: OpinionInput) {
  authorize(actor, 'meeting:supervise');
  const meeting = await requireMeeting(deps, actor, meetingId);
  const role = await usableCatalogItem(deps.db, actor, input.roleId, 'supervision_role', meeting.unit_path);
  const row = {
    id: newId(),
    meeting_id: meetingId,
    role_id: role.id,
    author: input.author,
    opinion: input.opinion,
    recorded_by: actor.userId,
    created_at: nowIsoOf(deps.clock),
  };
  await deps.db.transaction().execute(async (trx) => {
    await repo.insertOpinion(trx, row);
    await recordAudit(trx, deps, auditWho(actor), {
      action: 'meeting.opinion.add',
      subjectType: 'meeting',
      subjectId: meetingId,
      orgPath: meeting.unit_path,
      changes: { role: role.name },
    });
  });
  return getMeeting(deps, actor, meetingId);
}
