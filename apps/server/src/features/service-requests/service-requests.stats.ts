import type { Conn } from '../../db/schema.ts';
import type { OrgScope } from '../../platform/org-scope.ts';
import { pathInScope } from '../../db/scope-sql.ts';

/** Service requests per community and status submitted within [from, to] (ISO instants), for dashboards. */
export const requestCounts = (db: Conn, scope: OrgScope, from: string, to: string) =>
  db
    .selectFrom('service_requests as q')
    .innerJoin('org_units as u', 'u.id', 'q.unit_id')
    .select(['q.unit_id', 'q.status', (eb) => eb.fn.countAll<number>().as('n')])
    .where(pathInScope('u.path', scope))
    .where('q.created_at', '>=', from)
    .where('q.created_at', '<=', to)
    .groupBy(['q.unit_id', 'q.status'])
    .execute();
