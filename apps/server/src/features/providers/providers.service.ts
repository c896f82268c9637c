import {
  type AgreementInput,
  maskMobile,
  type ProviderAccountInput,
  type ProviderCreate,
  type ProviderView,
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
import { requireCommunity, requireUnit } from '../territory/territory.service.ts';
import * as repo from './providers.repo.ts';

/** Third-party providers (服务机构) settled in a community's premises under a free-space agreement; their accounts. */
const invalid = (field: string, message: string) =>
  new AppError('VALIDATION', { issues: [{ code: 'custom', path: ['body', field], message }] });

export async function requireProvider(db: Conn, actor: Actor, id: string): Promise<repo.ProviderRow> {
  const p = await repo.findProvider(db, id);
  assertInScope(actor, p?.unit_path);
  return p as repo.ProviderRow;
}

/** The provider a provider account acts for (null for every other user). */
export const providerOfUser = (db: Conn, userId: string) => repo.providerOfUser(db, userId);

async function viewsOf(deps: Deps, rows: repo.ProviderRow[]): Promise<ProviderView[]> {
  const ids = rows.map((r) => r.id);
  const [agreements, services, accounts] = await Promise.all([
    repo.agreementsOf(deps.db, ids),
    repo.servicesOf(deps.db, ids),
    repo.accountsOf(deps.db, ids),
  ]);
  return rows.map((p) => ({
    id: p.id,
    unitId: p.unit_id,
    unitName: p.unit_name,
    name: p.name,
    kind: p.kind as ProviderView['kind'],
    description: p.description,
    contactPhone: p.contact_enc ? maskMobile(deps.cipher.decrypt('provider_contact', p.contact_enc)) : null,
    active: p.active === 1,
    agreements: agreements
      .filter((a) => a.provider_id === p.id)
      .map((a) => ({
        id: a.id,
        roomId: a.room_id,
        roomName: a.room_name,
        startsOn: a.starts_on,
        endsOn: a.ends_on,
        conditions: a.conditions,
      })),
    services: services
      .filter((s) => s.provider_id === p.id)
      .map((s) => ({
        id: s.id,
        code: s.code,
        name: s.name,
        priceKind: s.price_kind,
        priceFen: s.price_fen,
      })),
    accounts: accounts
      .filter((a) => a.provider_id === p.id)
      .map((a) => ({ userId: a.user_id, username: a.username, displayName: a.display_name })),
  }));
}

export async function listProviders(deps: Deps, actor: Actor, query: { unitId?: string }) {
  authorize(actor, 'service:read');
  const unitPath = query.unitId ? (await requireUnit(deps.db, actor, query.unitId)).path : undefined;
  return viewsOf(deps, await repo.listProviders(deps.db, actor.scope, unitPath));
}

export async function getProvider(deps: Deps, actor: Actor, id: string) {
  authorize(actor, 'service:read');
  const [view] = await viewsOf(deps, [await requireProvider(deps.db, actor, id)]);
  return view;
}

export async function createProvider(deps: Deps, actor: Actor, input: ProviderCreate) {
  authorize(actor, 'service:write');
  const unit = await requireCommunity(deps.db, actor, input.unitId);
  const id = newId();
  const now = nowIsoOf(deps.clock);
  await deps.db.transaction().execute(async (trx) => {
    await repo.insertProvider(trx, {
      id,
      unit_id: unit.id,
      name: input.name,
      kind: input.kind,
      description: input.description,
      contact_enc: input.contactPhone ? deps.cipher.encrypt('provider_contact', input.contactPhone) : null,
      active: 1,
      created_at: now,
      updated_at: now,
    });
    await recordAudit(trx, deps, auditWho(actor), {
      action: 'provider.create',
      subjectType: 'provider',
      subjectId: id,
      orgPath: unit.path,
      changes: { name: input.name, kind: input.kind },
    });
  });
  return getProvider(deps, actor, id);
}

/** A free-space agreement: a room of the provider's own community, for a period, on conditions. */
export async function addAgreement(deps: Deps, actor: Actor, providerId: string, input: AgreementInput) {
  authorize(actor, 'service:write');
  const p = await requireProvider(deps.db, actor, providerId);
  const room = await repo.roomUnit(deps.db, input.roomId);
  if (!room || room.unit_id !== p.unit_id) throw invalid('roomId', 'validation.sameCommunity');
  await deps.db.transaction().execute(async (trx) => {
    const id = newId();
    await repo.insertAgreement(trx, {
      id,
      provider_id: providerId,
      room_id: input.roomId,
      starts_on: input.startsOn,
      ends_on: input.endsOn,
      conditions: input.conditions,
      created_at: nowIsoOf(deps.clock),
    });
    await recordAudit(trx, deps, auditWho(actor), {
      action: 'provider.agreement',
      subjectType: 'provider',
      subjectId: providerId,
      orgPath: p.unit_path,
      changes: { roomId: input.roomId, startsOn: input.startsOn, endsOn: input.endsOn },
    });
  });
  return getProvider(deps, actor, providerId);
}

/**
 * Links a user of role `provider` to this provider: the account then sees and handles this provider's orders only.
 * The user must be in the caller's scope (404 otherwise), an active account of the provider role (400) and act for
 * no provider yet (409).
 */
export async function linkAccount(deps: Deps, actor: Actor, providerId: string, input: ProviderAccountInput) {
  authorize(actor, 'service:write');
  const p = await requireProvider(deps.db, actor, providerId);
  const user = await repo.accountUser(deps.db, input.userId);
  assertInScope(actor, user?.scope_path);
  if (user?.role !== 'provider' || user.disabled === 1) throw invalid('userId', 'validation.providerAccount');
  try {
    await deps.db.transaction().execute(async (trx) => {
      await repo.insertAccount(trx, input.userId, providerId, nowIsoOf(deps.clock));
      await recordAudit(trx, deps, auditWho(actor), {
        action: 'provider.account',
        subjectType: 'provider',
        subjectId: providerId,
        orgPath: p.unit_path,
        changes: { userId: input.userId },
      });
    });
  } catch (error) {
    throw translateDbError(error);
  }
  return getProvider(deps, actor, providerId);
}

/** Ends a provider account's link (the user then sees no orders); a user not linked to this provider is 404. */
export async function unlinkAccount(deps: Deps, actor: Actor, providerId: string, userId: string) {
  authorize(actor, 'service:write');
  const p = await requireProvider(deps.db, actor, providerId);
  await deps.db.transaction().execute(async (trx) => {
    if ((await repo.deleteAccount(trx, userId, providerId)) === 0) throw new AppError('NOT_FOUND');
    await recordAudit(trx, deps, auditWho(actor), {
      action: 'provider.account.unlink',
      subjectType: 'provider',
      subjectId: providerId,
      orgPath: p.unit_path,
      changes: { userId },
    });
  });
  return getProvider(deps, actor, providerId);
}

/** Who may be linked to this provider: active provider-role users in the caller's scope that act for no provider yet. */
export async function accountCandidates(deps: Deps, actor: Actor, providerId: string) {
  authorize(actor, 'service:write');
  await requireProvider(deps.db, actor, providerId);
  const rows = await repo.accountCandidates(deps.db, actor.scope);
  return { items: rows.map((u) => ({ userId: u.id, username: u.username, displayName: u.display_name })) };
}
