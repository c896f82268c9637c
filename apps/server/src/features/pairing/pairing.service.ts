import type { ContactInput, PairingCreate } from '@jishi/shared';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../platform/actor.ts';
import { authorize, inScope } from '../../platform/authorize.ts';
import { AppError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { audited } from '../audit/audit.service.ts';
import { requireBranch } from '../party-orgs/party-orgs.service.ts';
import { requireCommunity } from '../territory/territory.service.ts';
import { assertInBranch, branchLimitOf } from '../party-orgs/party-orgs.service.ts';
import { DEFAULT_PAIRING_RULES, isOverdue, quotaCompliance, type PairingRule } from './pairing.rules.ts';
import type { PairingTable } from './pairing.table.ts';
import * as repo from './pairing.repo.ts';
import { assertOwnUploads, readFile } from '../party-life/files.service.ts';
import { today } from '../../platform/local-date.ts';
import { nowIsoOf } from '../../platform/clock.ts';
import { syncTodoKinds, syncTodos } from '../todos/todos.service.ts';
import { contactOverdueKind, pairingTodoKinds } from './pairing.todos.ts';

/** The rules in force: stored rows override the defaults role by role. */
export async function currentRules(deps: Deps): Promise<PairingRule[]> {
  const stored = new Map((await repo.rulesRows(deps.db)).map((r) => [r.helper_role, r]));
  return DEFAULT_PAIRING_RULES.map((d) => {
    const s = stored.get(d.helperRole);
    return s ? { helperRole: d.helperRole, minTargets: s.min_targets, contactDays: s.contact_days } : { ...d };
  });
}

export async function getRules(deps: Deps, actor: Actor) {
  authorize(actor, 'pairing:read');
  return { items: await currentRules(deps) };
}

export async function setRules(deps: Deps, actor: Actor, rules: PairingRule[]) {
  authorize(actor, 'pairing:rules');
  const now = nowIsoOf(deps.clock);
  await audited(
    deps,
    actor,
    { action: 'pairing.rules', subjectType: 'pairing_rules', changes: { rules } },
    async (trx) => {
      for (const r of rules)
        await repo.upsertRule(trx, {
          helper_role: r.helperRole,
          min_targets: r.minTargets,
          contact_days: r.contactDays,
          updated_by: actor.userId,
          updated_at: now,
        });
      // the rules are the deployment's: every pairing's next contact moves
      await syncTodos(trx, contactOverdueKind, {}, now);
    },
  );
  return { items: await currentRules(deps) };
}

type Row = PairingTable & { community_path: string; helper_branch_path: string | null; last_contact_on: string | null };

/**
 * A pairing the caller may reach: in their territorial scope and, for a branch secretary, one whose helper
 * belongs to their own branch (the same reach as the Party-life records); 404 otherwise.
 */
function inReach(actor: Actor, row: Row | undefined): Row {
  const pairing = inScope(actor, row, (p) => p.community_path);
  assertInBranch(actor, pairing.helper_branch_path);
  return pairing;
}

/**
 * The helper's Party branch: the one named, else a branch secretary's own. It must be within the caller's reach
 * (404: a branch secretary names only their own) and belong to the pairing's community (400). Null for helpers of
 * no branch (leadership members, cadres), which a branch secretary cannot create.
 */
async function helperBranch(deps: Deps, actor: Actor, community: { path: string }, branchId: string | undefined) {
  const id = branchId ?? branchLimitOf(actor) ?? undefined;
  if (!id) {
    assertInBranch(actor, null);
    return null;
  }
  const branch = await requireBranch(deps.db, actor, id);
  if (!branch.territory_path.startsWith(community.path)) {
    throw new AppError('VALIDATION', {
      issues: [{ code: 'custom', path: ['body', 'helperBranchId'], message: 'validation.helperBranch' }],
    });
  }
  return branch;
}

function toView(actor: Actor, p: Row, rules: PairingRule[], asOf: string) {
  const days = rules.find((r) => r.helperRole === p.helper_role)?.contactDays ?? 31;
  return {
    id: p.id,
    communityId: p.community_id,
    helperName: p.helper_name,
    helperRole: p.helper_role,
    helperBranchId: p.helper_branch_id,
    targetKind: p.target_kind,
    targetName: p.target_name,
    startedOn: p.started_on,
    lastContactOn: p.last_contact_on ?? null,
    overdue: isOverdue(p.last_contact_on ?? null, p.started_on, days, asOf),
    mine: p.helper_user_id === actor.userId,
  };
}

export async function createPairing(deps: Deps, actor: Actor, input: PairingCreate) {
  authorize(actor, 'pairing:write');
  const community = await requireCommunity(deps.db, actor, input.communityId, { at: ['body', 'communityId'] });
  const branch = await helperBranch(deps, actor, community, input.helperBranchId);
  if (input.targetResidentId) {
    const r = await deps.db
      .selectFrom('residents as r')
      .innerJoin('org_units as g', 'g.id', 'r.grid_id')
      .select('g.path')
      .where('r.id', '=', input.targetResidentId)
      .executeTakeFirst();
    if (!r?.path.startsWith(community.path)) throw new AppError('NOT_FOUND');
  }
  if (
    input.helperUserId &&
    !(await deps.db.selectFrom('users').select('id').where('id', '=', input.helperUserId).executeTakeFirst())
  )
    throw new AppError('NOT_FOUND');
  const row: PairingTable = {
    id: newId(),
    community_id: community.id,
    helper_key: input.helperUserId ? `user:${input.helperUserId}` : `name:${input.helperRole}:${input.helperName}`,
    helper_user_id: input.helperUserId ?? null,
    helper_name: input.helperName,
    helper_role: input.helperRole,
    helper_branch_id: branch?.id ?? null,
    target_kind: input.targetKind,
    target_resident_id: input.targetResidentId ?? null,
    target_name: input.targetName,
    started_on: input.startedOn,
    created_by: actor.userId,
    created_at: nowIsoOf(deps.clock),
  };
  await audited(
    deps,
    actor,
    {
      action: 'pairing.create',
      subjectType: 'pairing',
      subjectId: row.id,
      orgPath: community.path,
      changes: { helperRole: row.helper_role, helperBranchId: row.helper_branch_id, targetKind: row.target_kind },
    },
    async (trx) => {
      await repo.insertPairing(trx, row);
      await syncTodoKinds(trx, pairingTodoKinds, [row.id], row.created_at);
    },
  );
  return toView(
    actor,
    { ...row, community_path: community.path, helper_branch_path: branch?.path ?? null, last_contact_on: null },
    await currentRules(deps),
    today(deps.clock),
  );
}

export async function listPairings(deps: Deps, actor: Actor) {
  authorize(actor, 'pairing:read');
  const rules = await currentRules(deps);
  const asOf = today(deps.clock);
  return {
    items: (await repo.listPairings(deps.db, actor.scope, branchLimitOf(actor))).map((p) =>
      toView(actor, p, rules, asOf),
    ),
  };
}

/** A contact log (visit, call, help given). Leaders and secretaries log their own; staff of the community may log any. */
export async function logContact(deps: Deps, actor: Actor, pairingId: string, input: ContactInput) {
  authorize(actor, 'pairing:write');
  const pairing = inReach(actor, await repo.findPairing(deps.db, pairingId));
  if (input.contactedOn > today(deps.clock) || input.contactedOn < pairing.started_on) {
    throw new AppError('VALIDATION', {
      issues: [{ code: 'custom', path: ['body', 'contactedOn'], message: 'validation.futureDate' }],
    });
  }
  await assertOwnUploads(deps.db, actor, input.photos);
  const row = {
    id: newId(),
    pairing_id: pairingId,
    contacted_on: input.contactedOn,
    kind: input.kind,
    note: input.note,
    photos: JSON.stringify(input.photos),
    recorded_by: actor.userId,
    created_at: nowIsoOf(deps.clock),
  };
  await audited(
    deps,
    actor,
    {
      action: 'pairing.contact',
      subjectType: 'pairing',
      subjectId: pairingId,
      orgPath: pairing.community_path,
      changes: { kind: row.kind, contactedOn: row.contacted_on },
    },
    async (trx) => {
      await repo.insertContact(trx, row);
      await syncTodoKinds(trx, pairingTodoKinds, [pairingId], row.created_at);
    },
  );
  return { id: row.id, pairingId, contactedOn: row.contacted_on, kind: input.kind, note: row.note };
}

/**
 * Quota compliance per helper, overdue pairings and needy residents nobody is paired with. A branch secretary's
 * figures cover their branch's helpers; the unpaired needy residents stay those of the territory (nobody's yet).
 */
export async function compliance(deps: Deps, actor: Actor) {
  authorize(actor, 'pairing:read');
  const asOf = today(deps.clock);
  const rules = await currentRules(deps);
  const rows = await repo.listPairings(deps.db, actor.scope, branchLimitOf(actor));
  const helpers = quotaCompliance(
    rows.map((p) => ({
      helperKey: p.helper_key,
      helperName: p.helper_name,
      helperRole: p.helper_role,
      lastContactOn: p.last_contact_on ?? null,
      startedOn: p.started_on,
    })),
    rules,
    asOf,
  );
  const views = rows.map((p) => toView(actor, p, rules, asOf));
  const unpaired = await repo.unpairedNeedy(deps.db, actor.scope);
  return {
    asOf,
    helpers: helpers
      .map(({ helperKey, ...h }) => ({ ...h, mine: helperKey === `user:${actor.userId}` }))
      .sort((a, b) => Number(b.mine) - Number(a.mine)),
    overdue: views.filter((v) => v.overdue),
    unpairedNeedy: unpaired.map((r) => ({ residentId: r.id, name: r.name, communityId: r.community_id })),
  };
}

/** The n-th photo of a contact log entry, for callers who may read the pairing. */
export async function contactPhoto(deps: Deps, actor: Actor, contactId: string, n: number) {
  authorize(actor, 'pairing:read');
  const contact = await repo.findContact(deps.db, contactId);
  inReach(actor, contact ? await repo.findPairing(deps.db, contact.pairing_id) : undefined);
  if (!contact) throw new AppError('NOT_FOUND');
  return readFile(deps, (JSON.parse(contact.photos) as string[])[n]);
}
