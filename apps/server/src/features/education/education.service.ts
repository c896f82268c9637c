import type { CourseCreate, MemberAccountInput, StudyPlanCreateInput } from '@jishi/shared';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../platform/actor.ts';
import { authorize } from '../../platform/authorize.ts';
import { AppError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { idsOnPath, scopeCovers } from '../../platform/org-scope.ts';
import { audited, auditWho, recordAudit } from '../audit/audit.service.ts';
import { requireUnit } from '../territory/territory.service.ts';
import { branchLimitOf, requireBranch } from '../party-orgs/party-orgs.service.ts';
import type { CourseTable } from './education.table.ts';
import { coverageShare } from './education.rules.ts';
import { courseToView } from './education.view.ts';
import * as repo from './education.repo.ts';
import { uploadMaterial } from '../party-life/files.service.ts';
import { nowIsoOf } from '../../platform/clock.ts';

export async function createCourse(deps: Deps, actor: Actor, input: CourseCreate) {
  authorize(actor, 'partylife:write');
  const unit = await requireUnit(deps.db, actor, input.unitId);
  if (input.quiz.some((q) => q.answer >= q.options.length))
    throw new AppError('VALIDATION', {
      issues: [{ code: 'custom', path: ['body', 'quiz'], message: 'validation.quizAnswers' }],
    });
  const now = nowIsoOf(deps.clock);
  const row: CourseTable = {
    id: newId(),
    unit_id: unit.id,
    title: input.title,
    kind: input.kind,
    body: input.body,
    file_key: null,
    file_type: null,
    minutes: input.minutes,
    quiz: JSON.stringify(input.quiz),
    created_by: actor.userId,
    created_at: now,
    updated_at: now,
  };
  await audited(
    deps,
    actor,
    {
      action: 'course.create',
      subjectType: 'course',
      subjectId: row.id,
      orgPath: unit.path,
      changes: { kind: row.kind, minutes: row.minutes, questions: input.quiz.length },
    },
    (trx) => repo.insertCourse(trx, row),
  );
  return courseToView(row);
}

/** Ancestors of the actor's scope unit (courses published above reach everyone below). */
export async function ancestorIds(deps: Deps, actor: Actor): Promise<string[]> {
  const unit = await requireUnit(deps.db, actor, actor.scopeUnitId).catch(() => null);
  return unit ? idsOnPath(unit.path) : [];
}

export async function listCourses(deps: Deps, actor: Actor) {
  authorize(actor, 'partylife:read');
  return { items: (await repo.listCourses(deps.db, actor.scope, await ancestorIds(deps, actor))).map(courseToView) };
}

export async function createPlan(deps: Deps, actor: Actor, input: StudyPlanCreateInput) {
  authorize(actor, 'partylife:write');
  const branch = await requireBranch(deps.db, actor, input.branchId);
  const visible = new Set(
    (await repo.listCourses(deps.db, actor.scope, await ancestorIds(deps, actor))).map((c) => c.id),
  );
  if (input.courseIds.some((id) => !visible.has(id))) throw new AppError('NOT_FOUND');
  const row = {
    id: newId(),
    branch_id: branch.id,
    year: input.year,
    title: input.title,
    course_ids: JSON.stringify([...new Set(input.courseIds)]),
    created_at: nowIsoOf(deps.clock),
  };
  await audited(
    deps,
    actor,
    {
      action: 'study_plan.create',
      subjectType: 'study_plan',
      subjectId: row.id,
      orgPath: branch.territory_path,
      changes: { year: row.year, courses: input.courseIds.length },
    },
    (trx) => repo.insertPlan(trx, row),
  );
  return {
    id: row.id,
    branchId: row.branch_id,
    year: row.year,
    title: row.title,
    courseIds: JSON.parse(row.course_ids) as string[],
  };
}

export async function listPlans(deps: Deps, actor: Actor, query: { branchId: string; year: number }) {
  authorize(actor, 'partylife:read');
  await requireBranch(deps.db, actor, query.branchId);
  const rows = await repo.listPlans(deps.db, query.branchId, query.year);
  return {
    items: rows.map((r) => ({
      id: r.id,
      branchId: r.branch_id,
      year: r.year,
      title: r.title,
      courseIds: JSON.parse(r.course_ids) as string[],
    })),
  };
}

export async function coverage(deps: Deps, actor: Actor, year: number) {
  authorize(actor, 'partylife:read');
  const rows = await repo.coverageRows(deps.db, actor.scope, year, branchLimitOf(actor));
  return {
    year,
    branches: rows.map((r) => ({
      branchId: r.branch_id,
      branchName: r.branch_name,
      members: Number(r.members),
      learners: Number(r.learners),
      completedMembers: Number(r.completed_members),
      minutes: Number(r.minutes),
      coverage: coverageShare(Number(r.learners), Number(r.members)),
    })),
  };
}

/** Links a sign-in account to a Party member (staff), so the member's own learning is recorded against them. */
export async function linkMemberAccount(deps: Deps, actor: Actor, input: MemberAccountInput) {
  authorize(actor, 'partylife:write');
  const member = await deps.db
    .selectFrom('party_members as m')
    .innerJoin('party_orgs as b', 'b.id', 'm.branch_id')
    .select('b.id as branch_id')
    .where('m.id', '=', input.memberId)
    .executeTakeFirst();
  const branch = await requireBranch(deps.db, actor, member?.branch_id ?? '00000000-0000-0000-0000-000000000000');
  const user = await deps.db
    .selectFrom('users as u')
    .innerJoin('org_units as o', 'o.id', 'u.scope_unit_id')
    .select(['u.id', 'u.role', 'o.path'])
    .where('u.id', '=', input.userId)
    .executeTakeFirst();
  if (!user || !scopeCovers(actor.scope, user.path)) throw new AppError('NOT_FOUND');
  if (user.role !== 'party_member') throw new AppError('CONFLICT');
  await audited(
    deps,
    actor,
    {
      action: 'member_account.link',
      subjectType: 'party_member',
      subjectId: input.memberId,
      orgPath: branch.territory_path,
      changes: { userId: input.userId },
    },
    (trx) =>
      repo.insertMemberAccount(trx, {
        user_id: input.userId,
        member_id: input.memberId,
        linked_at: nowIsoOf(deps.clock),
      }),
  );
  return { ok: true as const };
}

/** Attaches a study material (PDF or video, typed by its bytes) to a course in scope. */
export async function attachMaterial(deps: Deps, actor: Actor, courseId: string, body: unknown) {
  authorize(actor, 'partylife:write');
  const course = await repo.findCourse(deps.db, courseId);
  if (!course || !scopeCovers(actor.scope, course.unit_path)) throw new AppError('NOT_FOUND');
  const file = await uploadMaterial(deps, actor, body, course.unit_path, async (trx, stored) => {
    await repo.setMaterial(trx, course.id, stored.key, stored.contentType, nowIsoOf(deps.clock));
    await recordAudit(trx, deps, auditWho(actor), {
      action: 'course.material',
      subjectType: 'course',
      subjectId: course.id,
      orgPath: course.unit_path,
      changes: { contentType: stored.contentType },
    });
  });
  return courseToView({ ...course, file_key: file.key, file_type: file.contentType });
}
