import { Table, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CommunityRow } from './home-figures-api.ts';

/** perCommunity as a table: grids, residents, workers and whether the worker target is met. */
export function CommunityTable({ rows }: { rows: CommunityRow[] }) {
  const { t } = useTranslation();
  const columns: TableColumnsType<CommunityRow> = [
    { title: t('dashboard.unit'), dataIndex: 'name' },
    { title: t('common.kind'), dataIndex: 'kind', render: (k: string) => t(`unitKind.${k}`, { defaultValue: k }) },
    { title: t('dashboard.grids'), dataIndex: 'grids', align: 'right', sorter: (a, b) => a.grids - b.grids },
    {
      title: t('dashboard.residents'),
      dataIndex: 'residents',
      align: 'right',
      sorter: (a, b) => a.residents - b.residents,
    },
    { title: t('dashboard.workers'), dataIndex: 'workers', align: 'right', sorter: (a, b) => a.workers - b.workers },
    {
      title: t('common.status'),
      dataIndex: 'meetsWorkerTarget',
      render: (ok: boolean) => (
        <Tag color={ok ? 'green' : 'orange'}>{ok ? t('dashboard.meets') : t('dashboard.notMeets')}</Tag>
      ),
    },
  ];
  return <Table<CommunityRow> size="small" rowKey="unitId" columns={columns} dataSource={rows} pagination={false} />;
}
