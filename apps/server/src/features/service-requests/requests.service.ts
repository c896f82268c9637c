import type {
  AssigneeKind,
  ProxyRequestInput,
  RequestActionInput,
  RequestChannel,
  RequestInput,
  RequestPublicityInput,
  RequestStatus,
} from '@jishi/shared';
import type { Trx } from '../../db/schema.ts';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../platform/actor.ts';
import { assertInScope, authorize, can } from '../../platform/authorize.ts';
import { AppError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { acceptPhoto, assertRoomFor, attach, readAttachment } from '../../platform/files/attachments.ts';
import { auditWho, recordAudit, type AuditWho } from '../audit/audit.service.ts';
import { providerOfUser, requireProvider } from '../providers/providers.service.ts';
import { requireUnit } from '../territory/territory.service.ts';
import { requireService } from './catalog.service.ts';
import type { ServiceRow } from './catalog.repo.ts';
import { PARTY_OF, dueAt, requestTransition, type RequestParty } from './service-requests.workflow.ts';
import { toRequestListItem, toRequestView } from './requests.view.ts';
import * as repo from './requests.repo.ts';
import { bumpCounter } from '../indicators/rollups.service.ts';
import { RATING_POINTS, REQUESTS_HANDLED, REQUESTS_RATED } from './service-requests.indicators.ts';
import { nowIsoOf } from '../../platform/clock.ts';

/**
 * Service requests (诉求/工单): residents submit and follow their own from the portal; workers record one on a
 * resident's behalf; the community accepts, dispatches (worker, team or provider) and closes; the handler starts
 * and completes; the resident rates. Every write and its audit record share one transaction.
 */
const invalid = (field: string, message: string) =>
  new AppError('VALIDATION', { issues: [{ code: 'custom', path: ['body', field], message }] });

/** Which parties the actor may act as on this request. */
async function partiesOf(deps: Deps, actor: Actor, q: repo.RequestRow): Promise<Set<RequestParty>> {
  const parties = new Set<RequestParty>();
  if (can(actor, 'service:write') && actor.role !== 'provider') parties.add('staff').add('handler');
  if (q.submitted_by === actor.userId) parties.add('submitter');
  if (can(actor, 'provider:orders') && q.provider_id && q.provider_id === (await providerOfUser(deps.db, actor.userId)))
    parties.add('handler');
  return parties;
}

/** The request if the actor may see it: staff in scope; the resident who submitted it; the provider it was dispatched to. Otherwise 404. */
async function requireVisible(deps: Deps, actor: Actor, id: string): Promise<repo.RequestRow> {
  const q = await repo.findRequest(deps.db, id);
  assertInScope(actor, q?.unit_path);
  const row = q as repo.RequestRow;
  if (can(actor, 'service:read')) return row;
  if ((await partiesOf(deps, actor, row)).size === 0) throw new AppError('NOT_FOUND', { outOfScope: true });
  return row;
}

async function view(deps: Deps, actor: Actor, q: repo.RequestRow) {
  const [events, photos] = await Promise.all([repo.eventsOf(deps.db, q.id), repo.photosOf(deps.db, q.id)]);
  return toRequestView(q, events, photos, deps.cipher, actor.userId, deps.clock.now());
}

/** Seeds and tests may leave the publication consents out; the schema defaults them to false. */
type OptionalConsent<T extends { publicConsent: boolean; publicPhotos: boolean }> = Omit<
  T,
  'publicConsent' | 'publicPhotos'
> &
  Partial<Pick<T, 'publicConsent' | 'publicPhotos'>>;

interface NewRequest {
  service: ServiceRow;
  channel: RequestChannel;
  description: string;
  address: string;
  lat?: number;
  lon?: number;
  submittedBy: string | null;
  clientId?: string | null;
  contactName?: string;
  contactPhone?: string;
  receptionIssueId?: string | null;
  /** The resident's consent to publish the request (and its photos); absent means private. */
  publicConsent?: boolean;
  publicPhotos?: boolean;
}

/** Inserts a submitted request with its first event and audit record (inside the caller's transaction). */
export async function insertSubmitted(
  trx: Trx,
  deps: Deps,
  who: AuditWho,
  actorName: string,
  r: NewRequest,
): Promise<string> {
  const id = newId();
  const now = nowIsoOf(deps.clock);
  const publicConsent = r.publicConsent === true;
  const publicPhotos = publicConsent && r.publicPhotos === true;
  await repo.insertRequest(trx, {
    id,
    unit_id: r.service.unit_id,
    service_id: r.service.id,
    channel: r.channel,
    description: r.description,
    address: r.address,
    lat: r.lat === undefined ? null : String(r.lat),
    lon: r.lon === undefined ? null : String(r.lon),
    status: 'submitted',
    submitted_by: r.submittedBy,
    open311_client_id: r.clientId ?? null,
    contact_name_enc: r.contactName ? deps.cipher.encrypt('request_contact_name', r.contactName) : null,
    contact_phone_enc: r.contactPhone ? deps.cipher.encrypt('request_contact_phone', r.contactPhone) : null,
    assignee_kind: null,
    assignee_id: null,
    assignee_name: null,
    provider_id: null,
    due_at: dueAt(now, r.service.time_limit_hours),
    rating: null,
    rating_comment: null,
    reject_reason: null,
    done_at: null,
    closed_at: null,
    reception_issue_id: r.receptionIssueId ?? null,
    public_consent: publicConsent ? 1 : 0,
    public_photos: publicPhotos ? 1 : 0,
    created_at: now,
    updated_at: now,
  });
  await repo.insertEvent(trx, {
    id: newId(),
    request_id: id,
    action: 'submit',
    from_status: 'submitted',
    to_status: 'submitted',
    note: '',
    actor_id: who.actorId,
    actor_name: actorName,
    created_at: now,
  });
  await recordAudit(trx, deps, who, {
    action: 'request.submit',
    subjectType: 'service_request',
    subjectId: id,
    orgPath: r.service.unit_path,
    changes: { serviceCode: r.service.code, channel: r.channel, publicConsent, publicPhotos },
  });
  return id;
}

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
  return view(deps, actor, await requireVisible(deps, actor, id));
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

/**
 * The resident who submitted a request publishes it or withdraws the consent (photos only with the request); the
 * feed follows at once. Only the submitter decides: staff and other residents cannot (403 / 404).
 */
export async function setPublicity(deps: Deps, actor: Actor, id: string, input: RequestPublicityInput) {
  authorize(actor, 'request:create');
  const q = await requireVisible(deps, actor, id);
  if (!(await partiesOf(deps, actor, q)).has('submitter')) throw new AppError('FORBIDDEN');
  const publicConsent = input.publicConsent;
  const publicPhotos = publicConsent && input.publicPhotos;
  await deps.db.transaction().execute(async (trx) => {
    await repo.updateRequest(trx, id, {
      public_consent: publicConsent ? 1 : 0,
      public_photos: publicPhotos ? 1 : 0,
      updated_at: nowIsoOf(deps.clock),
    });
    await recordAudit(trx, deps, auditWho(actor), {
      action: 'request.publicity',
      subjectType: 'service_request',
      subjectId: id,
      orgPath: q.unit_path,
      changes: { publicConsent, publicPhotos },
    });
  });
  return getRequest(deps, actor, id);
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

/**
 * The requests whose residents agreed to publish them, under a jurisdiction path, for public listings (at most 1000;
 * the caller reduces them to public fields). A request without consent is never returned, so it reads as absent.
 * `photoId` is the first photo when the resident also agreed to publish photos, otherwise null.
 */
export async function publicRequestsUnder(
  deps: Deps,
  path: string,
  f: { ids?: string[]; serviceCode?: string; from?: string; to?: string },
) {
  const { rows } = await repo.listRequests(deps.db, null, { ...f, unitPath: path, publicOnly: true }, 1, 1000);
  const withPhotos = rows.filter((r) => r.public_photos === 1).map((r) => r.id);
  const first = new Map<string, string>();
  for (const p of await repo.photosOfMany(deps.db, withPhotos))
    if (!first.has(p.request_id)) first.set(p.request_id, p.id);
  return rows.map((r) => ({ ...r, photoId: first.get(r.id) ?? null }));
}

/** The bytes of a photo for the public feed, only of a request whose resident agreed to publish it and its photos; else null. */
export async function readPublicPhoto(deps: Deps, id: string, photoId: string) {
  const q = await repo.findRequest(deps.db, id);
  const photo =
    q?.public_consent === 1 && q.public_photos === 1 ? await repo.findPhoto(deps.db, id, photoId) : undefined;
  const bytes = photo ? await deps.files.get(photo.key) : null;
  return photo && bytes ? { bytes, contentType: photo.contentType } : null;
}
