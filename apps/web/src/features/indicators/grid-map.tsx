import { useMemo } from 'react';
import { Empty } from 'antd';
import { useTranslation } from 'react-i18next';
import type { IndicatorChildrenView } from '@jishi/shared';
import { echarts } from './indicator-echarts.ts';
import { boundaryCollection, mapOption } from './chart-options.ts';
import { ChartBox } from './chart-box.tsx';

/** The children drawn from their own GeoJSON boundaries (registered locally: no online tiles), shaded by the chosen indicator. */
export function GridMap({
  data,
  code,
  label,
}: {
  data: IndicatorChildrenView | undefined;
  code: string;
  label: string;
}) {
  const { t } = useTranslation();
  const option = useMemo(() => {
    if (!data) return null;
    const collection = boundaryCollection(data.rows);
    if (!collection) return null;
    const mapName = `jishi-${data.unit.id}`;
    echarts.registerMap(mapName, collection as never);
    const i = data.codes.indexOf(code);
    return mapOption(
      mapName,
      data.rows.map((r) => ({ name: r.unit.name, value: i >= 0 ? r.values[i] : null })),
      label,
    );
  }, [data, code, label]);
  if (!option) return <Empty description={t('ind.noMap')} />;
  return <ChartBox option={option} height={360} label={t('ind.map')} testId="grid-map" />;
}
