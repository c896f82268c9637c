import { maskMobile, maskName, type RequestListItem, type RequestView } from '@jishi/shared';
import type { FieldCipher } from '../../platform/crypto.ts';
import { deadlineState } from './service-requests.workflow.ts';
import type { RequestEventTable } from './service-requests.table.ts';
import type { RequestRow } from './requests.repo.ts';

export function toRequestListItem(q: RequestRow, cipher: FieldCipher, viewerId: string, now: Date): RequestListItem {
  return {
    id: q.id,
    unitId: q.unit_id,
    unitName: q.unit_name,
    serviceId: q.service_id,
    serviceCode: q.service_code,
    serviceName: q.service_name,
    channel: q.channel as RequestView['channel'],
    description: q.description,
    address: q.address,
    lat: q.lat === null ? null : Number(q.lat),
    lon: q.lon === null ? null : Number(q.lon),
    status: q.status,
    contactName: q.contact_name_enc ? maskName(cipher.decrypt('request_contact_name', q.contact_name_enc)) : null,
    contactPhone: q.contact_phone_enc ? maskMobile(cipher.decrypt('request_contact_phone', q.contact_phone_enc)) : null,
    assigneeKind: q.assignee_kind as RequestView['assigneeKind'],
    assigneeName: q.assignee_name,
    providerId: q.provider_id,
    dueAt: q.due_at,
    deadline: deadlineState(q.status, q.created_at, q.due_at, now),
    rating: q.rating,
    ratingComment: q.rating_comment,
    rejectReason: q.reject_reason,
    submittedAt: q.created_at,
    updatedAt: q.updated_at,
    publicConsent: q.public_consent === 1,
    publicPhotos: q.public_photos === 1,
    mine: q.submitted_by === viewerId,
  };
}

export function toRequestView(
  q: RequestRow,
  events: RequestEventTable[],
  photos: { id: string; mime: string }[],
  cipher: FieldCipher,
  viewerId: string,
  now: Date,
): RequestView {
  return {
    ...toRequestListItem(q, cipher, viewerId, now),
    photos,
    events: events.map((e) => ({
      action: e.action,
      from: e.from_status,
      to: e.to_status,
      note: e.note,
      actorName: e.actor_name,
      at: e.created_at,
    })),
  };
}
