import type {
  AssigneeKind,
  PriceKind,
  ProvidedBy,
  RequestChannel,
  RequestStatus,
  ServiceCategory,
} from '@jishi/shared';
/** A service of a community's catalogue; `code` is also the Open311 service_code. */
export interface CatalogTable {
  id: string;
  unit_id: string;
  code: string;
  name: string;
  description: string;
  category: ServiceCategory;
  /** A featured programme the service belongs to ('6+1', '七色彩虹', …) or null. */
  programme: string | null;
  /** 'community' | 'volunteer_team' | 'provider' */
  provided_by: ProvidedBy;
  provider_id: string | null;
  provider_name: string;
  /** 'free' | 'low_cost' */
  price_kind: PriceKind;
  price_fen: number;
  time_limit_hours: number;
  active: number;
  created_at: string;
  updated_at: string;
}

/** A service request (诉求/工单). Contact details are sealed; the submitter is a user (portal) or null. */
export interface RequestTable {
  id: string;
  unit_id: string;
  service_id: string;
  /** 'portal' | 'phone' | 'visit' | 'open311' | 'reception' */
  channel: RequestChannel;
  description: string;
  address: string;
  lat: string | null;
  lon: string | null;
  status: RequestStatus;
  submitted_by: string | null;
  open311_client_id: string | null;
  contact_name_enc: string | null;
  contact_phone_enc: string | null;
  /** 'worker' | 'team' | 'provider' */
  assignee_kind: AssigneeKind | null;
  assignee_id: string | null;
  assignee_name: string | null;
  provider_id: string | null;
  due_at: string;
  rating: number | null;
  rating_comment: string | null;
  reject_reason: string | null;
  done_at: string | null;
  closed_at: string | null;
  reception_issue_id: string | null;
  /** 1 when the resident agreed to publish the request (reduced and masked) in the public feed; 0 otherwise. */
  public_consent: number;
  /** 1 when the resident also agreed to publish its photos (only with public_consent). */
  public_photos: number;
  created_at: string;
  updated_at: string;
}

export interface RequestEventTable {
  id: string;
  request_id: string;
  action: string;
  from_status: string;
  to_status: string;
  note: string;
  actor_id: string | null;
  actor_name: string;
  created_at: string;
}

export interface RequestPhotoTable {
  id: string;
  request_id: string;
  storage_key: string;
  mime: string;
  bytes: number;
  created_at: string;
}

/** A Party-representative studio (党代表工作室) reception day. */
export interface ReceptionTable {
  id: string;
  unit_id: string;
  held_on: string;
  representatives: string;
  visitors: number;
  created_by: string;
  created_at: string;
  updated_at: string;
}

export interface ReceptionIssueTable {
  id: string;
  reception_id: string;
  seq: number;
  issue: string;
  follow_up: string;
  /** The service request the issue became, if any. */
  request_id: string | null;
}
