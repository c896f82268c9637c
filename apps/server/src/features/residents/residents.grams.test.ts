import { describe, expect, it } from 'vitest';
import { bigrams, residentGrams } from './residents.grams.ts';

describe('bigram index', () => {
  it('makes the bigrams of a name', () => {
    expect(bigrams('王伟')).toEqual(['王伟']);
    expect(bigrams('欧阳小明')).toEqual(['欧阳', '阳小', '小明']);
    expect(bigrams('李')).toEqual([]);
  });
  it('marks the first character of the name for surname search', () => {
    expect(residentGrams('王伟', '')).toEqual(['^王', '王伟']);
    expect(residentGrams(' Li Ming', '')[0]).toBe('^l');
  });
  it('ignores whitespace and case', () => {
    expect(bigrams(' Li  Ming ')).toEqual(bigrams('liming'));
  });
  it('every substring of length ≥2 has all its bigrams in the string (the recall guarantee)', () => {
    const text = '秦江社区第一网格3号院';
    const grams = new Set(residentGrams('张三', text));
    for (let i = 0; i < text.length; i++) {
      for (let j = i + 2; j <= text.length; j++)
        for (const g of bigrams(text.slice(i, j))) expect(grams.has(g)).toBe(true);
    }
  });
});
