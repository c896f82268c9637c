import type { Conn } from '../../db/schema.ts';
import type { OrgScope } from '../../platform/org-scope.ts';
import { pathInScope } from '../../db/scope-sql.ts';

/** Every unit in the scope (merged ones too: their records still count where they now lie). */
export const unitsInScope = (db: Conn, scope: OrgScope) =>
  db
    .selectFrom('org_units')
    .select(['id', 'parent_id', 'kind', 'name', 'path', 'valid_to', 'boundary'])
    .where(pathInScope('path', scope))
    .orderBy('path')
    .execute();
