import type { IndicatorDefView } from '@jishi/shared';

/** Indicator names and values as shown (shares as percentages; counts with thousands separators). */
export const nameOf = (d: Pick<IndicatorDefView, 'name'>, lang: string) => (lang === 'en' ? d.name.en : d.name.zh);

export function showValue(d: Pick<IndicatorDefView, 'unit'> | undefined, v: number | null | undefined): string {
  if (v === null || v === undefined) return '—';
  if (d?.unit === 'share') return `${(v * 100).toFixed(1)}%`;
  return Number.isInteger(v) ? v.toLocaleString('zh-CN') : v.toFixed(1);
}
