import type { PowerItemCreate } from '@jishi/shared';
import type { Deps } from '../../deps.ts';
import type { Conn } from '../../db/schema.ts';
import type { Actor } from '../../platform/actor.ts';
import { authorize } from '../../platform/authorize.ts';
import { AppError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { nowIsoOf } from '../../platform/clock.ts';
import { translateDbError } from '../../db/dialect.ts';
import { auditWho, recordAudit } from '../audit/audit.service.ts';
import { requireUnit } from '../territory/territory.service.ts';
import { seesOwnedBy } from '../../platform/org-scope.ts';
import { stepsByItem, toItemView } from './items.view.ts';
import * as repo from './items.repo.ts';
import { addDays } from '../../platform/local-date.ts';

/** An item version the actor may see (its subdistrict's list); otherwise 404. */
export async function requireItem(db: Conn, actor: Actor, id: string): Promise<repo.ItemRow> {
  const i = await repo.findItem(db, id);
  if (!i) throw new AppError('NOT_FOUND');
  if (!seesOwnedBy(actor.scope, i.owner_path)) throw new AppError('NOT_FOUND', { outOfScope: true });
  return i;
}

export async function listItems(deps: Deps, actor: Actor, query: { code?: string; all?: 'true' | 'false' }) {
  authorize(actor, 'integrity:read');
  const rows = await repo.listVisible(deps.db, actor.scope, { code: query.code, all: query.all === 'true' });
  const ids = rows.map((r) => r.id);
  const [steps, used] = await Promise.all([repo.stepsOf(deps.db, ids).then(stepsByItem), repo.inUse(deps.db, ids)]);
  return { items: rows.map((r) => toItemView(r, steps.get(r.id) ?? [], used.has(r.id))) };
}

export async function getItem(deps: Deps, actor: Actor, id: string) {
  authorize(actor, 'integrity:read');
  const i = await requireItem(deps.db, actor, id);
  const [steps, used] = await Promise.all([repo.stepsOf(deps.db, [id]), repo.inUse(deps.db, [id])]);
  return toItemView(i, steps, used.has(id));
}

function problemsOf(input: PowerItemCreate): { path: (string | number)[]; message: string }[] {
  const n = input.steps.length;
  const out = input.incompatible.flatMap((pair, i) =>
    pair[0] === pair[1] || pair.some((s) => s > n)
      ? [{ path: ['incompatible', i], message: 'validation.stepPair' }]
      : [],
  );
  if (input.steps.reduce((sum, s) => sum + s.timeLimitDays, 0) > input.timeLimitDays)
    out.push({ path: ['timeLimitDays'], message: 'validation.timeLimit' });
  return out;
}

/**
 * A new item, or a new version of one (same code): versions are never edited, so an exercise keeps the
 * version it was opened under; the previous version is retired the day before the new one takes effect.
 */
export async function createItemVersion(deps: Deps, actor: Actor, input: PowerItemCreate) {
  authorize(actor, 'integrity:manage');
  const owner = await requireUnit(deps.db, actor, input.ownerUnitId);
  if (owner.kind !== 'subdistrict')
    throw new AppError('VALIDATION', {
      issues: [{ code: 'custom', path: ['body', 'ownerUnitId'], message: 'validation.parentKind' }],
    });
  const problems = problemsOf(input);
  if (problems.length)
    throw new AppError('VALIDATION', {
      issues: problems.map((p) => ({ code: 'custom', path: ['body', ...p.path], message: p.message })),
    });
  const now = nowIsoOf(deps.clock);
  const id = newId();
  await deps.db
    .transaction()
    .execute(async (trx) => {
      const previous = await repo.latestVersion(trx, owner.id, input.code);
      if (previous && previous.effective_from >= input.effectiveFrom) throw new AppError('CONFLICT');
      if (previous?.status === 'active') await repo.retire(trx, previous.id, addDays(input.effectiveFrom, -1), now);
      await repo.insertItem(trx, {
        id,
        owner_unit_id: owner.id,
        code: input.code,
        name: input.name,
        category: input.category,
        version: (previous?.version ?? 0) + 1,
        status: 'active',
        effective_from: input.effectiveFrom,
        effective_to: null,
        policy_basis: input.policyBasis,
        subject: input.subject,
        post: input.post,
        time_limit_days: input.timeLimitDays,
        disclosure_what: input.disclosure?.what ?? null,
        disclosure_where: input.disclosure?.where ?? null,
        disclosure_days: input.disclosure?.withinDays ?? null,
        supervision_body: input.supervisionBody,
        risk_points: JSON.stringify(input.riskPoints),
        accountability: input.accountability,
        incompatible: JSON.stringify(input.incompatible),
        demo: input.demo ? 1 : 0,
        created_by: actor.userId,
        created_at: now,
        updated_at: now,
      });
      await repo.insertSteps(
        trx,
        input.steps.map((s, i) => ({
          id: newId(),
          item_id: id,
          seq: i + 1,
          name: s.name,
          actor_post: s.actorPost,
          output_doc: s.output,
          time_limit_days: s.timeLimitDays,
        })),
      );
      await recordAudit(trx, deps, auditWho(actor), {
        action: 'integrity.item.version',
        subjectType: 'power_item',
        subjectId: id,
        orgPath: owner.path,
        changes: {
          code: input.code,
          version: (previous?.version ?? 0) + 1,
          retired: previous?.status === 'active' ? previous.id : null,
        },
      });
    })
    .catch((error: unknown) => {
      throw translateDbError(error);
    });
  return getItem(deps, actor, id);
}
