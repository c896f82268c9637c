import type { GridPost, Role } from '@jishi/shared';
import type { Conn } from '../../db/schema.ts';
import type { OrgScope } from '../../platform/org-scope.ts';
import { pathInScope } from '../../db/scope-sql.ts';
import type { GridPostTable } from './grid.table.ts';

const base = (db: Conn) =>
  db
    .selectFrom('grid_posts as p')
    .innerJoin('org_units as g', 'g.id', 'p.grid_id')
    .innerJoin('users as u', 'u.id', 'p.user_id')
    .selectAll('p')
    .select(['g.name as grid_name', 'g.path as grid_path', 'u.display_name as user_name']);
export type PostRow = Awaited<ReturnType<ReturnType<typeof base>['executeTakeFirstOrThrow']>>;

export const listPosts = (db: Conn, scope: OrgScope, unitPath?: string) => {
  let q = base(db).where(pathInScope('g.path', scope)).where('g.valid_to', 'is', null);
  if (unitPath) q = q.where('g.path', 'like', `${unitPath}%`);
  return q.orderBy('g.path').orderBy('p.post').orderBy('u.display_name').execute();
};
export const findPost = (db: Conn, id: string) => base(db).where('p.id', '=', id).executeTakeFirst();
export const postsOfUser = (db: Conn, userId: string) =>
  base(db).where('p.user_id', '=', userId).where('g.valid_to', 'is', null).orderBy('g.path').execute();
export const holdsPost = (db: Conn, gridId: string, userId: string, post: GridPost) =>
  db
    .selectFrom('grid_posts')
    .select('id')
    .where('grid_id', '=', gridId)
    .where('user_id', '=', userId)
    .where('post', '=', post)
    .executeTakeFirst();
export const insertPost = (db: Conn, row: GridPostTable) => db.insertInto('grid_posts').values(row).execute();
export const deletePost = (db: Conn, id: string) => db.deleteFrom('grid_posts').where('id', '=', id).execute();

/** Specialist posts under a path (what is expected to report each day). */
export const specialistPosts = (db: Conn, scope: OrgScope, unitPath?: string) => {
  let q = base(db)
    .where(pathInScope('g.path', scope))
    .where('g.valid_to', 'is', null)
    .where('p.post', '=', 'specialist');
  if (unitPath) q = q.where('g.path', 'like', `${unitPath}%`);
  return q.orderBy('g.path').execute();
};

/** Roles that may hold grid posts (and be assigned cases from above the grid). */
export const STAFF_ROLES: Role[] = ['grid_worker', 'community_worker', 'community_secretary'];

/** Staff accounts who may hold posts: grid and community workers whose scope unit lies in the scope. */
export const staffInScope = (db: Conn, scope: OrgScope) =>
  db
    .selectFrom('users as u')
    .innerJoin('org_units as o', 'o.id', 'u.scope_unit_id')
    .select(['u.id', 'u.display_name as name', 'u.role', 'o.name as unit_name', 'o.path'])
    .where(pathInScope('o.path', scope))
    .where('u.disabled', '=', 0)
    .where('u.role', 'in', STAFF_ROLES)
    .orderBy('o.path')
    .orderBy('u.display_name')
    .execute();

export const findStaff = (db: Conn, userId: string) =>
  db
    .selectFrom('users as u')
    .innerJoin('org_units as o', 'o.id', 'u.scope_unit_id')
    .select(['u.id', 'u.role', 'u.display_name', 'o.path'])
    .where('u.id', '=', userId)
    .executeTakeFirst();

/** Active holders of posts in the grid, one row per post. */
export const postHoldersOf = (db: Conn, gridId: string) =>
  db
    .selectFrom('grid_posts as p')
    .innerJoin('users as u', 'u.id', 'p.user_id')
    .innerJoin('org_units as o', 'o.id', 'u.scope_unit_id')
    .select(['u.id', 'u.display_name as name', 'o.name as unit_name', 'p.post'])
    .where('p.grid_id', '=', gridId)
    .where('u.disabled', '=', 0)
    .orderBy('u.display_name')
    .orderBy('u.id')
    .execute();

/** Active staff whose own scope unit is one of `unitPaths` (the grid and the units above it), and `alsoUserId` whatever their role. */
export const staffCovering = (db: Conn, unitPaths: string[], alsoUserId: string) =>
  db
    .selectFrom('users as u')
    .innerJoin('org_units as o', 'o.id', 'u.scope_unit_id')
    .select(['u.id', 'u.display_name as name', 'o.name as unit_name'])
    .where('o.path', 'in', unitPaths)
    .where('u.disabled', '=', 0)
    .where((eb) => eb.or([eb('u.role', 'in', STAFF_ROLES), eb('u.id', '=', alsoUserId)]))
    .orderBy('o.path')
    .orderBy('u.display_name')
    .orderBy('u.id')
    .execute();
