import type { EvaluationCreate, ServicePostInput } from '@jishi/shared';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../platform/actor.ts';
import { authorize, inScope } from '../../platform/authorize.ts';
import { AppError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { nowIsoOf } from '../../platform/clock.ts';
import { today } from '../../platform/local-date.ts';
import { sealPhone } from '../residents/residents.service.ts';
import { ownCommunity, requireCommunity, requireGrid } from '../territory/territory.service.ts';
import { audited } from '../audit/audit.service.ts';
import { requireBranch } from '../party-orgs/party-orgs.service.ts';
import { assertInBranch, branchLimitOf } from '../party-orgs/party-orgs.service.ts';
import type { InServiceMemberTable } from './in-service.table.ts';
import { memberToView } from './in-service.view.ts';
import * as repo from './in-service.repo.ts';

export async function createPost(deps: Deps, actor: Actor, input: ServicePostInput) {
  authorize(actor, 'volunteer:write');
  const community = await requireCommunity(deps.db, actor, input.communityId, { at: ['body', 'communityId'] });
  const row = {
    id: newId(),
    community_id: community.id,
    name: input.name,
    description: input.description,
    created_at: nowIsoOf(deps.clock),
  };
  await audited(
    deps,
    actor,
    { action: 'service_post.create', subjectType: 'service_post', subjectId: row.id, orgPath: community.path },
    (trx) => repo.insertPost(trx, row),
  );
  return { id: row.id, communityId: row.community_id, name: row.name, description: row.description };
}

const postView = (p: { id: string; community_id: string; name: string; description: string }) => ({
  id: p.id,
  communityId: p.community_id,
  name: p.name,
  description: p.description,
});

export async function listPosts(deps: Deps, actor: Actor, communityId: string) {
  authorize(actor, 'volunteer:read');
  const community = await requireCommunity(deps.db, actor, communityId, {
    at: ['query', 'communityId'],
    inForce: false,
  });
  return { items: (await repo.postsOf(deps.db, community.id)).map(postView) };
}

/** The service-post menu of the caller's own community (for self-registration). */
export async function myPosts(deps: Deps, actor: Actor, communityId?: string) {
  authorize(actor, 'volunteer:self');
  const community = await ownCommunity(deps.db, actor, communityId, false);
  return { items: (await repo.postsOf(deps.db, community.id)).map(postView) };
}

export interface RegistrationInput {
  name: string;
  phone?: string;
  workUnit: string;
  workPartyOrg: string;
  skills: string;
  postId: string;
}

async function register(
  deps: Deps,
  actor: Actor,
  community: { id: string; path: string },
  input: RegistrationInput,
  source: 'self' | 'paper',
  registeredOn: string,
) {
  const post = await repo.findPost(deps.db, input.postId);
  if (!post || post.community_id !== community.id) throw new AppError('NOT_FOUND');
  const now = nowIsoOf(deps.clock);
  const row: InServiceMemberTable = {
    id: newId(),
    community_id: community.id,
    user_id: source === 'self' ? actor.userId : null,
    name: input.name,
    ...sealPhone(deps.cipher, input.phone ?? null),
    work_unit: input.workUnit,
    work_party_org: input.workPartyOrg,
    skills: input.skills,
    post_id: post.id,
    grid_id: null,
    branch_id: null,
    source,
    registered_on: registeredOn,
    demo: 0,
    created_at: now,
    updated_at: now,
  };
  await audited(
    deps,
    actor,
    {
      action: 'in_service.register',
      subjectType: 'in_service_member',
      subjectId: row.id,
      orgPath: community.path,
      changes: { source, postId: post.id, workUnit: row.work_unit },
    },
    (trx) => repo.insertMember(trx, row),
  );
  return memberToView(
    {
      ...row,
      community_path: community.path,
      community_name: '',
      post_name: post.name,
      branch_path: null,
      branch_name: null,
      service_count: 0,
      service_minutes: 0,
    },
    [],
  );
}

/** An in-service member reports to the community they live in (their own account's community). */
export async function registerSelf(deps: Deps, actor: Actor, input: RegistrationInput & { communityId?: string }) {
  authorize(actor, 'volunteer:self');
  const community = await ownCommunity(deps.db, actor, input.communityId);
  if (await repo.memberOfUser(deps.db, actor.userId)) throw new AppError('DUPLICATE');
  return register(deps, actor, community, input, 'self', today(deps.clock));
}

/** The community registers a member from a paper form. */
export async function registerFromPaper(
  deps: Deps,
  actor: Actor,
  input: RegistrationInput & { communityId: string; registeredOn: string },
) {
  authorize(actor, 'volunteer:write');
  const community = await requireCommunity(deps.db, actor, input.communityId, { at: ['body', 'communityId'] });
  return register(deps, actor, community, input, 'paper', input.registeredOn);
}

export async function myRegistration(deps: Deps, actor: Actor) {
  authorize(actor, 'volunteer:self');
  const m = await repo.memberOfUser(deps.db, actor.userId);
  if (!m) throw new AppError('NOT_FOUND');
  return memberToView(m, await repo.evaluationsOf(deps.db, [m.id]));
}

/**
 * A member the caller may reach: registered in their territorial scope and, for a branch secretary, received by
 * their own branch (the same reach as the Party-life records); 404 otherwise.
 */
async function requireMember(deps: Deps, actor: Actor, id: string) {
  const m = inScope(actor, await repo.findMember(deps.db, id), (x) => x.community_path);
  assertInBranch(actor, m.branch_path);
  return m;
}

export async function listMembers(deps: Deps, actor: Actor, query: { communityId?: string; workUnit?: string }) {
  authorize(actor, 'volunteer:read');
  const communityPath = query.communityId
    ? (await requireCommunity(deps.db, actor, query.communityId, { at: ['query', 'communityId'], inForce: false })).path
    : undefined;
  const rows = await repo.listMembers(deps.db, actor.scope, {
    communityPath,
    workUnit: query.workUnit,
    onlyBranchId: branchLimitOf(actor),
  });
  const evaluations = await repo.evaluationsOf(
    deps.db,
    rows.map((r) => r.id),
  );
  return { items: rows.map((r) => memberToView(r, evaluations)) };
}

export async function assignGrid(deps: Deps, actor: Actor, id: string, gridId: string) {
  authorize(actor, 'volunteer:write');
  const m = await requireMember(deps, actor, id);
  const grid = await requireGrid(deps.db, actor, gridId);
  if (!grid.path.startsWith(m.community_path)) throw new AppError('INVALID_MOVE');
  await audited(
    deps,
    actor,
    {
      action: 'in_service.assign_grid',
      subjectType: 'in_service_member',
      subjectId: id,
      orgPath: m.community_path,
      changes: { gridId },
    },
    (trx) => repo.updateMember(trx, id, { grid_id: grid.id, updated_at: nowIsoOf(deps.clock) }),
  );
  return memberToView({ ...m, grid_id: grid.id }, await repo.evaluationsOf(deps.db, [id]));
}

/** The community places the member in one of its branches (编入支部); the branch must belong to the member's community. */
export async function assignBranch(deps: Deps, actor: Actor, id: string, branchId: string) {
  authorize(actor, 'volunteer:write');
  const m = await requireMember(deps, actor, id);
  const branch = await requireBranch(deps.db, actor, branchId);
  if (!branch.territory_path.startsWith(m.community_path)) {
    throw new AppError('VALIDATION', {
      issues: [{ code: 'custom', path: ['body', 'branchId'], message: 'validation.memberBranch' }],
    });
  }
  await audited(
    deps,
    actor,
    {
      action: 'in_service.assign_branch',
      subjectType: 'in_service_member',
      subjectId: id,
      orgPath: m.community_path,
      changes: { branchId: branch.id },
    },
    (trx) => repo.updateMember(trx, id, { branch_id: branch.id, updated_at: nowIsoOf(deps.clock) }),
  );
  return memberToView(
    { ...m, branch_id: branch.id, branch_path: branch.path, branch_name: branch.name },
    await repo.evaluationsOf(deps.db, [id]),
  );
}

/** The community's yearly evaluation (one per member and year; a second one for the year is a 409). */
export async function evaluate(deps: Deps, actor: Actor, id: string, input: EvaluationCreate) {
  authorize(actor, 'volunteer:write');
  const m = await requireMember(deps, actor, id);
  const row = {
    id: newId(),
    member_id: id,
    year: input.year,
    grade: input.grade,
    comment: input.comment,
    evaluated_by: actor.userId,
    created_at: nowIsoOf(deps.clock),
  };
  await audited(
    deps,
    actor,
    {
      action: 'in_service.evaluate',
      subjectType: 'in_service_member',
      subjectId: id,
      orgPath: m.community_path,
      changes: { year: row.year, grade: row.grade },
    },
    (trx) => repo.insertEvaluation(trx, row),
  );
  return memberToView(m, await repo.evaluationsOf(deps.db, [id]));
}

export { requireMember };
