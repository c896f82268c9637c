import type { FundKind } from '@jishi/shared';
import type { Conn } from '../../db/schema.ts';
import type { OrgScope } from '../../platform/org-scope.ts';
import { pathInScope } from '../../db/scope-sql.ts';
import type { AllocationTable, BudgetApprovalTable, ExpenditureTable } from './funds.table.ts';

const withRecipient = (db: Conn) =>
  db.selectFrom('fund_allocations as a').innerJoin('org_units as u', 'u.id', 'a.recipient_unit_id');

export const findAllocation = (db: Conn, id: string) =>
  withRecipient(db)
    .selectAll('a')
    .select(['u.path as unit_path', 'u.name as unit_name'])
    .where('a.id', '=', id)
    .executeTakeFirst();
export type AllocationRow = NonNullable<Awaited<ReturnType<typeof findAllocation>>>;

export const listAllocations = (
  db: Conn,
  scope: OrgScope,
  f: { unitPath?: string; year?: number; kind?: FundKind },
) => {
  let q = withRecipient(db)
    .selectAll('a')
    .select(['u.path as unit_path', 'u.name as unit_name'])
    .where(pathInScope('u.path', scope));
  if (f.unitPath) q = q.where('u.path', 'like', `${f.unitPath}%`);
  if (f.year !== undefined) q = q.where('a.year', '=', f.year);
  if (f.kind) q = q.where('a.kind', '=', f.kind);
  return q.orderBy('a.year', 'desc').orderBy('u.path').orderBy('a.allocated_on').execute();
};

export const expendituresOf = (db: Conn, ids: string[]) =>
  ids.length === 0
    ? Promise.resolve([] as ExpenditureTable[])
    : db
        .selectFrom('fund_expenditures')
        .selectAll()
        .where('allocation_id', 'in', ids)
        .orderBy('spent_on')
        .orderBy('id')
        .execute();
export const approvalsOf = (db: Conn, ids: string[]) =>
  ids.length === 0
    ? Promise.resolve([] as BudgetApprovalTable[])
    : db
        .selectFrom('fund_budget_approvals')
        .selectAll()
        .where('allocation_id', 'in', ids)
        .orderBy('approved_at')
        .execute();

/** Locks the allocation (row lock where the engine has one; otherwise writers are serialised) and sums what was spent and approved. */
export async function lockedTotals(db: Conn, id: string, forUpdate: boolean) {
  let q = db.selectFrom('fund_allocations').select(['amount_fen']).where('id', '=', id);
  if (forUpdate) q = q.forUpdate();
  const a = await q.executeTakeFirstOrThrow();
  const spent = await db
    .selectFrom('fund_expenditures')
    .select((eb) => eb.fn.sum<number>('amount_fen').as('n'))
    .where('allocation_id', '=', id)
    .executeTakeFirst();
  const extra = await db
    .selectFrom('fund_budget_approvals')
    .select((eb) => eb.fn.sum<number>('extra_fen').as('n'))
    .where('allocation_id', '=', id)
    .executeTakeFirst();
  return { amountFen: Number(a.amount_fen), spentFen: Number(spent?.n ?? 0), extraFen: Number(extra?.n ?? 0) };
}

export const insertAllocation = (db: Conn, row: AllocationTable) =>
  db.insertInto('fund_allocations').values(row).execute();
export const insertExpenditure = (db: Conn, row: ExpenditureTable) =>
  db.insertInto('fund_expenditures').values(row).execute();
export const insertApproval = (db: Conn, row: BudgetApprovalTable) =>
  db.insertInto('fund_budget_approvals').values(row).execute();

/** Allocated and spent per year, kind and recipient, in scope (two grouped queries). */
export async function totals(db: Conn, scope: OrgScope, year?: number) {
  let a = withRecipient(db)
    .select([
      'a.year',
      'a.kind',
      'a.recipient_unit_id as unit_id',
      'u.name as unit_name',
      (eb) => eb.fn.sum<number>('a.amount_fen').as('allocated'),
    ])
    .where(pathInScope('u.path', scope));
  if (year !== undefined) a = a.where('a.year', '=', year);
  const allocated = await a
    .groupBy(['a.year', 'a.kind', 'a.recipient_unit_id', 'u.name', 'u.path'])
    .orderBy('a.year')
    .orderBy('u.path')
    .execute();
  let s = withRecipient(db)
    .innerJoin('fund_expenditures as e', 'e.allocation_id', 'a.id')
    .select([
      'a.year',
      'a.kind',
      'a.recipient_unit_id as unit_id',
      (eb) => eb.fn.sum<number>('e.amount_fen').as('spent'),
    ])
    .where(pathInScope('u.path', scope));
  if (year !== undefined) s = s.where('a.year', '=', year);
  const spent = await s.groupBy(['a.year', 'a.kind', 'a.recipient_unit_id']).execute();
  return { allocated, spent };
}
