import type { GridPost, PostCreateInput } from '@jishi/shared';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../platform/actor.ts';
import { assertInScope, authorize } from '../../platform/authorize.ts';
import { AppError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { nowIsoOf } from '../../platform/clock.ts';
import { translateDbError } from '../../db/dialect.ts';
import { auditWho, recordAudit } from '../audit/audit.service.ts';
import { requireGrid, requireUnit } from '../territory/territory.service.ts';
import { idsOnPath } from '../../platform/org-scope.ts';
import * as repo from './posts.repo.ts';
import { localDay } from '../../platform/local-date.ts';
import { syncTodos } from '../todos/todos.service.ts';
import { reportDueKind, reportSubject } from './grid.todos.ts';

/** Posts in grids (网格长 leader, 网格员 worker, 矛盾排查专员 specialist); one person may hold posts in several grids. */
export const postView = (p: repo.PostRow) => ({
  id: p.id,
  gridId: p.grid_id,
  gridName: p.grid_name,
  userId: p.user_id,
  userName: p.user_name,
  post: p.post,
  since: p.since,
});

export async function listPosts(deps: Deps, actor: Actor, query: { unitId?: string }) {
  authorize(actor, 'grid:read');
  const unitPath = query.unitId ? (await requireUnit(deps.db, actor, query.unitId)).path : undefined;
  return { items: (await repo.listPosts(deps.db, actor.scope, unitPath)).map(postView) };
}

export async function listStaff(deps: Deps, actor: Actor) {
  authorize(actor, 'grid:manage');
  return {
    items: (await repo.staffInScope(deps.db, actor.scope)).map((u) => ({
      id: u.id,
      name: u.name,
      role: u.role,
      unitName: u.unit_name,
    })),
  };
}

/** The person must be a grid or community worker whose own scope covers the grid (so they can see what they report on). */
/** `now` is the server clock; only the demo seed passes another (posts held since an earlier day). */
export async function assignPost(deps: Deps, actor: Actor, input: PostCreateInput, now = nowIsoOf(deps.clock)) {
  authorize(actor, 'grid:manage');
  const grid = await requireGrid(deps.db, actor, input.gridId);
  const staff = await repo.findStaff(deps.db, input.userId);
  assertInScope(actor, staff?.path);
  if (!staff || !repo.STAFF_ROLES.includes(staff.role) || !grid.path.startsWith(staff.path)) {
    throw new AppError('VALIDATION', {
      issues: [{ code: 'custom', path: ['body', 'userId'], message: 'validation.assignee' }],
    });
  }
  const id = newId();
  await deps.db
    .transaction()
    .execute(async (trx) => {
      await repo.insertPost(trx, {
        id,
        grid_id: grid.id,
        user_id: input.userId,
        post: input.post,
        since: localDay(now),
        created_by: actor.userId,
        created_at: now,
      });
      await recordAudit(trx, deps, auditWho(actor), {
        action: 'grid.post.assign',
        subjectType: 'grid_post',
        subjectId: id,
        orgPath: grid.path,
        changes: { userId: input.userId, post: input.post },
      });
      await syncTodos(trx, reportDueKind, { subjectIds: [reportSubject(grid.id, input.userId)] }, now);
    })
    .catch((e: unknown) => {
      throw translateDbError(e);
    });
  return postView((await repo.findPost(deps.db, id)) as repo.PostRow);
}

export async function endPost(deps: Deps, actor: Actor, id: string) {
  authorize(actor, 'grid:manage');
  const post = await repo.findPost(deps.db, id);
  assertInScope(actor, post?.grid_path);
  const p = post as repo.PostRow;
  await deps.db.transaction().execute(async (trx) => {
    await repo.deletePost(trx, id);
    await recordAudit(trx, deps, auditWho(actor), {
      action: 'grid.post.end',
      subjectType: 'grid_post',
      subjectId: id,
      orgPath: p.grid_path,
      changes: { userId: p.user_id, post: p.post, since: p.since },
    });
    await syncTodos(trx, reportDueKind, { subjectIds: [reportSubject(p.grid_id, p.user_id)] }, nowIsoOf(deps.clock));
  });
  return { ok: true as const };
}

export const postsOf = (deps: Deps, userId: string) => repo.postsOfUser(deps.db, userId);
export const holdsSpecialistPost = async (deps: Deps, gridId: string, userId: string) =>
  Boolean(await repo.holdsPost(deps.db, gridId, userId, 'specialist'));
export const specialistPosts = repo.specialistPosts;
export const findStaff = repo.findStaff;

/**
 * The people of a grid a case there could go to: post holders (with their posts) and staff whose own unit is the
 * grid or above it (plus the caller, e.g. a subdistrict admin taking it on), each once.
 */
export async function gridPeople(deps: Deps, grid: { id: string; path: string }, callerId: string) {
  const paths = idsOnPath(grid.path).map((_, i, ids) => `/${ids.slice(0, i + 1).join('/')}/`);
  const [holders, staff] = await Promise.all([
    repo.postHoldersOf(deps.db, grid.id),
    repo.staffCovering(deps.db, paths, callerId),
  ]);
  const people = new Map<
    string,
    { id: string; name: string; unitName: string; posts: GridPost[]; coversGrid: boolean }
  >();
  for (const h of holders) {
    const p = people.get(h.id) ?? { id: h.id, name: h.name, unitName: h.unit_name, posts: [], coversGrid: false };
    p.posts.push(h.post);
    people.set(h.id, p);
  }
  for (const s of staff)
    people.set(s.id, {
      ...(people.get(s.id) ?? { id: s.id, name: s.name, unitName: s.unit_name, posts: [] }),
      coversGrid: true,
    });
  return [...people.values()];
}
