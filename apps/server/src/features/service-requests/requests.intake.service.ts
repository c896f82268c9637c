import type { RequestChannel } from '@jishi/shared';
import type { Trx } from '../../db/schema.ts';
import type { Deps } from '../../deps.ts';
import { newId } from '../../platform/ids.ts';
import { nowIsoOf } from '../../platform/clock.ts';
import { recordAudit, type AuditWho } from '../audit/audit.service.ts';
import type { ServiceRow } from './catalog.repo.ts';
import { dueAt } from './service-requests.workflow.ts';
import * as repo from './requests.repo.ts';
import { syncTodoKinds } from '../todos/todos.service.ts';
import { requestTodoKinds } from './service-requests.todos.ts';

/** A new request as every channel hands it in (portal, a worker on a resident's behalf, a reception, Open311). */
export interface NewRequest {
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

/** Inserts a submitted request with its first event, audit record and to-do item (inside the caller's transaction). */
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
  await syncTodoKinds(trx, requestTodoKinds, [id], now);
  return id;
}
