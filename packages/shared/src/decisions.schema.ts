import { z } from 'zod';
import { zDate, zFreeText, zId, zName, zPage, zReason } from './common.schema.ts';
import { zPublicText } from './public-text.ts';

/**
 * Deliberation hall and decision system (决策制度): procedure templates (四议两公开, 一征三议两公开),
 * matters (议题) and their stage records, public notices (公示), proposals, ratings, closed periods.
 */
export const STAGE_BODIES = [
  'solicitation',
  'branch_committee',
  'two_committees',
  'members_assembly',
  'representatives_meeting',
  'residents_meeting',
  'resolution_notice',
  'result_notice',
] as const;
export type StageBody = (typeof STAGE_BODIES)[number];
export const STAGE_KINDS = ['solicitation', 'meeting', 'notice'] as const;
export type StageKind = (typeof STAGE_KINDS)[number];
export const TEMPLATE_SCOPES = ['community', 'village', 'subdistrict'] as const;
export type TemplateScope = (typeof TEMPLATE_SCOPES)[number];
export const TEMPLATE_STATUSES = ['active', 'retired'] as const;
export type TemplateStatus = (typeof TEMPLATE_STATUSES)[number];
export const MATTER_SOURCES = ['proposal', 'party_org', 'assigned'] as const;
export type MatterSource = (typeof MATTER_SOURCES)[number];
export const MATTER_STATUSES = ['open', 'returned', 'implementing', 'completed', 'withdrawn'] as const;
export type MatterStatus = (typeof MATTER_STATUSES)[number];
export const MEETING_FORMS = ['in_person', 'online', 'written'] as const;
export type MeetingForm = (typeof MEETING_FORMS)[number];
export const PROPOSAL_STATUSES = ['open', 'adopted', 'declined'] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

export const zTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);
export const zMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);
const zCount = z.number().int().min(0).max(100_000);

/** A share such as "at least 2/3" (gte) or "more than 1/2" (gt), kept as an exact fraction. */
const ratioShape = {
  num: z.number().int().min(1).max(100),
  den: z.number().int().min(1).max(100),
  op: z.enum(['gte', 'gt']),
};
const fractionOk = (r: { num: number; den: number }) => r.num <= r.den;
export const zRatio = z.strictObject(ratioShape).refine(fractionOk, { message: 'validation.ratio' });
export const zPassRule = z
  .strictObject({ ...ratioShape, base: z.enum(['due', 'present']) })
  .refine(fractionOk, { message: 'validation.ratio' });

export const templateStageInput = z.strictObject({
  code: z.string().regex(/^[a-z][a-z0-9_]{1,39}$/),
  name: zName,
  body: z.enum(STAGE_BODIES),
  quorum: zRatio.nullable().default(null),
  pass: zPassRule.nullable().default(null),
  noticeDays: z.number().int().min(1).max(90).nullable().default(null),
  mergeableWithPrevious: z.boolean().default(false),
});
export type TemplateStageInput = z.infer<typeof templateStageInput>;
export const templateCreateBody = z.strictObject({
  ownerUnitId: zId,
  code: z.string().regex(/^[a-z][a-z0-9_]{1,39}$/),
  name: zName,
  appliesTo: z.enum(TEMPLATE_SCOPES),
  stages: z.array(templateStageInput).min(2).max(20),
});
export type TemplateCreate = z.infer<typeof templateCreateBody>;

export const stageView = z.object({
  seq: z.number().int(),
  code: z.string(),
  name: z.string(),
  body: z.enum(STAGE_BODIES),
  kind: z.enum(STAGE_KINDS),
  quorum: z.object(ratioShape).nullable(),
  pass: z.object({ ...ratioShape, base: z.enum(['due', 'present']) }).nullable(),
  noticeDays: z.number().int().nullable(),
  mergeableWithPrevious: z.boolean(),
});
export const templateView = z.object({
  id: z.string(),
  ownerUnitId: z.string(),
  code: z.string(),
  name: z.string(),
  version: z.number().int(),
  appliesTo: z.enum(TEMPLATE_SCOPES),
  status: z.enum(TEMPLATE_STATUSES),
  inUse: z.boolean(),
  createdAt: z.string(),
  stages: z.array(stageView),
  abilities: z.object({ newVersion: z.boolean() }),
});
export const templateListView = z.object({ items: z.array(templateView) });

export const matterCreateBody = z
  .strictObject({
    unitId: zId,
    templateId: zId,
    title: zPublicText(100),
    description: zFreeText(5000).default(''),
    source: z.enum(MATTER_SOURCES),
    proposalIds: z.array(zId).max(50).optional(),
    partyOrgId: zId.optional(),
    sourceNote: zFreeText(200).optional(),
    oneShoulder: z.boolean().default(false),
    openedOn: zDate.optional(),
  })
  .superRefine((m, ctx) => {
    const ok =
      m.source === 'proposal'
        ? Boolean(m.proposalIds?.length)
        : m.source === 'party_org'
          ? Boolean(m.partyOrgId)
          : Boolean(m.sourceNote);
    if (!ok) ctx.addIssue({ code: 'custom', path: ['source'], message: 'validation.matterSource' });
  });
export type MatterCreate = z.infer<typeof matterCreateBody>;
export const matterReviseBody = z.strictObject({
  title: zPublicText(100).optional(),
  description: zFreeText(5000).optional(),
  oneShoulder: z.boolean().optional(),
  note: z.string().trim().min(2).max(500),
});
export type MatterReviseInput = z.infer<typeof matterReviseBody>;
export const withdrawBody = z.strictObject({ reason: zReason });
export type WithdrawInput = z.infer<typeof withdrawBody>;

