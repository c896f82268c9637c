import { describe, expect, it } from 'vitest';
import { DIGEST_MAX_LINES, digestOf } from './digest.ts';

const m = (title: string, lines: string[], link: string | null = null) => ({ title, lines, link });

describe('group message digest', () => {
  it('leaves a single message as it is', () => {
    const one = m('网格日报提醒', ['3个网格未报'], 'http://x/grid');
    expect(digestOf([one])).toBe(one);
  });

  it('merges several into one post: title with the count, every title and line, the first link', () => {
    const d = digestOf([
      m('案件黄灯', ['案件 A-1'], null),
      m('案件黄灯', ['案件 A-2'], 'http://x/a2'),
      m('案件黄灯', []),
    ]);
    expect(d.title).toBe('案件黄灯等 3 条提醒');
    expect(d.lines).toEqual(['· 案件黄灯', '  案件 A-1', '· 案件黄灯', '  案件 A-2', '· 案件黄灯']);
    expect(d.link).toBe('http://x/a2');
  });

  it('cuts a long digest and says how much was left out', () => {
    const many = Array.from({ length: 40 }, (_, i) => m(`提醒 ${i}`, []));
    const d = digestOf(many);
    expect(d.lines).toHaveLength(DIGEST_MAX_LINES + 1);
    expect(d.lines.at(-1)).toBe('……另有 10 行');
  });
});
