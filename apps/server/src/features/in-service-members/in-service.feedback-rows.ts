import type { InServiceEvaluationTable, InServiceRecordTable } from './in-service.table.ts';
import { GRADE_ZH } from './in-service.view.ts';

/**
 * What the feedback to an employer's Party organisation says about one member in a year: pure, shared by the
 * per-member and the per-work-unit reports (PDF and workbook alike).
 */
export interface FeedbackMember {
  name: string;
  work_unit: string;
  work_party_org: string;
  community_name: string;
  post_name: string;
  registered_on: string;
}
export interface FeedbackEntry {
  member: FeedbackMember;
  records: Pick<InServiceRecordTable, 'served_on' | 'description' | 'minutes'>[];
  evaluation: Pick<InServiceEvaluationTable, 'grade' | 'comment'> | undefined;
}

export const hours = (minutes: number): string => (minutes / 60).toFixed(1);
export const totalMinutes = (entry: FeedbackEntry): number => entry.records.reduce((s, r) => s + r.minutes, 0);
export const gradeText = (entry: FeedbackEntry): string =>
  entry.evaluation ? (GRADE_ZH[entry.evaluation.grade as keyof typeof GRADE_ZH] ?? entry.evaluation.grade) : '未评议';

export const SUMMARY_HEADER = [
  '姓名',
  '工作单位',
  '单位党组织',
  '报到社区',
  '服务岗位',
  '报到日期',
  '服务次数',
  '服务时长（小时）',
  '社区评议',
  '评语',
];
export const summaryRow = (e: FeedbackEntry): string[] => [
  e.member.name,
  e.member.work_unit,
  e.member.work_party_org,
  e.member.community_name,
  e.member.post_name,
  e.member.registered_on,
  String(e.records.length),
  hours(totalMinutes(e)),
  gradeText(e),
  e.evaluation?.comment ?? '',
];

export const RECORD_HEADER = ['姓名', '服务日期', '服务内容', '服务时长（小时）'];
export const recordRows = (entries: FeedbackEntry[]): string[][] =>
  entries.flatMap((e) => e.records.map((r) => [e.member.name, r.served_on, r.description, hours(r.minutes)]));

/** The year's service in one sentence, as the reports print it. */
export const serviceLine = (e: FeedbackEntry, year: number): string =>
  `${year}年度服务 ${e.records.length} 次，共 ${hours(totalMinutes(e))} 小时。`;

/** The communities that sign a report (each member's receiving community, once each, in order). */
export const signingCommunities = (entries: FeedbackEntry[]): string[] => [
  ...new Set(entries.map((e) => e.member.community_name)),
];
