import { z } from 'zod';
import {
  zDate,
  zId,
  zMobile,
  zName,
  zOptText,
  zPage,
  zPaged,
  zPastDate,
  zReason,
  zText,
  zYear,
} from './common.schema.ts';

/** In-service members (在职党员到社区报到): posts, registration, service records, evaluations, feedback, joint units. */
/** How an in-service member registered: by themselves on the portal, or from a paper form. */
export const IN_SERVICE_SOURCES = ['self', 'paper'] as const;
export type InServiceSource = (typeof IN_SERVICE_SOURCES)[number];
export const EVALUATION_GRADES = ['excellent', 'good', 'fair', 'poor'] as const;
export type EvaluationGrade = (typeof EVALUATION_GRADES)[number];
export const servicePostBody = z.strictObject({ communityId: zId, name: zText(60), description: zOptText(500) });
export type ServicePostInput = z.infer<typeof servicePostBody>;
export const servicePostView = z.object({
  id: z.string(),
  communityId: z.string(),
  name: z.string(),
  description: z.string(),
});
const inServiceFields = {
  name: zName,
  phone: zMobile.optional(),
  workUnit: zText(100),
  workPartyOrg: zText(100),
  skills: zOptText(500),
  postId: zId,
};
/** communityId defaults to the caller's own community (the one their account belongs to). */
export const inServiceSelfBody = z.strictObject({ ...inServiceFields, communityId: zId.optional() });
export type InServiceSelf = z.infer<typeof inServiceSelfBody>;
export const inServicePaperBody = z.strictObject({ ...inServiceFields, communityId: zId, registeredOn: zPastDate });
export type InServicePaper = z.infer<typeof inServicePaperBody>;
export const inServiceGridBody = z.strictObject({ gridId: zId });
/** The community branch that receives the member (编入支部). */
export const inServiceBranchBody = z.strictObject({ branchId: zId });
export const inServiceRecordBody = z.strictObject({
  servedOn: zDate,
  description: zText(500),
  minutes: z
    .number()
    .int()
    .min(1)
    .max(24 * 60),
});
export type InServiceRecordInput = z.infer<typeof inServiceRecordBody>;
export const inServiceEvaluationBody = z.strictObject({
  year: zYear,
  grade: z.enum(EVALUATION_GRADES),
  comment: zOptText(500),
});
export type EvaluationCreate = z.infer<typeof inServiceEvaluationBody>;
export const inServiceView = z.object({
  id: z.string(),
  communityId: z.string(),
  name: z.string(),
  phoneMasked: z.string().nullable(),
  workUnit: z.string(),
  workPartyOrg: z.string(),
  skills: z.string(),
  postId: z.string(),
  postName: z.string(),
  gridId: z.string().nullable(),
  branchId: z.string().nullable(),
  branchName: z.string().nullable(),
  source: z.enum(IN_SERVICE_SOURCES),
  registeredOn: z.string(),
  serviceCount: z.number().int(),
  serviceMinutes: z.number().int(),
  evaluations: z.array(z.object({ year: z.number().int(), grade: z.enum(EVALUATION_GRADES), comment: z.string() })),
});
export const inServiceListQuery = z.object({
  communityId: zId.optional(),
  workUnit: z.string().trim().max(100).optional(),
});
/**
 * The feedback exports carry members' personal data: like the residents export, each is a POST whose body names
 * the reason (stored in the export's audit record) besides what to export.
 */
export const memberFeedbackBody = z.strictObject({ reason: zReason, year: zYear });
/** The overview workbook: every in-service member in the caller's scope, or of one work unit. */
export const feedbackBody = z.strictObject({
  reason: zReason,
  year: zYear,
  workUnit: z.string().trim().max(100).optional(),
});
/** The feedback to one employer: every in-service member of that work unit registered in the caller's scope. */
export const workUnitFeedbackBody = z.strictObject({ reason: zReason, year: zYear, workUnit: zText(100) });
/** Service records (服务记录) of in-service members: staff see their scope (optionally one member, one year). */
export const serviceRecordListQuery = zPage.extend({ memberId: zId.optional(), year: zYear.optional() });
export const serviceRecordView = z.object({
  id: z.string(),
  memberId: z.string(),
  memberName: z.string(),
  servedOn: z.string(),
  description: z.string(),
  minutes: z.number().int(),
});
export const serviceRecordPage = zPaged(serviceRecordView);
export const jointUnitBody = z.strictObject({
  communityId: zId,
  name: zText(100),
  partyOrg: zText(100),
  contactName: zName,
  commitments: zOptText(500),
  registeredOn: zDate,
});
export type JointUnitInput = z.infer<typeof jointUnitBody>;
export const jointUnitView = z.object({
  id: z.string(),
  communityId: z.string(),
  name: z.string(),
  partyOrg: z.string(),
  contactName: z.string(),
  commitments: z.string(),
  registeredOn: z.string(),
});
