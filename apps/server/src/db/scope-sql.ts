import { sql, type RawBuilder, type SqlBool } from 'kysely';
import type { OrgScope } from '../platform/org-scope.ts';

/** `column` (a materialized path) lies inside one of the scope's subtrees. Empty scope → nothing. */
export function pathInScope(column: string, scope: OrgScope): RawBuilder<SqlBool> {
  if (scope.paths.length === 0) return sql<SqlBool>`1 = 0`;
  const parts = scope.paths.map((p) => sql`${sql.ref(column)} LIKE ${`${p}%`}`);
  return sql<SqlBool>`(${sql.join(parts, sql` OR `)})`;
}

/**
 * `column` (a Party-org materialized path) lies in one branch's subtree: a branch secretary's reach.
 * `null` (a branch secretary linked to no branch) matches nothing; `undefined` (any other role) does not limit.
 */
export function pathInBranch(column: string, branchId: string | null | undefined): RawBuilder<SqlBool> {
  if (branchId === undefined) return sql<SqlBool>`1 = 1`;
  if (branchId === null) return sql<SqlBool>`1 = 0`;
  return sql<SqlBool>`${sql.ref(column)} LIKE ${`%/${branchId}/%`}`;
}