const attendeeInput = z.union([z.strictObject({ residentId: zId }), z.strictObject({ name: zName })]);
export const stageMeetingBody = z
  .strictObject({
    stageSeq: z.number().int().min(1).max(20),
    mergeNext: z.boolean().default(false),
    heldOn: zDate,
    startTime: zTime.optional(),
    endTime: zTime.optional(),
    place: z.string().trim().min(1).max(100),
    form: z.enum(MEETING_FORMS),
    due: zCount.optional(),
    present: zCount.optional(),
    votesFor: zCount.optional(),
    votesAgainst: zCount.optional(),
    votesAbstain: zCount.optional(),
    attendees: z.array(attendeeInput).max(500).default([]),
    minutes: z.string().trim().min(1).max(10_000),
    supervisionOpinion: zFreeText(2000).optional(),
  })
  .refine((b) => !b.startTime || !b.endTime || b.endTime > b.startTime, {
    path: ['endTime'],
    message: 'validation.timeOrder',
  });
export type StageMeetingInput = z.infer<typeof stageMeetingBody>;
const MAX_NOTICE_MS = 90 * 86_400_000;
export const stageNoticeBody = z
  .strictObject({
    stageSeq: z.number().int().min(1).max(20),
    noticeFrom: zDate,
    noticeUntil: zDate,
    content: zPublicText(5000),
  })
  .refine((b) => Date.parse(b.noticeUntil) - Date.parse(b.noticeFrom) <= MAX_NOTICE_MS, {
    path: ['noticeUntil'],
    message: 'validation.noticeTooLong',
  });
export type StageNoticeInput = z.infer<typeof stageNoticeBody>;
export const implementationBody = z.strictObject({ owner: zName, dueOn: zDate });
export type ImplementationInput = z.infer<typeof implementationBody>;
export const progressBody = z.strictObject({
  notedOn: zDate,
  note: z.string().trim().min(1).max(1000),
  percent: z.number().int().min(0).max(100).optional(),
});
export type ProgressInput = z.infer<typeof progressBody>;
export const ratingBody = z.strictObject({ score: z.number().int().min(1).max(5), comment: zFreeText(200).optional() });
export type RatingInput = z.infer<typeof ratingBody>;

const recordView = z.object({
  id: z.string(),
  attemptNo: z.number().int(),
  stageSeq: z.number().int(),
  throughSeq: z.number().int(),
  kind: z.enum(STAGE_KINDS),
  heldOn: z.string(),
  startTime: z.string().nullable(),
  endTime: z.string().nullable(),
  place: z.string().nullable(),
  form: z.string().nullable(),
  due: z.number().int().nullable(),
  present: z.number().int().nullable(),
  votesFor: z.number().int().nullable(),
  votesAgainst: z.number().int().nullable(),
  votesAbstain: z.number().int().nullable(),
  minutes: z.string().nullable(),
  supervisionOpinion: z.string().nullable(),
  noticeFrom: z.string().nullable(),
  noticeUntil: z.string().nullable(),
  noticeContent: z.string().nullable(),
  quorumMet: z.boolean().nullable(),
  passed: z.boolean(),
  revision: z.number().int(),
  recordedAt: z.string(),
  attendees: z.array(z.object({ residentId: z.string().nullable(), name: z.string() })),
});
const nextStageView = z.object({
  seq: z.number().int(),
  name: z.string(),
  kind: z.enum(STAGE_KINDS),
  earliestOn: z.string().nullable(),
  canMerge: z.boolean(),
});
export const matterAbilities = z.object({
  revise: z.boolean(),
  withdraw: z.boolean(),
  recordMeeting: z.boolean(),
  publishNotice: z.boolean(),
  track: z.boolean(),
  rate: z.boolean(),
});
export const matterListItem = z.object({
  id: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  title: z.string(),
  source: z.enum(MATTER_SOURCES),
  status: z.enum(MATTER_STATUSES),
  templateName: z.string(),
  templateVersion: z.number().int(),
  openedOn: z.string(),
  solvedOn: z.string().nullable(),
  next: nextStageView.nullable(),
  updatedAt: z.string(),
});
export const matterView = matterListItem.extend({
  description: z.string(),
  sourceNote: z.string().nullable(),
  partyOrgId: z.string().nullable(),
  oneShoulder: z.boolean(),
  revision: z.number().int(),
  withdrawnReason: z.string().nullable(),
  template: templateView.omit({ abilities: true, inUse: true }),
  records: z.array(recordView),
  implementation: z.object({
    owner: z.string().nullable(),
    dueOn: z.string().nullable(),
    progress: z.array(z.object({ notedOn: z.string(), note: z.string(), percent: z.number().int().nullable() })),
  }),
  proposals: z.array(z.object({ id: z.string(), title: z.string(), supportCount: z.number().int() })),
  rating: z.object({ count: z.number().int(), average: z.number().nullable(), mine: z.number().int().nullable() }),
  abilities: matterAbilities,
});
export type MatterView = z.infer<typeof matterView>;
export const matterListQuery = zPage.extend({
  unitId: zId.optional(),
  status: z.enum(MATTER_STATUSES).optional(),
  q: z.string().trim().max(50).optional(),
});
export type MatterListQuery = z.infer<typeof matterListQuery>;
