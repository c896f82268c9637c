import { z } from 'zod';
import { zDate, zFreeText, zId, zName, zPage } from './common.schema.ts';
import { zTime } from './decisions.schema.ts';

/** Subdistrict meetings (三会三议三监督): configurable meeting types and supervision roles. */
export const CATALOG_KINDS = ['meeting_type', 'supervision_role'] as const;
export type CatalogKind = (typeof CATALOG_KINDS)[number];
export const MEETING_DECISION_STATUSES = ['open', 'in_progress', 'done'] as const;
export type MeetingDecisionStatus = (typeof MEETING_DECISION_STATUSES)[number];
export const catalogCreateBody = z.strictObject({ unitId: zId, kind: z.enum(CATALOG_KINDS), name: zName });
export type CatalogCreate = z.infer<typeof catalogCreateBody>;
export const catalogUpdateBody = z.strictObject({ name: zName.optional(), active: z.boolean().optional() });
export type CatalogUpdate = z.infer<typeof catalogUpdateBody>;
export const catalogView = z.object({
  id: z.string(),
  unitId: z.string(),
  kind: z.enum(CATALOG_KINDS),
  name: z.string(),
  active: z.boolean(),
});
export const catalogListView = z.object({ items: z.array(catalogView) });

const meetingDecisionInput = z.strictObject({
  content: z.string().trim().min(1).max(2000),
  owner: zName,
  dueOn: zDate,
});
export const meetingCreateBody = z
  .strictObject({
    unitId: zId,
    typeId: zId,
    title: z.string().trim().min(1).max(100),
    heldOn: zDate,
    startTime: zTime.optional(),
    endTime: zTime.optional(),
    place: z.string().trim().min(1).max(100),
    host: zName.optional(),
    attendees: z
      .array(z.strictObject({ name: zName, title: zFreeText(60).optional() }))
      .min(1)
      .max(200),
    summary: zFreeText(5000).default(''),
    agenda: z
      .array(
        z.strictObject({
          title: z.string().trim().min(1).max(200),
          note: zFreeText(2000).optional(),
          decisions: z.array(meetingDecisionInput).max(20).default([]),
        }),
      )
      .min(1)
      .max(50),
  })
  .refine((b) => !b.startTime || !b.endTime || b.endTime > b.startTime, {
    path: ['endTime'],
    message: 'validation.timeOrder',
  });
export type MeetingCreate = z.infer<typeof meetingCreateBody>;
export const followUpBody = z.strictObject({
  notedOn: zDate,
  note: z.string().trim().min(1).max(1000),
  status: z.enum(['in_progress', 'done']),
});
export type FollowUpCreate = z.infer<typeof followUpBody>;
export const opinionBody = z.strictObject({ roleId: zId, author: zName, opinion: z.string().trim().min(1).max(2000) });
export type OpinionInput = z.infer<typeof opinionBody>;
export const meetingListQuery = zPage.extend({ unitId: zId.optional() });

export const meetingListItem = z.object({
  id: z.string(),
  unitId: z.string(),
  typeId: z.string(),
  typeName: z.string(),
  title: z.string(),
  heldOn: z.string(),
  place: z.string(),
  agendaCount: z.number().int(),
  openDecisions: z.number().int(),
  opinionCount: z.number().int(),
});
export const meetingView = meetingListItem.extend({
  startTime: z.string().nullable(),
  endTime: z.string().nullable(),
  host: z.string().nullable(),
  summary: z.string(),
  attendees: z.array(z.object({ name: z.string(), title: z.string().nullable() })),
  agenda: z.array(
    z.object({
      id: z.string(),
      seq: z.number().int(),
      title: z.string(),
      note: z.string().nullable(),
      decisions: z.array(
        z.object({
          id: z.string(),
          content: z.string(),
          owner: z.string(),
          dueOn: z.string(),
          status: z.enum(MEETING_DECISION_STATUSES),
          followUps: z.array(z.object({ notedOn: z.string(), note: z.string(), status: z.string() })),
        }),
      ),
    }),
  ),
  opinions: z.array(
    z.object({
      id: z.string(),
      roleId: z.string(),
      roleName: z.string(),
      author: z.string(),
      opinion: z.string(),
      recordedAt: z.string(),
    }),
  ),
  abilities: z.object({ followUp: z.boolean(), supervise: z.boolean() }),
});
