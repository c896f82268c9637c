import type { ProposalStatus } from '@jishi/shared';
import type { Conn } from '../../db/schema.ts';
import type { OrgScope } from '../../platform/org-scope.ts';
import { pathInScope } from '../../db/scope-sql.ts';
import type { DecisionProposalTable } from './decisions.table.ts';

export type ProposalRow = DecisionProposalTable & { unit_path: string; unit_name: string };

const withUnit = (db: Conn) =>
  db
    .selectFrom('decision_proposals as p')
    .innerJoin('org_units as u', 'u.id', 'p.unit_id')
    .selectAll('p')
    .select(['u.path as unit_path', 'u.name as unit_name']);

export const findProposal = (db: Conn, id: string) => withUnit(db).where('p.id', '=', id).executeTakeFirst();
export const findProposals = (db: Conn, ids: string[]) =>
  withUnit(db)
    .where('p.id', 'in', ['', ...ids])
    .execute();

/** A page of proposals with support counts, whether `userId` supports each, and the proposer's display name. */
export async function listProposals(
  db: Conn,
  scope: OrgScope,
  userId: string,
  filter: { unitPath?: string; status?: ProposalStatus; ids?: string[] },
  page: number,
  pageSize: number,
) {
  let base = db
    .selectFrom('decision_proposals as p')
    .innerJoin('org_units as u', 'u.id', 'p.unit_id')
    .where(pathInScope('u.path', scope));
  if (filter.unitPath) base = base.where('u.path', 'like', `${filter.unitPath}%`);
  if (filter.status) base = base.where('p.status', '=', filter.status);
  if (filter.ids) base = base.where('p.id', 'in', ['', ...filter.ids]);
  const total = await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const rows = await base
    .leftJoin('users as pu', 'pu.id', 'p.proposer_id')
    .selectAll('p')
    .select(['u.name as unit_name', 'pu.display_name as proposer_name'])
    .select((eb) => [
      eb
        .selectFrom('decision_supports as s')
        .select((e) => e.fn.countAll<number>().as('n'))
        .whereRef('s.proposal_id', '=', 'p.id')
        .as('support_count'),
      eb
        .selectFrom('decision_supports as s')
        .select((e) => e.fn.countAll<number>().as('n'))
        .whereRef('s.proposal_id', '=', 'p.id')
        .where('s.user_id', '=', userId)
        .as('mine_count'),
    ])
    .orderBy('p.created_at', 'desc')
    .orderBy('p.id', 'desc')
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .execute();
  return { rows, total: Number(total.n) };
}

export const supportCounts = async (db: Conn, ids: string[]): Promise<Map<string, number>> => {
  const rows = await db
    .selectFrom('decision_supports')
    .select(['proposal_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('proposal_id', 'in', ['', ...ids])
    .groupBy('proposal_id')
    .execute();
  return new Map(rows.map((r) => [r.proposal_id, Number(r.n)]));
};

export const proposalsOfMatter = (db: Conn, matterId: string) =>
  db
    .selectFrom('decision_proposals')
    .select(['id', 'title'])
    .where('matter_id', '=', matterId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();

export const insertProposal = (db: Conn, row: DecisionProposalTable) =>
  db.insertInto('decision_proposals').values(row).execute();
export const updateProposals = (db: Conn, ids: string[], patch: Partial<DecisionProposalTable>) =>
  db
    .updateTable('decision_proposals')
    .set(patch)
    .where('id', 'in', ['', ...ids])
    .execute();
/** Adopts open proposals into a matter; returns how many were still open (a concurrent adoption leaves fewer). */
export async function adoptProposals(db: Conn, ids: string[], matterId: string, at: string): Promise<number> {
  const result = await db
    .updateTable('decision_proposals')
    .set({ status: 'adopted', matter_id: matterId, updated_at: at })
    .where('id', 'in', ['', ...ids])
    .where('status', '=', 'open')
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}
export const insertSupport = (db: Conn, proposalId: string, userId: string, at: string) =>
  db.insertInto('decision_supports').values({ proposal_id: proposalId, user_id: userId, created_at: at }).execute();
