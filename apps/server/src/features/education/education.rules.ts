export interface QuizQuestion {
  question: string;
  options: string[];
  answer: number;
}

/** A short quiz's score in percent (0–100, rounded); null when the answers do not match the questions. */
export function scoreQuiz(
  quiz: readonly QuizQuestion[],
  answers: readonly number[],
): { score: number; correct: number; total: number } | null {
  if (quiz.length === 0 || answers.length !== quiz.length) return null;
  const correct = quiz.filter((q, i) => q.answer === answers[i]).length;
  return { score: Math.round((correct / quiz.length) * 100), correct, total: quiz.length };
}

/** Learning minutes accumulate but never exceed a course's length several times over (a guard against typos). */
export const addLearningMinutes = (current: number, added: number, courseMinutes: number): number =>
  Math.min(current + added, courseMinutes * 3);

/** Coverage: share of a branch's members with any learning record (null for an empty branch). */
export const coverageShare = (learners: number, members: number): number | null =>
  members === 0 ? null : Math.round((learners / members) * 1000) / 1000;
