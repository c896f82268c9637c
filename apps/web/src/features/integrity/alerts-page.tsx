import { useState } from 'react';
import { Button, Card, Select, Space, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { RadarChartOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { ALERT_STATUSES, DEVIATION_KINDS } from '@jishi/shared';
import { PagedTable } from '../../components/paged-table.tsx';
import { formatDateTime } from '../../lib/format.ts';
import { notifySuccess } from '../../lib/notify.ts';
import { FIRST_PAGE } from '../../lib/paged.ts';
import { dataAttrs, testId } from '../../lib/test-id.ts';
import { usePagedFilters } from '../../lib/use-paged-filters.ts';
import { useCan } from '../auth/session.ts';
import { UnitSelect } from '../territory/unit-select.tsx';
import { AlertDrawer } from './alert-drawer.tsx';
import { AlertStatusTag } from './integrity-tags.tsx';
import { useAlerts, useDetect } from './supervision-api.ts';
import type { AlertFilters, AlertStatus, AlertView, DeviationKind } from './supervision-api.ts';

/** Older open alerts stand out: a week is orange, a month red. */
const ageColor = (a: AlertView) =>
  a.status === 'closed' ? 'default' : a.ageDays >= 30 ? 'red' : a.ageDays >= 7 ? 'orange' : 'blue';

/** 监督预警 (discipline inspection office): alerts with their age, filters, detection on demand, handling in a drawer. */
export function AlertsPage() {
  const { t } = useTranslation();
  const can = useCan();
  const { filters, filter, turnPage } = usePagedFilters<AlertFilters>({ ...FIRST_PAGE });
  const alerts = useAlerts(filters);
  const detect = useDetect();
  const [openId, setOpenId] = useState<string | null>(null);
  const runDetect = () => detect.mutate(filters.unitId, { onSuccess: (r) => notifySuccess(t('alert.detected', r)) });
  const columns: TableColumnsType<AlertView> = [
    {
      title: t('alert.item'),
      key: 'item',
      render: (_: unknown, a) => (
        <Button type="link" style={{ padding: 0 }} data-testid={`alert-open-${a.id}`} onClick={() => setOpenId(a.id)}>
          {a.itemCode} {a.itemName}
        </Button>
      ),
    },
    { title: t('alert.exercise'), dataIndex: 'exerciseTitle' },
    { title: t('alert.unit'), dataIndex: 'unitName', width: 120 },
    {
      title: t('alert.kind'),
      key: 'kind',
      width: 170,
      render: (_: unknown, a) => (
        <Tag color="red">
          {t(`deviation.${a.kind}`)}
          {a.stepSeq !== null ? ` · ${t('exercise.stepNo', { n: a.stepSeq })}` : ''}
        </Tag>
      ),
    },
    { title: t('alert.raisedAt'), dataIndex: 'raisedAt', width: 170, render: (v: string) => formatDateTime(v) },
    {
      title: t('alert.age'),
      key: 'age',
      width: 90,
      render: (_: unknown, a) => (
        <Tag color={ageColor(a)} data-testid="alert-age">
          {t('alert.days', { n: a.ageDays })}
        </Tag>
      ),
    },
    {
      title: t('alert.status'),
      dataIndex: 'status',
      width: 100,
      render: (s: AlertStatus) => <AlertStatusTag status={s} />,
    },
  ];
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="alerts-page">
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('alert.title')}
      </Typography.Title>
      <Card>
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
            <Space wrap>
              <UnitSelect
                data-testid="alerts-unit-filter"
                kinds={['community', 'village']}
                allowClear
                placeholder={t('alert.unit')}
                value={filters.unitId}
                onChange={(unitId) => filter({ unitId })}
              />
              <Select<AlertStatus>
                data-testid="alerts-status-filter"
                allowClear
                placeholder={t('alert.status')}
                style={{ width: 130 }}
                value={filters.status}
                onChange={(status) => filter({ status })}
                options={ALERT_STATUSES.map((s) => ({ value: s, label: t(`alertStatus.${s}`) }))}
              />
              <Select<DeviationKind>
                data-testid="alerts-kind-filter"
                allowClear
                placeholder={t('alert.kind')}
                style={{ width: 170 }}
                value={filters.kind}
                onChange={(kind) => filter({ kind })}
                options={DEVIATION_KINDS.map((k) => ({ value: k, label: t(`deviation.${k}`) }))}
              />
            </Space>
            {can('alert:handle') && (
              <Button
                data-testid="alerts-detect"
                icon={<RadarChartOutlined />}
                loading={detect.isPending}
                onClick={runDetect}
              >
                {t('alert.detect')}
              </Button>
            )}
          </Space>
          <PagedTable<AlertView>
            rowKey="id"
            size="middle"
            data={alerts.data}
            loading={alerts.isFetching}
            paging={filters}
            onPage={turnPage}
            columns={columns}
            scroll={{ x: 1000 }}
            pagination={{ showSizeChanger: true }}
            onRow={(a) => ({
              ...testId(`alert-row-${a.id}`),
              ...dataAttrs({ exercise: a.exerciseId, kind: a.kind, status: a.status }),
            })}
          />
        </Space>
      </Card>
      {openId && <AlertDrawer id={openId} onClose={() => setOpenId(null)} />}
    </Space>
  );
}
