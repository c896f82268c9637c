/**
 * Spending against an allocation: the total spent may never exceed the allocation plus what explicit
 * over-budget approvals added. An expenditure that goes beyond the allocation itself (but within the
 * approved extra) is allowed and flagged.
 */
export function checkExpenditure(
  allocationFen: number,
  approvedExtraFen: number,
  spentFen: number,
  amountFen: number,
): { ok: true; beyondAllocation: boolean } | { ok: false } {
  const after = spentFen + amountFen;
  if (!Number.isSafeInteger(after) || after > allocationFen + approvedExtraFen) return { ok: false };
  return { ok: true, beyondAllocation: after > allocationFen };
}
