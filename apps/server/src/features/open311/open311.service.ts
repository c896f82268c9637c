import { isValidMobile, type Open311ClientInput, type RequestStatus, type ServiceCatalogView } from '@jishi/shared';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../platform/actor.ts';
import { assertInScope, authorize } from '../../platform/authorize.ts';
import { randomToken, sha256Hex } from '../../platform/crypto.ts';
import { newId } from '../../platform/ids.ts';
import { nowIsoOf } from '../../platform/clock.ts';
import { auditWho, recordAudit } from '../audit/audit.service.ts';
import { publicUnit, requireUnit } from '../territory/territory.service.ts';
import { publicServiceByCode, publicServicesUnder } from '../service-requests/catalog.service.ts';
import { insertSubmitted } from '../service-requests/requests.intake.service.ts';
import { publicRequestsUnder, readPublicPhoto } from '../service-requests/requests.publicity.service.ts';
import * as repo from './open311.repo.ts';
import { maskForPublicFeed, publicLocation, publicStatusNote, roundCoordinate } from './public-view.ts';

/**
 * Open311 GeoReport v2 over our catalogue and requests (decision 0018). Reads are open but list only the requests
 * whose residents agreed to publish them, reduced to public fields (decision 0028); POST needs an api_key issued to
 * a client, stored as its SHA-256 only.
 */
export class Open311Error extends Error {
  constructor(
    readonly status: number,
    readonly code: number,
    readonly description: string,
  ) {
    super(description);
  }
}

const CLOSED: ReadonlySet<RequestStatus> = new Set(['done', 'rated', 'closed', 'rejected']);
export const open311Status = (s: RequestStatus): 'open' | 'closed' => (CLOSED.has(s) ? 'closed' : 'open');

async function jurisdictionPath(deps: Deps, jurisdictionId: string | undefined): Promise<string> {
  if (!jurisdictionId) return '/';
  const j = await publicUnit(deps.db, jurisdictionId, ['subdistrict', 'community', 'village']);
  if (!j) throw new Open311Error(404, 404, 'jurisdiction_id not found');
  return j.path;
}

const serviceItem = (s: ServiceCatalogView) => ({
  service_code: s.code,
  service_name: s.name,
  description: s.description,
  metadata: false,
  type: 'realtime',
  keywords: [s.category, s.programme].filter(Boolean).join(','),
  group: s.programme ?? s.unitName,
});

export async function services(deps: Deps, jurisdictionId?: string) {
  return (await publicServicesUnder(deps, await jurisdictionPath(deps, jurisdictionId))).map(serviceItem);
}

export const OPEN311_BASE = '/open311/v2';
/** The public base URL of the Open311 endpoint (configured; never taken from the request's Host header). */
export const endpointUrl = (deps: Deps): string => `${deps.config.publicBaseUrl}${OPEN311_BASE}`;

/** The service definition: our services take no extra attributes (metadata false), so the list is empty. */
export async function serviceDefinition(deps: Deps, code: string, jurisdictionId?: string) {
  const path = await jurisdictionPath(deps, jurisdictionId);
  const s = await publicServiceByCode(deps, code);
  if (!s?.unit_path.startsWith(path)) throw new Open311Error(404, 404, 'service_code not found');
  return { service_code: s.code, attributes: [] as never[] };
}

export interface Open311Post {
  api_key?: string;
  jurisdiction_id?: string;
  service_code?: string;
  lat?: string;
  long?: string;
  address_string?: string;
  address_id?: string;
  email?: string;
  device_id?: string;
  account_id?: string;
  first_name?: string;
  last_name?: string;
  phone?: string;
  description?: string;
  media_url?: string;
}

export async function postRequest(deps: Deps, origin: { ip: string; requestId: string }, body: Open311Post) {
  const key = body.api_key?.trim();
  const client = key ? await repo.clientByKeyHash(deps.db, sha256Hex(key)) : undefined;
  if (!client || client.revoked_at) throw new Open311Error(403, 403, 'api_key is missing, invalid or revoked');
  const path = await jurisdictionPath(deps, body.jurisdiction_id);
  if (!body.service_code) throw new Open311Error(400, 400, 'service_code is required');
  const service = await publicServiceByCode(deps, body.service_code);
  if (!service?.unit_path.startsWith(path) || !service.unit_path.startsWith(client.unit_path))
    throw new Open311Error(404, 404, 'service_code not found');
  const lat = body.lat === undefined || body.lat === '' ? undefined : Number(body.lat);
  const lon = body.long === undefined || body.long === '' ? undefined : Number(body.long);
  const address = body.address_string?.trim() ?? '';
  if ((lat === undefined || lon === undefined) && !address)
    throw new Open311Error(400, 400, 'a location is required: lat and long, or address_string');
  if ((lat !== undefined && !(Math.abs(lat) <= 90)) || (lon !== undefined && !(Math.abs(lon) <= 180)))
    throw new Open311Error(400, 400, 'lat or long is out of range');
  const description = body.description?.trim() ?? '';
  if (!description || description.length > 2000)
    throw new Open311Error(400, 400, 'description is required (at most 2000 characters)');
  const phone = body.phone?.trim();
  if (phone && !isValidMobile(phone)) throw new Open311Error(400, 400, 'phone is not a valid mainland mobile number');
  const name = [body.last_name, body.first_name]
    .map((x) => x?.trim() ?? '')
    .join('')
    .slice(0, 60);
  const who = { actorId: null, actorRole: 'open311', ip: origin.ip, requestId: origin.requestId };
  // GeoReport v2 has no field for the resident's consent to publish: requests that come this way stay private.
  const id = await deps.db.transaction().execute((trx) =>
    insertSubmitted(trx, deps, who, client.name, {
      service,
      channel: 'open311',
      description,
      address: address || `${lat},${lon}`,
      lat,
      lon,
      submittedBy: null,
      clientId: client.id,
      contactName: name || undefined,
      contactPhone: phone || undefined,
    }),
  );
  return [{ service_request_id: id, service_notice: '', account_id: body.account_id ?? null }];
}

