import { z } from 'zod';
import { zDate, zId, zMobile, zText } from './common.schema.ts';

/**
 * Convenience services (便民服务): the catalogue a community fills in, service requests (诉求/工单) with their
 * lifecycle, and Party-representative studio (党代表工作室) receptions.
 */
export const PROVIDED_BY = ['community', 'volunteer_team', 'provider'] as const;
export type ProvidedBy = (typeof PROVIDED_BY)[number];
export const PRICE_KINDS = ['free', 'low_cost'] as const;
export type PriceKind = (typeof PRICE_KINDS)[number];
export const SERVICE_CATEGORIES = [
  'elderly',
  'children',
  'housekeeping',
  'health',
  'repair',
  'legal',
  'employment',
  'party_service',
  'environment',
  'other',
] as const;
export type ServiceCategory = (typeof SERVICE_CATEGORIES)[number];
export const REQUEST_STATUSES = [
  'submitted',
  'accepted',
  'dispatched',
  'in_progress',
  'done',
  'rated',
  'closed',
  'rejected',
] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];
export const REQUEST_ACTIONS = ['accept', 'dispatch', 'start', 'complete', 'rate', 'close', 'reject'] as const;
export type RequestAction = (typeof REQUEST_ACTIONS)[number];
export const REQUEST_CHANNELS = ['portal', 'phone', 'visit', 'open311', 'reception'] as const;
export type RequestChannel = (typeof REQUEST_CHANNELS)[number];
export const ASSIGNEE_KINDS = ['worker', 'team', 'provider'] as const;
export type AssigneeKind = (typeof ASSIGNEE_KINDS)[number];
/** Warnings: a request is 'due_soon' in the last quarter of its time limit, 'overdue' after it. */
export const DEADLINE_STATES = ['ok', 'due_soon', 'overdue', 'finished'] as const;

/** Service codes are also Open311 service_code values. */
export const zServiceCode = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{1,39}$/);

/** The fields of a catalogue entry, as the community edits them (no defaults: a patch leaves out what it keeps). */
const catalogFields = {
  code: zServiceCode,
  name: zText(60),
  description: z.string().trim().max(1000),
  category: z.enum(SERVICE_CATEGORIES),
  programme: z.string().trim().min(1).max(30).nullable(),
  providedBy: z.enum(PROVIDED_BY),
  providerId: zId.nullable(),
  providerName: zText(60),
  priceKind: z.enum(PRICE_KINDS),
  priceFen: z.number().int().min(0).max(10_000_000),
  timeLimitHours: z
    .number()
    .int()
    .min(1)
    .max(24 * 90),
};
/** A free service costs 0 fen, a low-cost one more (checked on the body, and on an entry after a patch). */
export const catalogPriceAgrees = (b: { priceKind: string; priceFen: number }): boolean =>
  (b.priceKind === 'free') === (b.priceFen === 0);
/** A service provided by a provider names it; no other does. */
export const catalogProviderAgrees = (b: { providedBy: string; providerId: string | null }): boolean =>
  (b.providedBy === 'provider') === (b.providerId !== null);

export const serviceCatalogBody = z
  .strictObject({
    unitId: zId,
    ...catalogFields,
    description: catalogFields.description.default(''),
    programme: catalogFields.programme.default(null),
    providerId: catalogFields.providerId.default(null),
  })
  .refine(catalogPriceAgrees, { message: 'validation.price', path: ['priceFen'] })
  .refine(catalogProviderAgrees, { message: 'validation.providerRef', path: ['providerId'] });
/** Editing an entry: any of its fields but the community (the same validation; the rules hold on the edited entry). */
export const serviceCatalogPatchBody = z.strictObject(catalogFields).partial();
export type ServiceCatalogPatch = z.infer<typeof serviceCatalogPatchBody>;
export type ServiceCatalogInput = z.infer<typeof serviceCatalogBody>;
export const serviceCatalogView = z.object({
  id: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  code: z.string(),
  name: z.string(),
  description: z.string(),
  category: z.enum(SERVICE_CATEGORIES),
  programme: z.string().nullable(),
  providedBy: z.enum(PROVIDED_BY),
  providerId: z.string().nullable(),
  providerName: z.string(),
  priceKind: z.enum(PRICE_KINDS),
  priceFen: z.number().int(),
  timeLimitHours: z.number().int(),
  active: z.boolean(),
});
export type ServiceCatalogView = z.infer<typeof serviceCatalogView>;
export const serviceActiveBody = z.strictObject({ active: z.boolean() });
export const serviceCatalogQuery = z.object({ unitId: zId.optional() });

/**
 * The resident's consent to publish a request in the public feed (reduced: no name, no flat, masked text, rounded
 * coordinates) and, separately, its photos. Both default to no; photos are published only with the request.
 */
