import type { Lang } from '@jishi/shared';

/** The resident spreadsheet layout, shared by the import template, the import parser and exports. */
export const COLUMNS = [
  { key: 'name', zh: '姓名*', en: 'Name*' },
  { key: 'gender', zh: '性别(男/女)', en: 'Gender (男/女)' },
  { key: 'birthDate', zh: '出生日期(YYYY-MM-DD)', en: 'Birth date (YYYY-MM-DD)' },
  { key: 'grid', zh: '网格*', en: 'Grid*' },
  { key: 'address', zh: '住址', en: 'Address' },
  { key: 'idNumber', zh: '身份证号', en: 'ID number' },
  { key: 'phone', zh: '手机号', en: 'Mobile' },
  { key: 'isNeedy', zh: '困难(是/否)', en: 'Needy (是/否)' },
  { key: 'isElderly', zh: '高龄(是/否)', en: 'Elderly (是/否)' },
  { key: 'isDisabled', zh: '残疾(是/否)', en: 'Disabled (是/否)' },
] as const;

export type ColumnKey = (typeof COLUMNS)[number]['key'];

export const headerFor = (lang: Lang): string[] => COLUMNS.map((c) => (lang === 'en' ? c.en : c.zh));

const YES = new Set(['是', 'y', 'yes', '1', 'true']);
export const parseFlag = (v: string): boolean => YES.has(v.toLowerCase());
export const parseGender = (v: string): 'male' | 'female' | undefined =>
  v === '男' || v.toLowerCase() === 'male' ? 'male' : v === '女' || v.toLowerCase() === 'female' ? 'female' : undefined;
export const genderText = (v: string | null): string => (v === 'male' ? '男' : v === 'female' ? '女' : '');
export const flagText = (v: number): string => (v ? '是' : '否');
