import type { CourseTable, LearningRecordTable } from './education.table.ts';
import type { QuizQuestion } from './education.rules.ts';

/** A course as shown: quiz questions without their answers. */
export function courseToView(c: CourseTable) {
  const quiz = JSON.parse(c.quiz) as QuizQuestion[];
  return {
    id: c.id,
    unitId: c.unit_id,
    title: c.title,
    kind: c.kind,
    body: c.body,
    hasFile: c.file_key !== null,
    minutes: c.minutes,
    questions: quiz.map((q) => ({ question: q.question, options: q.options })),
  };
}

export const progressView = (r: LearningRecordTable | undefined) => ({
  minutes: r?.minutes ?? 0,
  completed: r?.completed === 1,
  quizScore: r?.quiz_score ?? null,
});
