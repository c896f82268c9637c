import type { IndicatorDefView } from '@jishi/shared';

/** Indicator names and values as shown (shares as percentages; counts with thousands separators). */
export const nameOf = (d: Pick<IndicatorDefView, 'name'>, lang: string) => (lang === 'en' ? d.name.en : d.name.zh);

export function showValue(d: Pick<IndicatorDefView, 'unit'> | undefined, v: number | null | undefined): string {
  if (v === null || v === undefined) return '—';
  if (d?.unit === 'share') return `${(v * 100).toFixed(1)}%`;
  // units of the grid, services and party-life indicators, language-neutral
  if (d?.unit === 'yuan') return `¥${v.toLocaleString('zh-CN', { maximumFractionDigits: 2 })}`;
  if (d?.unit === 'm2') return `${v.toLocaleString('zh-CN')} m²`;
  if (d?.unit === 'hours') return `${v.toLocaleString('zh-CN', { maximumFractionDigits: 1 })} h`;
  if (d?.unit === 'rating') return v.toFixed(2);
  return Number.isInteger(v) ? v.toLocaleString('zh-CN') : v.toFixed(1);
}
