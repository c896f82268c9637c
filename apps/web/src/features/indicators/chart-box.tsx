import { useEffect, useRef } from 'react';
import type { EChartsCoreOption } from 'echarts/core';
import { echarts } from './indicator-echarts.ts';

/** One ECharts instance bound to a div; the option replaces the chart's whenever it changes. */
export function ChartBox({
  option,
  height = 300,
  label,
  testId,
  onClick,
  dark = false,
}: {
  option: EChartsCoreOption;
  height?: number;
  label: string;
  testId: string;
  onClick?: (name: string) => void;
  dark?: boolean;
}) {
  const el = useRef<HTMLDivElement>(null);
  const clickRef = useRef(onClick);
  clickRef.current = onClick;
  useEffect(() => {
    if (!el.current) return undefined;
    const chart = echarts.init(el.current, dark ? 'dark' : undefined);
    chart.on('click', (p) => clickRef.current?.(String((p as { name?: string }).name ?? '')));
    const onResize = () => chart.resize();
    window.addEventListener('resize', onResize);
    return () => {
      window.removeEventListener('resize', onResize);
      chart.dispose();
    };
  }, [dark]);
  useEffect(() => {
    if (el.current) echarts.getInstanceByDom(el.current)?.setOption(option, true);
  }, [option]);
  return <div ref={el} data-testid={testId} style={{ width: '100%', height }} role="img" aria-label={label} />;
}