export interface Open311Query {
  service_request_id?: string;
  service_code?: string;
  start_date?: string;
  end_date?: string;
  status?: string;
  jurisdiction_id?: string;
}

export async function getRequests(deps: Deps, query: Open311Query) {
  const path = await jurisdictionPath(deps, query.jurisdiction_id);
  const ids = query.service_request_id
    ?.split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const valid = (d?: string) => (d && !Number.isNaN(Date.parse(d)) ? new Date(d).toISOString() : undefined);
  if ((query.start_date && !valid(query.start_date)) || (query.end_date && !valid(query.end_date)))
    throw new Open311Error(400, 400, 'start_date and end_date must be w3c datetimes');
  if (query.status && query.status !== 'open' && query.status !== 'closed')
    throw new Open311Error(400, 400, 'status must be open or closed');
  // Without ids or dates the spec returns the last 90 days, at most 1000 requests.
  const from =
    valid(query.start_date) ?? (ids ? undefined : new Date(deps.clock.now().getTime() - 90 * 86_400_000).toISOString());
  const rows = await publicRequestsUnder(deps, path, {
    ids,
    serviceCode: query.service_code,
    from,
    to: valid(query.end_date),
  });
  return rows
    .filter((r) => !query.status || open311Status(r.status) === query.status)
    .map((r) => toOpen311Request(r, deps.config.publicBaseUrl));
}

export async function getRequest(deps: Deps, id: string, jurisdictionId?: string) {
  const [r] = await getRequests(deps, { service_request_id: id, jurisdiction_id: jurisdictionId });
  if (!r) throw new Open311Error(404, 404, 'service_request_id not found');
  return [r];
}

/** A photo of a published request, when its resident also agreed to publish photos (404 otherwise). */
export async function publicPhoto(deps: Deps, id: string, photoId: string) {
  const photo = await readPublicPhoto(deps, id, photoId);
  if (!photo) throw new Open311Error(404, 404, 'media not found');
  return photo;
}

type PublicRow = Awaited<ReturnType<typeof publicRequestsUnder>>[number];
/**
 * The public fields of a published request: text masked, the address cut to the building, coordinates rounded,
 * the status note from a fixed list, the community as the agency (never a handler's name), a photo only if agreed.
 */
function toOpen311Request(r: PublicRow, baseUrl: string) {
  const coordinate = (x: string | null) => (x === null ? null : roundCoordinate(Number(x)));
  return {
    service_request_id: r.id,
    status: open311Status(r.status),
    status_notes: publicStatusNote(r.status),
    service_name: r.service_name,
    service_code: r.service_code,
    description: maskForPublicFeed(r.description),
    agency_responsible: r.unit_name,
    service_notice: '',
    requested_datetime: r.created_at,
    updated_datetime: r.updated_at,
    expected_datetime: r.due_at,
    address: publicLocation(r.address, r.unit_name),
    address_id: '',
    zipcode: '',
    lat: coordinate(r.lat),
    long: coordinate(r.lon),
    media_url: r.photoId ? `${baseUrl}${OPEN311_BASE}/requests/${r.id}/photos/${r.photoId}` : '',
  };
}

/** Staff: issue a key to a client (shown once), list and revoke. */
export async function issueClientKey(deps: Deps, actor: Actor, input: Open311ClientInput) {
  authorize(actor, 'open311:manage');
  const unit = await requireUnit(deps.db, actor, input.unitId);
  const apiKey = randomToken(24);
  const id = newId();
  await deps.db.transaction().execute(async (trx) => {
    await repo.insertClient(trx, {
      id,
      unit_id: unit.id,
      name: input.name,
      key_hash: sha256Hex(apiKey),
      created_by: actor.userId,
      created_at: nowIsoOf(deps.clock),
      revoked_at: null,
    });
    await recordAudit(trx, deps, auditWho(actor), {
      action: 'open311.client.issue',
      subjectType: 'open311_client',
      subjectId: id,
      orgPath: unit.path,
      changes: { name: input.name },
    });
  });
  return { id, name: input.name, apiKey };
}

export async function listClientKeys(deps: Deps, actor: Actor) {
  authorize(actor, 'open311:manage');
  return (await repo.listClients(deps.db, actor.scope)).map((c) => ({
    id: c.id,
    unitId: c.unit_id,
    name: c.name,
    createdAt: c.created_at,
    revokedAt: c.revoked_at,
  }));
}

export async function revokeClientKey(deps: Deps, actor: Actor, id: string) {
  authorize(actor, 'open311:manage');
  const c = await repo.findClient(deps.db, id);
  assertInScope(actor, c?.unit_path);
  await deps.db.transaction().execute(async (trx) => {
    await repo.revokeClient(trx, id, nowIsoOf(deps.clock));
    await recordAudit(trx, deps, auditWho(actor), {
      action: 'open311.client.revoke',
      subjectType: 'open311_client',
      subjectId: id,
      orgPath: c?.unit_path,
    });
  });
  return listClientKeys(deps, actor);
}
