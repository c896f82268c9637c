import { z } from 'zod';
import { zId, zOptText, zText, zYear } from './common.schema.ts';

/** Education platform (党员教育): courses, study plans, progress and quizzes, coverage per branch. */
export const COURSE_KINDS = ['article', 'pdf', 'video'] as const;
export type CourseKind = (typeof COURSE_KINDS)[number];
export const quizQuestion = z.strictObject({
  question: zText(200),
  options: z.array(zText(100)).min(2).max(6),
  answer: z.number().int().min(0).max(5),
});
export const courseCreateBody = z.strictObject({
  unitId: zId,
  title: zText(100),
  kind: z.enum(COURSE_KINDS),
  body: zOptText(20000),
  minutes: z.number().int().min(1).max(600),
  quiz: z.array(quizQuestion).max(20).default([]),
});
export type CourseCreate = z.infer<typeof courseCreateBody>;
export const courseView = z.object({
  id: z.string(),
  unitId: z.string(),
  title: z.string(),
  kind: z.enum(COURSE_KINDS),
  body: z.string(),
  hasFile: z.boolean(),
  minutes: z.number().int(),
  questions: z.array(z.object({ question: z.string(), options: z.array(z.string()) })),
});
export const myCourseView = courseView.extend({
  progress: z.object({ minutes: z.number().int(), completed: z.boolean(), quizScore: z.number().int().nullable() }),
});
export const studyPlanCreateBody = z.strictObject({
  branchId: zId,
  year: zYear,
  title: zText(100),
  courseIds: z.array(zId).min(1).max(50),
});
export type StudyPlanCreateInput = z.infer<typeof studyPlanCreateBody>;
export const studyPlanView = z.object({
  id: z.string(),
  branchId: z.string(),
  year: z.number().int(),
  title: z.string(),
  courseIds: z.array(z.string()),
});
export const learningProgressBody = z.strictObject({
  minutes: z.number().int().min(1).max(600),
  completed: z.boolean().default(false),
});
export type LearningProgressInput = z.infer<typeof learningProgressBody>;
export const quizAnswerBody = z.strictObject({ answers: z.array(z.number().int().min(0).max(5)).max(20) });
export const quizResultView = z.object({ score: z.number().int(), correct: z.number().int(), total: z.number().int() });
export const memberAccountBody = z.strictObject({ userId: zId, memberId: zId });
export type MemberAccountInput = z.infer<typeof memberAccountBody>;
export const coverageView = z.object({
  year: z.number().int(),
  branches: z.array(
    z.object({
      branchId: z.string(),
      branchName: z.string(),
      members: z.number().int(),
      learners: z.number().int(),
      completedMembers: z.number().int(),
      minutes: z.number().int(),
      coverage: z.number().nullable(),
    }),
  ),
});
