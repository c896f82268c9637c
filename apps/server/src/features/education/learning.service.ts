import type { LearningProgressInput } from '@jishi/shared';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../platform/actor.ts';
import { authorize } from '../../platform/authorize.ts';
import { AppError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { scopeCovers } from '../../platform/org-scope.ts';
import { audited } from '../audit/audit.service.ts';
import { addLearningMinutes, scoreQuiz, type QuizQuestion } from './education.rules.ts';
import { courseToView, progressView } from './education.view.ts';
import * as repo from './education.repo.ts';
import { readFile } from '../party-life/files.service.ts';
import { nowIsoOf } from '../../platform/clock.ts';
import { ancestorIds } from './education.service.ts';

/** Learning (学习): a member's courses, progress and quiz answers, and reading a course's material. */
async function ownMember(deps: Deps, actor: Actor): Promise<string> {
  const link = await repo.memberOfUser(deps.db, actor.userId);
  if (!link) throw new AppError('NO_PROFILE');
  return link.member_id;
}

async function visibleCourse(deps: Deps, actor: Actor, id: string) {
  const course = await repo.findCourse(deps.db, id);
  if (
    !course ||
    !(scopeCovers(actor.scope, course.unit_path) || (await ancestorIds(deps, actor)).includes(course.unit_id))
  )
    throw new AppError('NOT_FOUND');
  return course;
}

export async function myCourses(deps: Deps, actor: Actor) {
  authorize(actor, 'study:self');
  const link = await repo.memberOfUser(deps.db, actor.userId);
  const records = link ? await repo.recordsOfMember(deps.db, link.member_id) : [];
  const byCourse = new Map(records.map((r) => [r.course_id, r]));
  const courses = await repo.listCourses(deps.db, actor.scope, await ancestorIds(deps, actor));
  return { items: courses.map((c) => ({ ...courseToView(c), progress: progressView(byCourse.get(c.id)) })) };
}

export async function recordProgress(deps: Deps, actor: Actor, courseId: string, input: LearningProgressInput) {
  authorize(actor, 'study:self');
  const course = await visibleCourse(deps, actor, courseId);
  const memberId = await ownMember(deps, actor);
  const now = nowIsoOf(deps.clock);
  const saved = await audited(
    deps,
    actor,
    {
      action: 'learning.progress',
      subjectType: 'course',
      subjectId: course.id,
      orgPath: course.unit_path,
      changes: { minutes: input.minutes, completed: input.completed },
    },
    async (trx) => {
      const current = await repo.findRecord(trx, course.id, memberId);
      if (!current) {
        const row = {
          id: newId(),
          course_id: course.id,
          member_id: memberId,
          minutes: Math.min(input.minutes, course.minutes * 3),
          completed: input.completed ? 1 : 0,
          quiz_score: null,
          created_at: now,
          updated_at: now,
        };
        await repo.insertRecord(trx, row);
        return row;
      }
      const patch = {
        minutes: addLearningMinutes(current.minutes, input.minutes, course.minutes),
        completed: current.completed === 1 || input.completed ? 1 : 0,
        updated_at: now,
      };
      await repo.updateRecord(trx, current.id, patch);
      return { ...current, ...patch };
    },
  );
  return progressView(saved);
}

export async function answerQuiz(deps: Deps, actor: Actor, courseId: string, answers: number[]) {
  authorize(actor, 'study:self');
  const course = await visibleCourse(deps, actor, courseId);
  const memberId = await ownMember(deps, actor);
  const result = scoreQuiz(JSON.parse(course.quiz) as QuizQuestion[], answers);
  if (!result)
    throw new AppError('VALIDATION', {
      issues: [{ code: 'custom', path: ['body', 'answers'], message: 'validation.quizAnswers' }],
    });
  const now = nowIsoOf(deps.clock);
  await audited(
    deps,
    actor,
    {
      action: 'learning.quiz',
      subjectType: 'course',
      subjectId: course.id,
      orgPath: course.unit_path,
      changes: { score: result.score },
    },
    async (trx) => {
      const current = await repo.findRecord(trx, course.id, memberId);
      if (current)
        await repo.updateRecord(trx, current.id, {
          quiz_score: Math.max(current.quiz_score ?? 0, result.score),
          updated_at: now,
        });
      else
        await repo.insertRecord(trx, {
          id: newId(),
          course_id: course.id,
          member_id: memberId,
          minutes: 0,
          completed: 0,
          quiz_score: result.score,
          created_at: now,
          updated_at: now,
        });
    },
  );
  return result;
}

/** A course's material for staff who may read it, or for a member whose courses include it. */
export async function material(deps: Deps, actor: Actor, courseId: string, self: boolean) {
  authorize(actor, self ? 'study:self' : 'partylife:read');
  const course = await visibleCourse(deps, actor, courseId);
  return readFile(deps, course.file_key);
}
