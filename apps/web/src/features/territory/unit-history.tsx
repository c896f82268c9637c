import { Table } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { useUnitHistory } from './territory-api.ts';
import type { UnitHistory } from './territory-api.ts';

type Row = UnitHistory['items'][number];

/** Which parent the unit hung under, and when (隶属历史). */
export function UnitHistoryTable({ unitId }: { unitId: string }) {
  const { t } = useTranslation();
  const history = useUnitHistory(unitId);
  const columns: TableColumnsType<Row> = [
    { title: t('territory.parent'), dataIndex: 'parentName', render: (v: string | null) => v ?? t('common.none') },
    { title: t('territory.validFrom'), dataIndex: 'validFrom' },
    { title: t('territory.validTo'), dataIndex: 'validTo', render: (v: string | null) => v ?? t('common.none') },
  ];
  return (
    <Table<Row>
      size="small"
      rowKey={(r) => `${r.parentId ?? 'root'}-${r.validFrom}`}
      loading={history.isPending}
      columns={columns}
      dataSource={history.data?.items ?? []}
      pagination={false}
    />
  );
}
