import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { echarts } from './home-echarts.ts';
import type { CommunityRow } from './home-figures-api.ts';

interface Props {
  rows: CommunityRow[];
  target: number;
}

const escapeHtml = (s: string) => echarts.format.encodeHTML(s);

/** Bar chart of workers per community with a markLine at the target (>20 per community). */
export function WorkersChart({ rows, target }: Props) {
  const { t } = useTranslation();
  const el = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!el.current) return undefined;
    const chart = echarts.init(el.current);
    const onResize = () => chart.resize();
    window.addEventListener('resize', onResize);
    return () => {
      window.removeEventListener('resize', onResize);
      chart.dispose();
    };
  }, []);
  useEffect(() => {
    if (!el.current) return;
    const chart = echarts.getInstanceByDom(el.current);
    const targetLabel = t('dashboard.target', { n: target });
    const workersLabel = t('dashboard.workers');
    chart?.setOption(
      {
        grid: { left: 40, right: 90, top: 24, bottom: 80 },
        tooltip: {
          trigger: 'axis',
          formatter: (params: unknown) => {
            const first = Array.isArray(params) ? params[0] : params;
            const p = first as { name?: string; value?: number };
            return `${escapeHtml(String(p.name ?? ''))}<br/>${escapeHtml(workersLabel)}: ${escapeHtml(String(p.value ?? ''))}`;
          },
        },
        xAxis: {
          type: 'category',
          data: rows.map((r) => r.name),
          axisLabel: { interval: 0, rotate: rows.length > 6 ? 30 : 0 },
        },
        yAxis: { type: 'value', minInterval: 1 },
        series: [
          {
            type: 'bar',
            name: workersLabel,
            data: rows.map((r) => ({
              value: r.workers,
              itemStyle: { color: r.meetsWorkerTarget ? '#c8102e' : '#faad14' },
            })),
            barMaxWidth: 40,
            markLine: {
              symbol: 'none',
              silent: true,
              data: [{ yAxis: target, name: targetLabel }],
              label: { formatter: targetLabel, position: 'end' },
              lineStyle: { type: 'dashed', color: '#1677ff' },
            },
          },
        ],
      },
      true,
    );
  }, [rows, target, t]);
  return (
    <div
      ref={el}
      data-testid="workers-chart"
      style={{ width: '100%', height: 320 }}
      role="img"
      aria-label={t('dashboard.workersChart')}
    />
  );
}
