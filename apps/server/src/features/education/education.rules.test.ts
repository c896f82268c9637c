import { describe, expect, it } from 'vitest';
import { addLearningMinutes, coverageShare, scoreQuiz } from './education.rules.ts';

describe('education rules', () => {
  const quiz = [
    { question: 'q1', options: ['a', 'b'], answer: 0 },
    { question: 'q2', options: ['a', 'b', 'c'], answer: 2 },
    { question: 'q3', options: ['a', 'b'], answer: 1 },
  ];
  it('scores a quiz', () => {
    expect(scoreQuiz(quiz, [0, 2, 1])).toEqual({ score: 100, correct: 3, total: 3 });
    expect(scoreQuiz(quiz, [0, 1, 0])).toEqual({ score: 33, correct: 1, total: 3 });
    expect(scoreQuiz(quiz, [0, 2])).toBeNull();
    expect(scoreQuiz([], [])).toBeNull();
  });
  it('caps learning minutes and computes coverage', () => {
    expect(addLearningMinutes(10, 20, 30)).toBe(30);
    expect(addLearningMinutes(80, 20, 30)).toBe(90);
    expect(coverageShare(3, 4)).toBe(0.75);
    expect(coverageShare(0, 0)).toBeNull();
  });
});
