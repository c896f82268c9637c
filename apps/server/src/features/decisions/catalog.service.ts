import type { CatalogCreate, CatalogKind, CatalogUpdate } from '@jishi/shared';
import type { Deps } from '../../deps.ts';
import type { Conn } from '../../db/schema.ts';
import type { Actor } from '../../platform/actor.ts';
import { authorize } from '../../platform/authorize.ts';
import { AppError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { nowIsoOf } from '../../platform/clock.ts';
import { scopeCovers } from '../../platform/org-scope.ts';
import { translateDbError } from '../../db/dialect.ts';
import { auditWho, recordAudit } from '../audit/audit.service.ts';
import { requireUnit } from '../territory/territory.service.ts';
import { seesOwnedBy } from '../../platform/org-scope.ts';
import { catalogViewOf } from './meetings.view.ts';
import * as repo from './meetings.repo.ts';

/** Meeting types and supervision roles (三会三议三监督) are a subdistrict's own configuration. */
export async function listCatalog(deps: Deps, actor: Actor) {
  authorize(actor, 'decision:read');
  return { items: (await repo.listCatalog(deps.db, actor.scope)).map(catalogViewOf) };
}

/** An active catalog item of `kind` that the unit at `unitPath` may use (owned by it or a unit above it); else 404. */
export async function usableCatalogItem(db: Conn, actor: Actor, id: string, kind: CatalogKind, unitPath: string) {
  const item = await repo.findCatalogItem(db, id);
  if (!item) throw new AppError('NOT_FOUND');
  if (!unitPath.startsWith(item.owner_path))
    throw new AppError('NOT_FOUND', { outOfScope: !seesOwnedBy(actor.scope, item.owner_path) });
  if (item.kind !== kind || !item.active)
    throw new AppError('VALIDATION', {
      issues: [
        {
          code: 'custom',
          path: ['body', kind === 'meeting_type' ? 'typeId' : 'roleId'],
          message: 'validation.parentKind',
        },
      ],
    });
  return item;
}

export async function createCatalogItem(deps: Deps, actor: Actor, input: CatalogCreate) {
  authorize(actor, 'decision:template');
  const unit = await requireUnit(deps.db, actor, input.unitId);
  if (unit.kind !== 'subdistrict')
    throw new AppError('VALIDATION', {
      issues: [{ code: 'custom', path: ['body', 'unitId'], message: 'validation.parentKind' }],
    });
  const now = nowIsoOf(deps.clock);
  const row = {
    id: newId(),
    unit_id: unit.id,
    kind: input.kind,
    name: input.name,
    active: 1,
    created_at: now,
    updated_at: now,
  };
  await deps.db
    .transaction()
    .execute(async (trx) => {
      await repo.insertCatalogItem(trx, row);
      await recordAudit(trx, deps, auditWho(actor), {
        action: 'meeting.catalog.create',
        subjectType: 'meeting_catalog',
        subjectId: row.id,
        orgPath: unit.path,
        changes: { kind: row.kind, name: row.name },
      });
    })
    .catch((error: unknown) => {
      throw translateDbError(error);
    });
  return catalogViewOf(row);
}

export async function updateCatalogItem(deps: Deps, actor: Actor, id: string, input: CatalogUpdate) {
  authorize(actor, 'decision:template');
  const item = await repo.findCatalogItem(deps.db, id);
  if (!item) throw new AppError('NOT_FOUND');
  if (!scopeCovers(actor.scope, item.owner_path)) throw new AppError('NOT_FOUND', { outOfScope: true });
  const patch = {
    ...(input.name !== undefined && { name: input.name }),
    ...(input.active !== undefined && { active: Number(input.active) }),
  };
  await deps.db
    .transaction()
    .execute(async (trx) => {
      await repo.updateCatalogItem(trx, id, { ...patch, updated_at: nowIsoOf(deps.clock) });
      await recordAudit(trx, deps, auditWho(actor), {
        action: 'meeting.catalog.update',
        subjectType: 'meeting_catalog',
        subjectId: id,
        orgPath: item.owner_path,
        changes: { before: { name: item.name, active: Boolean(item.active) }, after: input },
      });
    })
    .catch((error: unknown) => {
      throw translateDbError(error);
    });
  return catalogViewOf({ ...item, ...patch });
}

/** Adds the standard names that are missing (idempotent; used when a subdistrict is set up). */
export async function ensureCatalog(
  deps: Deps,
  actor: Actor,
  unitId: string,
  kind: CatalogKind,
  names: string[],
): Promise<void> {
  for (const name of names) {
    if (!(await repo.catalogNamed(deps.db, unitId, kind, name)))
      await createCatalogItem(deps, actor, { unitId, kind, name });
  }
}
