import type { FundTotalsView } from '@jishi/shared';
import type { Conn } from '../../db/schema.ts';
import type { OrgScope } from '../../platform/org-scope.ts';
import * as repo from './funds.repo.ts';

/** Allocated and spent fen per year, kind and recipient in scope, with totals per kind (for dashboards and the funds page). */
export async function fundTotals(db: Conn, scope: OrgScope, year?: number): Promise<FundTotalsView> {
  const { allocated, spent } = await repo.totals(db, scope, year);
  const key = (r: { year: number; kind: string; unit_id: string }) => `${r.year}|${r.kind}|${r.unit_id}`;
  const spentBy = new Map(spent.map((s) => [key(s), Number(s.spent)]));
  const rows = allocated.map((r) => ({
    year: r.year,
    kind: r.kind,
    unitId: r.unit_id,
    unitName: r.unit_name,
    allocatedFen: Number(r.allocated),
    spentFen: spentBy.get(key(r)) ?? 0,
  }));
  const kinds = [...new Set(rows.map((r) => r.kind))];
  const byKind = kinds.map((kind) => ({
    kind,
    allocatedFen: rows.filter((r) => r.kind === kind).reduce((s, r) => s + r.allocatedFen, 0),
    spentFen: rows.filter((r) => r.kind === kind).reduce((s, r) => s + r.spentFen, 0),
  }));
  return {
    rows,
    byKind,
    totalAllocatedFen: rows.reduce((s, r) => s + r.allocatedFen, 0),
    totalSpentFen: rows.reduce((s, r) => s + r.spentFen, 0),
  };
}
