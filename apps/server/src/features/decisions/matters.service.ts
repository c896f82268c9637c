import type { MatterCreate, MatterListQuery, MatterReviseInput, MatterStatus, WithdrawInput } from '@jishi/shared';
import type { Deps } from '../../deps.ts';
import type { Conn } from '../../db/schema.ts';
import type { Actor } from '../../platform/actor.ts';
import { assertInScope, authorize } from '../../platform/authorize.ts';
import { AppError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { nowIsoOf } from '../../platform/clock.ts';
import { auditWho, recordAudit } from '../audit/audit.service.ts';
import { requireCommunity, requireUnit } from '../territory/territory.service.ts';
import { requireOrg } from '../party-orgs/party-orgs.service.ts';
import type { DecisionMatterTable, DecisionRecordTable } from './decisions.table.ts';
import { transition, type MatterAction } from './decisions.workflow.ts';
import { requireTemplate, stagesFor } from './templates.service.ts';
import { findTemplate } from './templates.repo.ts';
import { toListItem, toMatterView } from './matters.view.ts';
import * as repo from './matters.repo.ts';
import * as proposals from './proposals.repo.ts';
import { bumpCounter } from '../indicators/rollups.service.ts';
import { MATTERS_OPENED } from './decisions.indicators.ts';
import { today } from '../../platform/local-date.ts';
import { syncTodos } from '../todos/todos.service.ts';
import { proposalToAcceptKind } from './decisions.todos.ts';

const issue = (path: string, message: string) =>
  new AppError('VALIDATION', { issues: [{ code: 'custom', path: ['body', path], message }] });

/** The matter if it lies in the actor's scope (through its hall's unit); otherwise 404. */
export async function requireMatter(db: Conn, actor: Actor, id: string): Promise<repo.MatterRow> {
  const m = await repo.findMatter(db, id);
  assertInScope(actor, m?.unit_path);
  return m as repo.MatterRow;
}

/** The next state for `action`, or 409 CONFLICT when the lifecycle does not allow it. */
export function nextStatus(status: string, action: MatterAction): MatterStatus {
  const next = transition(status as MatterStatus, action);
  if (!next) throw new AppError('CONFLICT');
  return next;
}

export async function matterDetail(deps: Deps, actor: Actor, m: repo.MatterRow) {
  const [template, stages, records, progress, linked, ratings, mine] = await Promise.all([
    findTemplate(deps.db, m.template_id),
    stagesFor(deps.db, [m.template_id]),
    repo.recordsOf(deps.db, [m.id]),
    repo.progressOf(deps.db, m.id),
    proposals.proposalsOfMatter(deps.db, m.id),
    repo.ratingSummary(deps.db, [m.id]),
    repo.myRating(deps.db, m.id, actor.userId),
  ]);
  const [attendees, supports] = await Promise.all([
    repo.attendeesOf(
      deps.db,
      records.map((r) => r.id),
    ),
    proposals.supportCounts(
      deps.db,
      linked.map((p) => p.id),
    ),
  ]);
  return toMatterView(actor, {
    matter: m,
    template: template as NonNullable<typeof template>,
    stages: stages.get(m.template_id) ?? [],
    records,
    attendees,
    progress,
    proposals: linked.map((p) => ({ id: p.id, title: p.title, supportCount: supports.get(p.id) ?? 0 })),
    rating: { count: Number(ratings[0]?.n ?? 0), total: Number(ratings[0]?.total ?? 0), mine: mine?.score ?? null },
  });
}

export async function getMatter(deps: Deps, actor: Actor, id: string) {
  authorize(actor, 'decision:read');
  return matterDetail(deps, actor, await requireMatter(deps.db, actor, id));
}

/** A page of matters in scope; stages and records for the whole page are loaded in two queries. */
export async function listMatters(deps: Deps, actor: Actor, query: MatterListQuery) {
  authorize(actor, 'decision:read');
  const unit = query.unitId ? await requireUnit(deps.db, actor, query.unitId) : undefined;
  const hallId = unit && (unit.kind === 'community' || unit.kind === 'village') ? unit.id : undefined;
  const filter = { unitPath: unit?.path, hallId, status: query.status, q: query.q };
  const { rows, total } = await repo.listMatters(deps.db, actor.scope, filter, query.page, query.pageSize);
  const [stages, records] = await Promise.all([
    stagesFor(
      deps.db,
      rows.map((m) => m.template_id),
    ),
    repo.recordsOf(
      deps.db,
      rows.map((m) => m.id),
    ),
  ]);
  const byMatter = new Map<string, DecisionRecordTable[]>();
  for (const r of records) byMatter.set(r.matter_id, [...(byMatter.get(r.matter_id) ?? []), r]);
  const items = rows.map((m) => toListItem(m, stages.get(m.template_id) ?? [], byMatter.get(m.id) ?? []));
  return { items, total, page: query.page, pageSize: query.pageSize };
}

/** Opens a matter in a hall, from residents' proposals, a Party organisation, or assigned from above. */
export async function openMatter(deps: Deps, actor: Actor, input: MatterCreate) {
  authorize(actor, 'decision:write');
  return getMatter(deps, actor, await saveNewMatter(deps, actor, input));
}

/** The write of openMatter, returning the new matter's id without reading it back (bulk loading). */
export async function saveNewMatter(deps: Deps, actor: Actor, input: MatterCreate): Promise<string> {
  authorize(actor, 'decision:write');
  const unit = await requireCommunity(deps.db, actor, input.unitId);
  const template = await requireTemplate(deps.db, actor, input.templateId);
  if (template.status !== 'active' || template.applies_to !== unit.kind || !unit.path.startsWith(template.owner_path)) {
    throw new AppError('CONFLICT');
  }
  const openedOn = input.openedOn ?? today(deps.clock);
  if (openedOn > today(deps.clock)) throw issue('openedOn', 'validation.futureDate');
  const proposalIds = input.source === 'proposal' ? [...new Set(input.proposalIds ?? [])] : [];
  const found = await proposals.findProposals(deps.db, proposalIds);
  if (found.length !== proposalIds.length) throw new AppError('NOT_FOUND');
  for (const p of found) assertInScope(actor, p.unit_path);
  if (found.some((p) => p.unit_id !== unit.id || p.status !== 'open')) throw new AppError('CONFLICT');
  if (input.source === 'party_org') {
    const org = await requireOrg(deps.db, actor, input.partyOrgId as string);
    if (!org.territory_path.startsWith(unit.path)) throw issue('partyOrgId', 'validation.matterSource');
  }
  const now = nowIsoOf(deps.clock);
  const row: DecisionMatterTable = {
    id: newId(),
    unit_id: unit.id,
    template_id: template.id,
    title: input.title,
    description: input.description,
    source: input.source,
    source_note: input.sourceNote || null,
    party_org_id: input.source === 'party_org' ? (input.partyOrgId as string) : null,
    one_shoulder: Number(input.oneShoulder),
    status: 'open',
    revision: 0,
    opened_on: openedOn,
    solved_on: null,
    impl_owner: null,
    impl_due_on: null,
    withdrawn_reason: null,
    created_by: actor.userId,
    created_at: now,
    updated_at: now,
  };
  await deps.db.transaction().execute(async (trx) => {
    await repo.insertMatter(trx, row);
    await bumpCounter(trx, MATTERS_OPENED, row.unit_id, row.opened_on);
    if (proposalIds.length && (await proposals.adoptProposals(trx, proposalIds, row.id, now)) !== proposalIds.length)
      throw new AppError('CONFLICT');
    if (proposalIds.length) await syncTodos(trx, proposalToAcceptKind, { subjectIds: proposalIds }, now);
    await recordAudit(trx, deps, auditWho(actor), {
      action: 'decision.matter.open',
      subjectType: 'decision_matter',
      subjectId: row.id,
      orgPath: unit.path,
      changes: {
        title: row.title,
        source: row.source,
        templateId: template.id,
        templateVersion: template.version,
        proposalIds,
        oneShoulder: input.oneShoulder,
      },
    });
  });
  return row.id;
}

/** Revising a matter (typically after a failed stage) bumps its revision; the failed stage is then repeated. */
export async function reviseMatter(deps: Deps, actor: Actor, id: string, input: MatterReviseInput) {
  authorize(actor, 'decision:write');
  const m = await requireMatter(deps.db, actor, id);
  const patch: Partial<DecisionMatterTable> = {
    ...(input.title !== undefined && { title: input.title }),
    ...(input.description !== undefined && { description: input.description }),
    ...(input.oneShoulder !== undefined && { one_shoulder: Number(input.oneShoulder) }),
  };
  await deps.db.transaction().execute(async (trx) => {
    const current = await repo.lockMatter(trx, id, deps.engine.forUpdate);
    const status = nextStatus(current.status, 'revise');
    await repo.updateMatter(trx, id, {
      ...patch,
      status,
      revision: current.revision + 1,
      updated_at: nowIsoOf(deps.clock),
    });
    await recordAudit(trx, deps, auditWho(actor), {
      action: 'decision.matter.revise',
      subjectType: 'decision_matter',
      subjectId: id,
      orgPath: m.unit_path,
      changes: {
        revision: current.revision + 1,
        fields: Object.keys(patch),
        before: { title: current.title },
        note: input.note,
      },
    });
  });
  return getMatter(deps, actor, id);
}

export async function withdrawMatter(deps: Deps, actor: Actor, id: string, input: WithdrawInput) {
  authorize(actor, 'decision:write');
  const m = await requireMatter(deps.db, actor, id);
  await deps.db.transaction().execute(async (trx) => {
    const current = await repo.lockMatter(trx, id, deps.engine.forUpdate);
    const status = nextStatus(current.status, 'withdraw');
    await repo.updateMatter(trx, id, { status, withdrawn_reason: input.reason, updated_at: nowIsoOf(deps.clock) });
    await recordAudit(trx, deps, auditWho(actor), {
      action: 'decision.matter.withdraw',
      subjectType: 'decision_matter',
      subjectId: id,
      orgPath: m.unit_path,
      reason: input.reason,
    });
  });
  return getMatter(deps, actor, id);
}
