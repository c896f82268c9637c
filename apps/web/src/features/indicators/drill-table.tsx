import { Button, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { IndicatorChildrenView, IndicatorDefView } from '@jishi/shared';
import { nameOf, showValue } from './indicator-format.ts';

type Row = IndicatorChildrenView['rows'][number];

/** The children of the focus unit with every indicator; a unit with children can be drilled into. */
export function DrillTable({
  data,
  catalogue,
  onDrill,
}: {
  data: IndicatorChildrenView | undefined;
  catalogue: IndicatorDefView[];
  onDrill: (unit: Row['unit']) => void;
}) {
  const { t, i18n } = useTranslation();
  const defs = new Map(catalogue.map((d) => [d.code, d]));
  const codes = (data?.codes ?? []).filter((_code, i) => (data?.rows ?? []).some((r) => r.values[i] !== null));
  const columns = [
    {
      title: t('ind.unit'),
      key: 'unit',
      fixed: 'left' as const,
      width: 160,
      render: (_: unknown, r: Row) =>
        r.hasChildren ? (
          <Button type="link" style={{ padding: 0 }} onClick={() => onDrill(r.unit)} data-testid={`drill-${r.unit.id}`}>
            {r.unit.name}
          </Button>
        ) : (
          r.unit.name
        ),
    },
    ...codes.map((code) => {
      const i = data?.codes.indexOf(code) ?? -1;
      const d = defs.get(code);
      return {
        title: d ? nameOf(d, i18n.language) : code,
        key: code,
        align: 'right' as const,
        render: (_: unknown, r: Row) => showValue(d, r.values[i]),
      };
    }),
  ];
  return (
    <Table<Row>
      rowKey={(r) => r.unit.id}
      size="small"
      pagination={false}
      scroll={{ x: true }}
      columns={columns}
      dataSource={data?.rows ?? []}
      data-testid="drill-table"
    />
  );
}
