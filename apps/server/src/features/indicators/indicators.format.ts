import type { IndicatorDef } from './indicators.types.ts';

/** How an indicator value reads in a table or a document (shares as percentages). */
export function formatValue(def: Pick<IndicatorDef, 'unit'>, value: number | null): string {
  if (value === null) return '—';
  if (def.unit === 'share') return `${(value * 100).toFixed(1)}%`;
  // money of 10,000 yuan or more reads in 万 (ten thousands), as Chinese reports write it: 550万元
  if (def.unit === 'yuan' && Math.abs(value) >= 10_000)
    return `${(value / 10_000).toLocaleString('en-US', { maximumFractionDigits: 2 })}万`;
  return Number.isInteger(value) ? value.toLocaleString('en-US') : value.toFixed(1);
}

export const UNIT_SUFFIX: Record<IndicatorDef['unit'], { zh: string; en: string }> = {
  count: { zh: '', en: '' },
  persons: { zh: '人', en: 'people' },
  share: { zh: '%', en: '%' },
  per_community: { zh: '人/社区', en: 'per community' },
  m2: { zh: '平方米', en: 'm²' },
  yuan: { zh: '元', en: 'yuan' },
  hours: { zh: '小时', en: 'hours' },
  rating: { zh: '分', en: 'points' },
};
