import type { TemplateCreate } from '@jishi/shared';
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
import type { StageDef } from './decisions.engine.ts';
import { seesOwnedBy } from '../../platform/org-scope.ts';
import { templateProblems } from './templates.rules.ts';
import { stageRowOf, stagesByTemplate, toTemplateView } from './templates.view.ts';
import * as repo from './templates.repo.ts';

/** A template the actor may see (its subdistrict's); otherwise 404. */
export async function requireTemplate(db: Conn, actor: Actor, id: string): Promise<repo.TemplateRow> {
  const t = await repo.findTemplate(db, id);
  if (!t) throw new AppError('NOT_FOUND');
  if (!seesOwnedBy(actor.scope, t.owner_path)) throw new AppError('NOT_FOUND', { outOfScope: true });
  return t;
}

/** Stages of several templates in one query. */
export async function stagesFor(db: Conn, templateIds: string[]): Promise<Map<string, StageDef[]>> {
  return stagesByTemplate(await repo.stagesOf(db, [...new Set(templateIds)]));
}

export async function listTemplates(deps: Deps, actor: Actor) {
  authorize(actor, 'decision:read');
  const rows = await repo.listVisible(deps.db, actor.scope);
  const ids = rows.map((t) => t.id);
  const [stages, used] = await Promise.all([stagesFor(deps.db, ids), repo.templatesInUse(deps.db, ids)]);
  return { items: rows.map((t) => toTemplateView(actor, t, stages.get(t.id) ?? [], used.has(t.id))) };
}

export async function getTemplate(deps: Deps, actor: Actor, id: string) {
  authorize(actor, 'decision:read');
  const t = await requireTemplate(deps.db, actor, id);
  const [stages, used] = await Promise.all([stagesFor(deps.db, [id]), repo.templatesInUse(deps.db, [id])]);
  return toTemplateView(actor, t, stages.get(id) ?? [], used.has(id));
}

/**
 * A new template, or a new version of one (same code): versions are never edited, so a matter
 * keeps the procedure it started under; the previous active version is retired.
 */
export async function createTemplate(deps: Deps, actor: Actor, input: TemplateCreate) {
  authorize(actor, 'decision:template');
  const owner = await requireUnit(deps.db, actor, input.ownerUnitId);
  if (owner.kind !== 'subdistrict') {
    throw new AppError('VALIDATION', {
      issues: [{ code: 'custom', path: ['body', 'ownerUnitId'], message: 'validation.parentKind' }],
    });
  }
  const problems = templateProblems(input.stages);
  if (problems.length)
    throw new AppError('VALIDATION', {
      issues: problems.map((p) => ({ code: 'custom', path: ['body', ...p.path], message: p.message })),
    });
  const now = nowIsoOf(deps.clock);
  const id = newId();
  const row = {
    id,
    owner_unit_id: owner.id,
    code: input.code,
    name: input.name,
    version: 0,
    applies_to: input.appliesTo,
    status: 'active' as const,
    created_by: actor.userId,
    created_at: now,
    updated_at: now,
  };
  await deps.db
    .transaction()
    .execute(async (trx) => {
      row.version = await repo.nextVersion(trx, owner.id, input.code);
      await repo.insertTemplate(
        trx,
        row,
        input.stages.map((s, i) => stageRowOf(id, newId(), i + 1, s)),
      );
      await recordAudit(trx, deps, auditWho(actor), {
        action: 'decision.template.create',
        subjectType: 'decision_template',
        subjectId: id,
        orgPath: owner.path,
        changes: {
          code: row.code,
          version: row.version,
          appliesTo: row.applies_to,
          stages: input.stages.map((s) => s.code),
        },
      });
    })
    .catch((error: unknown) => {
      throw translateDbError(error);
    });
  return getTemplate(deps, actor, id);
}
