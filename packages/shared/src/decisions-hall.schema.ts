import { z } from 'zod';
import { zDate, zId, zPage } from './common.schema.ts';
import { zPublicText } from './public-text.ts';
import { PROPOSAL_STATUSES, zMonth } from './decisions.schema.ts';

/** The deliberation hall (议事厅): residents' proposals, closed periods, the tally and the calendar. */
export const proposalCreateBody = z.strictObject({ unitId: zId, title: zPublicText(100), content: zPublicText(2000) });
export type ProposalCreateInput = z.infer<typeof proposalCreateBody>;
export const proposalView = z.object({
  id: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  title: z.string(),
  content: z.string(),
  status: z.enum(PROPOSAL_STATUSES),
  supportCount: z.number().int(),
  supportedByMe: z.boolean(),
  mine: z.boolean(),
  proposerName: z.string().nullable(),
  matterId: z.string().nullable(),
  declineReason: z.string().nullable(),
  createdAt: z.string(),
});
export const proposalListQuery = zPage.extend({ unitId: zId.optional(), status: z.enum(PROPOSAL_STATUSES).optional() });
export type ProposalListQuery = z.infer<typeof proposalListQuery>;

export const periodCloseBody = z.strictObject({ unitId: zId, month: zMonth });
export type PeriodCloseInput = z.infer<typeof periodCloseBody>;
export const periodView = z.object({
  id: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  month: z.string(),
  closedAt: z.string(),
});
export const periodListQuery = z.object({ unitId: zId.optional() });

export const tallyQuery = z.object({ from: zDate.optional(), to: zDate.optional(), unitId: zId.optional() });
export const tallyView = z.object({
  from: z.string(),
  to: z.string(),
  opened: z.number().int(),
  solved: z.number().int(),
  perUnit: z.array(
    z.object({
      unitId: z.string(),
      name: z.string(),
      kind: z.string(),
      opened: z.number().int(),
      solved: z.number().int(),
    }),
  ),
});
export const calendarQuery = z.object({ since: zDate.optional() });
