import { sql, type RawBuilder, type SqlBool } from 'kysely';
import type { OrgScope } from '../platform/org-scope.ts';

/** `column` (a materialized path) lies inside one of the scope's subtrees. Empty scope → nothing. */
export function pathInScope(column: string, scope: OrgScope): RawBuilder<SqlBool> {
  if (scope.paths.length === 0) return sql<SqlBool>`1 = 0`;
  const parts = scope.paths.map((p) => sql`${sql.ref(column)} LIKE ${`${p}%`}`);
  return sql<SqlBool>`(${sql.join(parts, sql` OR `)})`;
}
