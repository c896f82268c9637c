import type { Role } from '@jishi/shared';
import type { Conn } from '../../db/schema.ts';
import { subdistrictIdOf } from '../../platform/org-scope.ts';

/** Users joined with the materialized path of their scope unit (scope checks and audit paths). */
export const usersWithScopePath = (db: Conn) =>
  db
    .selectFrom('users as u')
    .innerJoin('org_units as s', 's.id', 'u.scope_unit_id')
    .selectAll('u')
    .select('s.path as scope_path');

export type UserWithPath = NonNullable<Awaited<ReturnType<ReturnType<typeof usersWithScopePath>['executeTakeFirst']>>>;

export const findUserWithPath = (db: Conn, id: string) =>
  usersWithScopePath(db).where('u.id', '=', id).executeTakeFirst();

/** The subdistrict part of a materialized path ('/sub/community/grid/' → '/sub/'). */
export const subdistrictPrefix = (path: string): string => `/${subdistrictIdOf(path)}/`;

/**
 * Active (not disabled) holders of a role whose scope lies in the subdistrict, other than one account. With `lock`
 * (engines with row locks) every holder's row is locked in id order first, so two transactions that each remove a
 * different holder run one after the other and the second sees the first's change.
 */
export async function otherActiveHolders(
  db: Conn,
  role: Role,
  prefix: string,
  exceptId: string,
  lock: boolean,
): Promise<number> {
  let q = db
    .selectFrom('users as u')
    .innerJoin('org_units as s', 's.id', 'u.scope_unit_id')
    .select('u.id')
    .where('u.role', '=', role)
    .where('u.disabled', '=', 0)
    .where('s.path', 'like', `${prefix}%`)
    .orderBy('u.id');
  if (lock) q = q.forUpdate('u');
  const rows = await q.execute();
  return rows.filter((r) => r.id !== exceptId).length;
}

/** Enabled accounts whose scope unit is one of these (a post's holders are among them). */
export const activeUsersOfUnits = (db: Conn, unitIds: readonly string[]) =>
  db
    .selectFrom('users')
    .select(['id', 'role', 'scope_unit_id'])
    .where('scope_unit_id', 'in', unitIds as string[])
    .where('disabled', '=', 0)
    .execute();
