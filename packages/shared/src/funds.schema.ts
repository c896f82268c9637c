import { z } from 'zod';
import { zDate, zId, zText } from './common.schema.ts';

/** Funds (经费): allocations per year and kind, expenditures against them, explicit over-budget approvals. Money is integer fen. */
export const FUND_KINDS = ['community_construction', 'party_building', 'service_project', 'other'] as const; // 社区建设专项 / 党建专项 / 服务项目 / 其他
export type FundKind = (typeof FUND_KINDS)[number];

export const zFen = z.number().int().min(1).max(1_000_000_000_00);

export const allocationBody = z.strictObject({
  recipientUnitId: zId,
  year: z.number().int().min(2000).max(2100),
  kind: z.enum(FUND_KINDS),
  purpose: zText(200),
  amountFen: zFen,
  allocatedOn: zDate,
});
export type AllocationInput = z.infer<typeof allocationBody>;
export const expenditureBody = z.strictObject({
  amountFen: zFen,
  spentOn: zDate,
  purpose: zText(200),
  projectId: zId.nullable().default(null),
});
export type ExpenditureInput = z.infer<typeof expenditureBody>;
export const budgetApprovalBody = z.strictObject({
  extraFen: zFen,
  reason: z.string().trim().min(4, { message: 'validation.reason' }).max(200),
});
export type BudgetApprovalInput = z.infer<typeof budgetApprovalBody>;
export const allocationView = z.object({
  id: z.string(),
  ownerUnitId: z.string(),
  recipientUnitId: z.string(),
  recipientName: z.string(),
  year: z.number().int(),
  kind: z.enum(FUND_KINDS),
  purpose: z.string(),
  amountFen: z.number().int(),
  allocatedOn: z.string(),
  approvedExtraFen: z.number().int(),
  spentFen: z.number().int(),
  remainingFen: z.number().int(),
  expenditures: z.array(
    z.object({
      id: z.string(),
      amountFen: z.number().int(),
      spentOn: z.string(),
      purpose: z.string(),
      projectId: z.string().nullable(),
      beyondAllocation: z.boolean(),
    }),
  ),
  approvals: z.array(
    z.object({ id: z.string(), extraFen: z.number().int(), reason: z.string(), approvedAt: z.string() }),
  ),
});
export type AllocationView = z.infer<typeof allocationView>;
export const allocationListQuery = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  kind: z.enum(FUND_KINDS).optional(),
  unitId: zId.optional(),
});
export const fundTotalsQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() });
export const fundTotalsView = z.object({
  rows: z.array(
    z.object({
      year: z.number().int(),
      kind: z.enum(FUND_KINDS),
      unitId: z.string(),
      unitName: z.string(),
      allocatedFen: z.number().int(),
      spentFen: z.number().int(),
    }),
  ),
  byKind: z.array(z.object({ kind: z.enum(FUND_KINDS), allocatedFen: z.number().int(), spentFen: z.number().int() })),
  totalAllocatedFen: z.number().int(),
  totalSpentFen: z.number().int(),
});
export type FundTotalsView = z.infer<typeof fundTotalsView>;
/** For supervision: expenditures that went beyond their allocation under an approval. */
export const overBudgetView = z.array(
  z.object({
    allocationId: z.string(),
    recipientName: z.string(),
    kind: z.enum(FUND_KINDS),
    year: z.number().int(),
    amountFen: z.number().int(),
    spentFen: z.number().int(),
    approvedExtraFen: z.number().int(),
  }),
);
