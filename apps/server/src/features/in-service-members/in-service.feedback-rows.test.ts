import type { EvaluationGrade } from '@jishi/shared';
import { describe, expect, it } from 'vitest';
import {
  gradeText,
  hours,
  recordRows,
  serviceLine,
  signingCommunities,
  summaryRow,
  SUMMARY_HEADER,
  RECORD_HEADER,
  type FeedbackEntry,
} from './in-service.feedback-rows.ts';

const member = (name: string, community = '秦江社区') => ({
  name,
  work_unit: '市供电公司',
  work_party_org: '市供电公司党委',
  community_name: community,
  post_name: '政策宣传岗',
  registered_on: '2015-03-01',
});
const entry = (
  name: string,
  minutes: number[],
  evaluation?: { grade: EvaluationGrade; comment: string },
  community?: string,
): FeedbackEntry => ({
  member: member(name, community),
  records: minutes.map((m, i) => ({ served_on: `2015-0${i + 1}-01`, description: `服务${i + 1}`, minutes: m })),
  evaluation,
});

describe('feedback to the employer: rows and lines shared by the per-member and per-work-unit reports', () => {
  it('hours have one decimal and sum the records of the year', () => {
    expect(hours(0)).toBe('0.0');
    expect(hours(90)).toBe('1.5');
    expect(serviceLine(entry('张三', [60, 90]), 2015)).toBe('2015年度服务 2 次，共 2.5 小时。');
  });

  it('the summary row follows the header: count, hours, grade in Chinese and comment; 未评议 without an evaluation', () => {
    const row = summaryRow(entry('张三', [60, 90], { grade: 'excellent', comment: '表现突出' }));
    expect(row).toHaveLength(SUMMARY_HEADER.length);
    expect(row).toEqual([
      '张三',
      '市供电公司',
      '市供电公司党委',
      '秦江社区',
      '政策宣传岗',
      '2015-03-01',
      '2',
      '2.5',
      '优秀',
      '表现突出',
    ]);
    expect(summaryRow(entry('李四', [])).slice(6)).toEqual(['0', '0.0', '未评议', '']);
    expect(gradeText(entry('王五', [], { grade: 'fair', comment: '' }))).toBe('一般');
  });

  it('record rows list every record of every member, named', () => {
    const rows = recordRows([entry('张三', [60, 30]), entry('李四', []), entry('王五', [45])]);
    expect(rows.every((r) => r.length === RECORD_HEADER.length)).toBe(true);
    expect(rows).toEqual([
      ['张三', '2015-01-01', '服务1', '1.0'],
      ['张三', '2015-02-01', '服务2', '0.5'],
      ['王五', '2015-01-01', '服务1', '0.8'],
    ]);
  });

  it('a report is signed by each receiving community once, in order', () => {
    expect(
      signingCommunities([
        entry('a', [], undefined, '秦江社区'),
        entry('b', [], undefined, '锦艺社区'),
        entry('c', [], undefined, '秦江社区'),
      ]),
    ).toEqual(['秦江社区', '锦艺社区']);
  });
});
