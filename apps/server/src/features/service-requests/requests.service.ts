import type { AssigneeKind, ProxyRequestInput, RequestActionInput, RequestInput, RequestStatus } from '@jishi/shared';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../platform/actor.ts';
import { authorize, can } from '../../platform/authorize.ts';
import { AppError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { acceptPhoto, assertRoomFor, attach, readAttachment } from '../../platform/files/attachments.ts';
import { auditWho, recordAudit } from '../audit/audit.service.ts';
import { providerOfUser, requireProvider } from '../providers/providers.service.ts';
import { requireUnit } from '../territory/territory.service.ts';
import { requireService } from './catalog.service.ts';
import { PARTY_OF, requestTransition } from './service-requests.workflow.ts';
import { toRequestListItem } from './requests.view.ts';
import { partiesOf, requestView, requireVisible } from './requests.access.ts';
import { insertSubmitted } from './requests.intake.service.ts';
import * as repo from './requests.repo.ts';
import { bumpCounter } from '../indicators/rollups.service.ts';
import { RATING_POINTS, REQUESTS_HANDLED, REQUESTS_RATED } from './service-requests.indicators.ts';
import { nowIsoOf } from '../../platform/clock.ts';
import { syncTodoKinds } from '../todos/todos.service.ts';
import { requestTodoKinds } from './service-requests.todos.ts';

/**
 * Service requests (诉求/工单): residents submit and follow their own from the portal; workers record one on a
 * resident's behalf; the community accepts, dispatches (worker, team or provider) and closes; the handler starts
 * and completes; the resident rates. Every write and its audit record share one transaction. (Who sees what:
 * requests.access.ts; the insert every channel shares: requests.intake.service.ts; publishing: requests.publicity.service.ts.)
 */
const invalid = (field: string, message: string) =>
  new AppError('VALIDATION', { issues: [{ code: 'custom', path: ['body', field], message }] });

/** Seeds and tests may leave the publication consents out; the schema defaults them to false. */
type OptionalConsent<T extends { publicConsent: boolean; publicPhotos: boolean }> = Omit<
  T,
  'publicConsent' | 'publicPhotos'
> &
  Partial<Pick<T, 'publicConsent' | 'publicPhotos'>>;

/** A resident's own request from the portal; published in the public feed only if they ticked the consent. */
export async function submitRequest(deps: Deps, actor: Actor, input: OptionalConsent<RequestInput>) {
  authorize(actor, 'request:create');
  const service = await requireService(deps.db, actor, input.serviceId);
  const id = await deps.db.transaction().execute((trx) =>
    insertSubmitted(trx, deps, auditWho(actor), actor.displayName, {
      ...input,
      service,
      channel: 'portal',
      submittedBy: actor.userId,
    }),
  );
  return getRequest(deps, actor, id);
}

/** A worker records a request from a call or a visit; the caller's name and phone are sealed. */
export async function recordOnBehalf(deps: Deps, actor: Actor, input: OptionalConsent<ProxyRequestInput>) {
  authorize(actor, 'service:write');
  const service = await requireService(deps.db, actor, input.serviceId);
  const id = await deps.db
    .transaction()
    .execute((trx) =>
      insertSubmitted(trx, deps, auditWho(actor), actor.displayName, { ...input, service, submittedBy: null }),
    );
  return getRequest(deps, actor, id);
}

export async function getRequest(deps: Deps, actor: Actor, id: string) {
  if (!can(actor, 'service:read') && !can(actor, 'request:create') && !can(actor, 'provider:orders'))
    throw new AppError('FORBIDDEN');
  return requestView(deps, actor, await requireVisible(deps, actor, id));
}

/** Staff: every request in scope. */
export async function listRequests(
  deps: Deps,
  actor: Actor,
  query: { page: number; pageSize: number; status?: RequestStatus; unitId?: string },
) {
  authorize(actor, 'service:read');
  const unitPath = query.unitId ? (await requireUnit(deps.db, actor, query.unitId)).path : undefined;
  return page(deps, actor, { unitPath, status: query.status }, query);
}

/** A resident: their own requests only. */
export async function listMyRequests(
  deps: Deps,
  actor: Actor,
  query: { page: number; pageSize: number; status?: RequestStatus },
) {
  authorize(actor, 'request:create');
  return page(deps, actor, { submittedBy: actor.userId, status: query.status }, query);
}

/** A provider account: the orders dispatched to its provider only (none when the account is not linked). */
export async function listProviderOrders(
  deps: Deps,
  actor: Actor,
  query: { page: number; pageSize: number; status?: RequestStatus },
) {
  authorize(actor, 'provider:orders');
  const providerId = await providerOfUser(deps.db, actor.userId);
  if (!providerId) return { items: [], total: 0, page: query.page, pageSize: query.pageSize };
  return page(deps, actor, { providerId, status: query.status }, query);
}

async function page(deps: Deps, actor: Actor, f: repo.RequestFilter, query: { page: number; pageSize: number }) {
  const { rows, total } = await repo.listRequests(deps.db, actor.scope, f, query.page, query.pageSize);
  const now = deps.clock.now();
  return {
    items: rows.map((q) => toRequestListItem(q, deps.cipher, actor.userId, now)),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

/** One step of the lifecycle: the transition table decides legality (409), the party table who may take it (403). */
export async function actOnRequest(deps: Deps, actor: Actor, id: string, input: RequestActionInput) {
  const q = await requireVisible(deps, actor, id);
  const parties = await partiesOf(deps, actor, q);
  if (!parties.has(PARTY_OF[input.action])) throw new AppError('FORBIDDEN');
  const assignee = input.action === 'dispatch' ? await resolveAssignee(deps, actor, q, input) : null;
  const now = nowIsoOf(deps.clock);
  await deps.db.transaction().execute(async (trx) => {
    const current = await repo.lockRequest(trx, id, deps.engine.forUpdate);
    const next = requestTransition(current.status, input.action);
    if (!next) throw new AppError('CONFLICT');
    await repo.updateRequest(trx, id, {
      status: next,
      updated_at: now,
      ...(assignee && {
        assignee_kind: assignee.kind,
        assignee_id: assignee.id,
        assignee_name: assignee.name,
        provider_id: assignee.kind === 'provider' ? assignee.id : null,
      }),
      ...(input.action === 'rate' && { rating: input.rating ?? null, rating_comment: input.note || null }),
      ...(input.action === 'reject' && { reject_reason: input.note, closed_at: now }),
      ...(input.action === 'complete' && { done_at: now }),
      ...(input.action === 'close' && { closed_at: now }),
    });
    if (input.action === 'complete') await bumpCounter(trx, REQUESTS_HANDLED, current.unit_id, now);
    if (input.action === 'rate' && current.done_at && input.rating !== undefined) {
      await bumpCounter(trx, REQUESTS_RATED, current.unit_id, current.done_at);
      await bumpCounter(trx, RATING_POINTS, current.unit_id, current.done_at, input.rating);
    }
    const note = assignee ? `${assignee.name}${input.note ? `：${input.note}` : ''}` : input.note;
    await repo.insertEvent(trx, {
      id: newId(),
      request_id: id,
      action: input.action,
      from_status: current.status,
      to_status: next,
      note,
      actor_id: actor.userId,
      actor_name: actor.displayName,
      created_at: now,
    });
    await recordAudit(trx, deps, auditWho(actor), {
      action: `request.${input.action}`,
      subjectType: 'service_request',
      subjectId: id,
      orgPath: q.unit_path,
      changes: {
        from: current.status,
        to: next,
        ...(assignee && { assigneeKind: assignee.kind, assigneeId: assignee.id }),
        ...(input.rating !== undefined && { rating: input.rating }),
      },
    });
    await syncTodoKinds(trx, requestTodoKinds, [id], now);
  });
  return getRequest(deps, actor, id);
}

async function resolveAssignee(
  deps: Deps,
  actor: Actor,
  q: repo.RequestRow,
  input: RequestActionInput,
): Promise<{ kind: AssigneeKind; id: string; name: string }> {
  const ref = input.assigneeId ?? '';
  if (input.assigneeKind === 'provider') {
    const p = await requireProvider(deps.db, actor, ref).catch(() => null);
    if (!p || p.unit_id !== q.unit_id || p.active !== 1) throw invalid('assigneeId', 'validation.sameCommunity');
    return { kind: 'provider', id: p.id, name: p.name };
  }
  if (input.assigneeKind === 'worker') {
    const w = await repo.workerIn(deps.db, ref, q.unit_id);
    if (!w) throw invalid('assigneeId', 'validation.sameCommunity');
    return { kind: 'worker', id: w.id, name: w.name };
  }
  return { kind: 'team', id: ref, name: ref };
}

/** A photo of the request (the submitter while it is open, or staff): type by content, metadata stripped, server-made key. */
export async function addPhoto(deps: Deps, actor: Actor, id: string, body: unknown) {
  const q = await requireVisible(deps, actor, id);
  const parties = await partiesOf(deps, actor, q);
  if (!parties.has('submitter') && !parties.has('staff')) throw new AppError('FORBIDDEN');
  if (q.status === 'closed' || q.status === 'rejected') throw new AppError('CONFLICT');
  assertRoomFor(await repo.countPhotos(deps.db, id));
  const image = await acceptPhoto(body);
  await attach(deps, image, async (trx, stored) => {
    const photoId = newId();
    await repo.insertPhoto(trx, { id: photoId, request_id: id, created_at: nowIsoOf(deps.clock) }, stored);
    await recordAudit(trx, deps, auditWho(actor), {
      action: 'request.photo',
      subjectType: 'service_request',
      subjectId: id,
      orgPath: q.unit_path,
      changes: { photoId, bytes: stored.size },
    });
  });
  return getRequest(deps, actor, id);
}

/** The bytes of a photo, for whoever may see the request. */
export async function readPhoto(deps: Deps, actor: Actor, id: string, photoId: string) {
  await requireVisible(deps, actor, id);
  return readAttachment(deps.files, await repo.findPhoto(deps.db, id, photoId));
}
