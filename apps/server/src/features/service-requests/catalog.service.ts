import {
  catalogPriceAgrees,
  catalogProviderAgrees,
  type ServiceCatalogInput,
  type ServiceCatalogPatch,
  type ServiceCatalogView,
} from '@jishi/shared';
import type { Conn } from '../../db/schema.ts';
import type { Deps } from '../../deps.ts';
import { translateDbError } from '../../db/dialect.ts';
import type { Actor } from '../../platform/actor.ts';
import { assertInScope, authorize } from '../../platform/authorize.ts';
import { AppError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { nowIsoOf } from '../../platform/clock.ts';
import { auditWho, recordAudit } from '../audit/audit.service.ts';
import { requireProvider } from '../providers/providers.service.ts';
import { requireCommunity, requireUnit } from '../territory/territory.service.ts';
import * as repo from './catalog.repo.ts';

/** The service catalogue a community fills in (the "6+1" platform, featured services, providers' services). */
export const toCatalogView = (s: repo.ServiceRow): ServiceCatalogView => ({
  id: s.id,
  unitId: s.unit_id,
  unitName: s.unit_name,
  code: s.code,
  name: s.name,
  description: s.description,
  category: s.category as ServiceCatalogView['category'],
  programme: s.programme,
  providedBy: s.provided_by as ServiceCatalogView['providedBy'],
  providerId: s.provider_id,
  providerName: s.provider_name,
  priceKind: s.price_kind as ServiceCatalogView['priceKind'],
  priceFen: s.price_fen,
  timeLimitHours: s.time_limit_hours,
  active: s.active === 1,
});

export async function requireService(
  db: Conn,
  actor: Actor,
  id: string,
  field = 'serviceId',
): Promise<repo.ServiceRow> {
  const s = await repo.findService(db, id);
  if (s?.active !== 1)
    throw new AppError('VALIDATION', {
      issues: [{ code: 'custom', path: ['body', field], message: 'validation.unknownService' }],
    });
  assertInScope(actor, s.unit_path);
  return s;
}

export async function listCatalog(deps: Deps, actor: Actor, query: { unitId?: string }) {
  authorize(actor, 'service:read');
  const unitPath = query.unitId ? (await requireUnit(deps.db, actor, query.unitId)).path : undefined;
  return (await repo.listServices(deps.db, actor.scope, unitPath)).map(toCatalogView);
}

/** What residents may request: the active services of the communities in their scope. */
export async function portalCatalog(deps: Deps, actor: Actor) {
  authorize(actor, 'request:create');
  return (await repo.listServices(deps.db, actor.scope, undefined, true)).map(toCatalogView);
}

const invalid = (field: string, message: string) =>
  new AppError('VALIDATION', { issues: [{ code: 'custom', path: ['body', field], message }] });

/** A service names a provider of its own community only. */
async function assertProviderOf(db: Conn, actor: Actor, unitId: string, providerId: string): Promise<void> {
  const p = await requireProvider(db, actor, providerId);
  if (p.unit_id !== unitId) throw invalid('providerId', 'validation.sameCommunity');
}

export async function createService(deps: Deps, actor: Actor, input: ServiceCatalogInput) {
  authorize(actor, 'service:write');
  const unit = await requireCommunity(deps.db, actor, input.unitId);
  if (input.providerId) await assertProviderOf(deps.db, actor, unit.id, input.providerId);
  const id = newId();
  const now = nowIsoOf(deps.clock);
  try {
    await deps.db.transaction().execute(async (trx) => {
      await repo.insertService(trx, {
        id,
        unit_id: unit.id,
        code: input.code,
        name: input.name,
        description: input.description,
        category: input.category,
        programme: input.programme,
        provided_by: input.providedBy,
        provider_id: input.providerId,
        provider_name: input.providerName,
        price_kind: input.priceKind,
        price_fen: input.priceFen,
        time_limit_hours: input.timeLimitHours,
        active: 1,
        created_at: now,
        updated_at: now,
      });
      await recordAudit(trx, deps, auditWho(actor), {
        action: 'service.create',
        subjectType: 'service',
        subjectId: id,
        orgPath: unit.path,
        changes: { code: input.code, name: input.name },
      });
    });
  } catch (error) {
    throw translateDbError(error);
  }
  return toCatalogView((await repo.findService(deps.db, id)) as repo.ServiceRow);
}

/**
 * Edits a catalogue entry of a community in scope (404 otherwise): the fields given, validated like a new entry;
 * price and provider must still agree once the patch is applied. The community stays; a code in use is 409.
 */
export async function updateService(deps: Deps, actor: Actor, id: string, input: ServiceCatalogPatch) {
  authorize(actor, 'service:write');
  const s = await repo.findService(deps.db, id);
  assertInScope(actor, s?.unit_path);
  const current = s as repo.ServiceRow;
  const edited = {
    priceKind: input.priceKind ?? current.price_kind,
    priceFen: input.priceFen ?? current.price_fen,
    providedBy: input.providedBy ?? current.provided_by,
    providerId: input.providerId !== undefined ? input.providerId : current.provider_id,
  };
  if (!catalogPriceAgrees(edited)) throw invalid('priceFen', 'validation.price');
  if (!catalogProviderAgrees(edited)) throw invalid('providerId', 'validation.providerRef');
  if (input.providerId) await assertProviderOf(deps.db, actor, current.unit_id, input.providerId);
  try {
    await deps.db.transaction().execute(async (trx) => {
      await repo.updateService(trx, id, {
        ...(input.code !== undefined && { code: input.code }),
        ...(input.name !== undefined && { name: input.name }),
        ...(input.description !== undefined && { description: input.description }),
        ...(input.category !== undefined && { category: input.category }),
        ...(input.programme !== undefined && { programme: input.programme }),
        ...(input.providedBy !== undefined && { provided_by: input.providedBy }),
        ...(input.providerId !== undefined && { provider_id: input.providerId }),
        ...(input.providerName !== undefined && { provider_name: input.providerName }),
        ...(input.priceKind !== undefined && { price_kind: input.priceKind }),
        ...(input.priceFen !== undefined && { price_fen: input.priceFen }),
        ...(input.timeLimitHours !== undefined && { time_limit_hours: input.timeLimitHours }),
        updated_at: nowIsoOf(deps.clock),
      });
      await recordAudit(trx, deps, auditWho(actor), {
        action: 'service.update',
        subjectType: 'service',
        subjectId: id,
        orgPath: current.unit_path,
        changes: { fields: Object.keys(input), code: input.code ?? current.code },
      });
    });
  } catch (error) {
    throw translateDbError(error);
  }
  return toCatalogView((await repo.findService(deps.db, id)) as repo.ServiceRow);
}

export async function setServiceActive(deps: Deps, actor: Actor, id: string, active: boolean) {
  authorize(actor, 'service:write');
  const s = await repo.findService(deps.db, id);
  assertInScope(actor, s?.unit_path);
  await deps.db.transaction().execute(async (trx) => {
    await repo.updateService(trx, id, { active: active ? 1 : 0, updated_at: nowIsoOf(deps.clock) });
    await recordAudit(trx, deps, auditWho(actor), {
      action: active ? 'service.activate' : 'service.deactivate',
      subjectType: 'service',
      subjectId: id,
      orgPath: s?.unit_path,
    });
  });
  return toCatalogView((await repo.findService(deps.db, id)) as repo.ServiceRow);
}

/** Active services of a community or subdistrict (the public page and Open311): no actor, public data only. */
export const publicServicesUnder = async (deps: Deps, path: string) =>
  (await repo.servicesUnder(deps.db, path)).map(toCatalogView);
export const publicServiceByCode = async (deps: Deps, code: string) => {
  const s = await repo.findServiceByCode(deps.db, code);
  return s && s.active === 1 ? s : null;
};
