import { useState } from 'react';
import { Button, Card, Space, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { PagedTable } from '../../components/paged-table.tsx';
import { FIRST_PAGE } from '../../lib/paged.ts';
import { testId } from '../../lib/test-id.ts';
import { usePagedFilters } from '../../lib/use-paged-filters.ts';
import { useCan } from '../auth/session.ts';
import { UnitSelect } from '../territory/unit-select.tsx';
import { WorkerModal } from './worker-modal.tsx';
import { useWorkers } from './workers-api.ts';
import type { Worker, WorkerFilters } from './workers-api.ts';

/** 社区工作者: who works where, where they come from, who is first secretary. */
export function WorkersPage() {
  const { t } = useTranslation();
  const can = useCan();
  const { filters, filter, turnPage } = usePagedFilters<WorkerFilters>(FIRST_PAGE);
  const [creating, setCreating] = useState(false);
  const workers = useWorkers(filters);
  const columns: TableColumnsType<Worker> = [
    {
      title: t('residents.name'),
      dataIndex: 'name',
      render: (name: string, w) => (
        <Space size={4}>
          {name}
          {w.isFirstSecretary && <Tag color="red">{t('workers.firstSecretary')}</Tag>}
        </Space>
      ),
    },
    { title: t('workers.unit'), dataIndex: 'unitName' },
    { title: t('workers.post'), dataIndex: 'post' },
    {
      title: t('workers.origin'),
      dataIndex: 'origin',
      render: (o: Worker['origin'], w) => (
        <Space size={4}>
          {t(`origin.${o}`)}
          {w.isSunkCadre && o !== 'agency' && <Tag>{t('workers.sunkCadre')}</Tag>}
        </Space>
      ),
    },
  ];
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('workers.title')}
      </Typography.Title>
      <Card>
        <Space wrap style={{ marginBottom: 16 }}>
          {can('territory:read') && (
            <UnitSelect
              kinds={['subdistrict', 'community', 'village']}
              allowClear
              placeholder={t('workers.unit')}
              value={filters.unitId}
              onChange={(unitId) => filter({ unitId })}
            />
          )}
          {can('worker:write') && (
            <Button data-testid="worker-add" type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {t('workers.add')}
            </Button>
          )}
        </Space>
        <PagedTable<Worker>
          rowKey="id"
          data={workers.data}
          loading={workers.isFetching}
          paging={filters}
          onPage={turnPage}
          columns={columns}
          onRow={(r) => testId(`worker-row-${r.id}`)}
        />
      </Card>
      <WorkerModal open={creating} onClose={() => setCreating(false)} />
    </Space>
  );
}
