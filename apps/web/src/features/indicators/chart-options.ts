import type { EChartsCoreOption } from 'echarts/core';
import type { IndicatorDefView, IndicatorRankingView, IndicatorSeriesView } from '@jishi/shared';

/** Pure ECharts options for the indicator charts (values as numbers; shares in percent). */
const scale = (d: IndicatorDefView | undefined, v: number | null) =>
  v === null ? null : d?.unit === 'share' ? Math.round(v * 1000) / 10 : v;

export function trendOption(
  def: IndicatorDefView | undefined,
  series: IndicatorSeriesView | undefined,
  name: string,
  textColor?: string,
): EChartsCoreOption {
  return {
    grid: { left: 48, right: 16, top: 24, bottom: 32 },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: (series?.points ?? []).map((p) => p.month), axisLabel: { color: textColor } },
    yAxis: { type: 'value', minInterval: def?.unit === 'share' ? undefined : 1, axisLabel: { color: textColor } },
    series: [
      {
        type: 'line',
        name,
        smooth: true,
        areaStyle: { opacity: 0.15 },
        data: (series?.points ?? []).map((p) => scale(def, p.value)),
        itemStyle: { color: '#c8102e' },
      },
    ],
  };
}

export function rankingOption(
  def: IndicatorDefView | undefined,
  ranking: IndicatorRankingView | undefined,
  name: string,
  textColor?: string,
): EChartsCoreOption {
  const rows = [...(ranking?.rows ?? [])].reverse();
  const markLine = def?.target
    ? {
        symbol: 'none',
        silent: true,
        data: [{ xAxis: def.target.value }],
        lineStyle: { type: 'dashed', color: '#1677ff' },
      }
    : undefined;
  return {
    grid: { left: 96, right: 24, top: 8, bottom: 24 },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: { type: 'value', axisLabel: { color: textColor } },
    yAxis: { type: 'category', data: rows.map((r) => r.unit.name), axisLabel: { color: textColor } },
    series: [
      {
        type: 'bar',
        name,
        barMaxWidth: 24,
        markLine,
        data: rows.map((r) => ({
          value: scale(def, r.value),
          itemStyle: { color: r.meetsTarget === false ? '#faad14' : '#c8102e' },
        })),
      },
    ],
  };
}

/** A GeoJSON FeatureCollection of the children that have boundaries (name = unit name), for echarts.registerMap. */
export function boundaryCollection(rows: { unit: { name: string }; boundary: string | null }[]) {
  const features = rows
    .filter((r) => r.boundary)
    .map((r) => ({
      type: 'Feature' as const,
      properties: { name: r.unit.name },
      geometry: JSON.parse(r.boundary as string) as object,
    }));
  return features.length ? { type: 'FeatureCollection' as const, features } : null;
}

export function mapOption(
  mapName: string,
  values: { name: string; value: number | null }[],
  name: string,
): EChartsCoreOption {
  const nums = values.map((v) => v.value ?? 0);
  return {
    tooltip: { trigger: 'item' },
    visualMap: {
      min: 0,
      max: Math.max(1, ...nums),
      left: 8,
      bottom: 8,
      calculable: true,
      inRange: { color: ['#fff1f0', '#c8102e'] },
    },
    series: [{ type: 'map', map: mapName, name, roam: true, label: { show: true }, data: values }],
  };
}