const publicityFields = {
  publicConsent: z.boolean().default(false),
  publicPhotos: z.boolean().default(false),
};
export const requestBody = z.strictObject({
  serviceId: zId,
  description: zText(2000),
  address: zText(200),
  lat: z.number().min(-90).max(90).optional(),
  lon: z.number().min(-180).max(180).optional(),
  ...publicityFields,
});
export type RequestInput = z.infer<typeof requestBody>;
/** The resident changes their mind: publish or stop publishing their own request (and its photos). */
export const requestPublicityBody = z.strictObject({ publicConsent: z.boolean(), publicPhotos: z.boolean() });
export type RequestPublicityInput = z.infer<typeof requestPublicityBody>;
/** A worker records a request on a resident's behalf (a call or a visit): contact details are sealed. */
export const proxyRequestBody = z.strictObject({
  serviceId: zId,
  description: zText(2000),
  address: zText(200),
  channel: z.enum(['phone', 'visit']),
  contactName: zText(60),
  contactPhone: zMobile,
  /** Only when the caller agreed, asked by the worker. */
  ...publicityFields,
});
export type ProxyRequestInput = z.infer<typeof proxyRequestBody>;
export const requestActionBody = z
  .strictObject({
    action: z.enum(REQUEST_ACTIONS),
    note: z.string().trim().max(500).default(''),
    assigneeKind: z.enum(ASSIGNEE_KINDS).optional(),
    /** A worker id, a team's name, or a provider id, by kind. */
    assigneeId: z.string().trim().min(1).max(60).optional(),
    rating: z.number().int().min(1).max(5).optional(),
  })
  .refine((b) => b.action !== 'dispatch' || (b.assigneeKind && b.assigneeId), {
    message: 'validation.dispatchTarget',
    path: ['assigneeId'],
  })
  .refine((b) => b.action !== 'rate' || b.rating !== undefined, { message: 'validation.rating', path: ['rating'] })
  .refine((b) => b.action !== 'reject' || b.note.length >= 4, { message: 'validation.reason', path: ['note'] });
export type RequestActionInput = z.infer<typeof requestActionBody>;
export const requestListQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
  status: z.enum(REQUEST_STATUSES).optional(),
  unitId: zId.optional(),
});
export const requestEventView = z.object({
  action: z.string(),
  from: z.string(),
  to: z.string(),
  note: z.string(),
  actorName: z.string(),
  at: z.string(),
});
export const requestView = z.object({
  id: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  serviceId: z.string(),
  serviceCode: z.string(),
  serviceName: z.string(),
  channel: z.enum(REQUEST_CHANNELS),
  description: z.string(),
  address: z.string(),
  lat: z.number().nullable(),
  lon: z.number().nullable(),
  status: z.enum(REQUEST_STATUSES),
  /** Masked (name: first character; phone 3+4). */
  contactName: z.string().nullable(),
  contactPhone: z.string().nullable(),
  assigneeKind: z.enum(ASSIGNEE_KINDS).nullable(),
  assigneeName: z.string().nullable(),
  providerId: z.string().nullable(),
  dueAt: z.string(),
  deadline: z.enum(DEADLINE_STATES),
  rating: z.number().int().nullable(),
  ratingComment: z.string().nullable(),
  rejectReason: z.string().nullable(),
  submittedAt: z.string(),
  updatedAt: z.string(),
  /** Whether the resident agreed to publish the request (and its photos) in the public feed. */
  publicConsent: z.boolean(),
  publicPhotos: z.boolean(),
  photos: z.array(z.object({ id: z.string(), mime: z.string() })),
  events: z.array(requestEventView),
  mine: z.boolean(),
});
export type RequestView = z.infer<typeof requestView>;
export const requestListItem = requestView.omit({ events: true, photos: true });
export type RequestListItem = z.infer<typeof requestListItem>;

export const receptionBody = z.strictObject({
  unitId: zId,
  heldOn: zDate,
  representatives: zText(200),
  visitors: z.number().int().min(0).max(10_000),
  issues: z
    .array(z.strictObject({ issue: zText(500), followUp: z.string().trim().max(500).default('') }))
    .min(1)
    .max(50),
});
export type ReceptionInput = z.infer<typeof receptionBody>;
export const receptionIssueToRequestBody = z.strictObject({ serviceId: zId, address: zText(200) });
export type ReceptionIssueToRequestInput = z.infer<typeof receptionIssueToRequestBody>;
export const receptionView = z.object({
  id: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  heldOn: z.string(),
  representatives: z.string(),
  visitors: z.number().int(),
  issues: z.array(
    z.object({
      id: z.string(),
      seq: z.number().int(),
      issue: z.string(),
      followUp: z.string(),
      requestId: z.string().nullable(),
    }),
  ),
});
