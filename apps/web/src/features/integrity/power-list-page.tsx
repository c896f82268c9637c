import { useState } from 'react';
import { Alert, Button, Card, Space, Switch, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { PlusOutlined, PrinterOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { testId } from '../../lib/test-id.ts';
import { useCan } from '../auth/session.ts';
import { usePowerItems } from './integrity-api.ts';
import type { PowerItemView } from './integrity-api.ts';
import { ItemVersionModal } from './item-version-modal.tsx';
import { PowerItemDetail } from './power-item-detail.tsx';
import { RolloutPanel } from './rollout-panel.tsx';

/** 权力清单 (staff): the items with versions, steps and limits; the roll-out per community; new versions (subdistrict admin). */
export function PowerListPage() {
  const { t } = useTranslation();
  const can = useCan();
  const [all, setAll] = useState(false);
  const items = usePowerItems(all);
  const [editing, setEditing] = useState<PowerItemView | 'new' | null>(null);
  const manage = can('integrity:manage');
  const columns: TableColumnsType<PowerItemView> = [
    { title: t('powerList.code'), dataIndex: 'code', width: 90 },
    {
      title: t('powerList.name'),
      dataIndex: 'name',
      render: (v: string, i) => (
        <>
          {v} {i.demo && <Tag>{t('powerList.demo')}</Tag>}
        </>
      ),
    },
    {
      title: t('powerList.category'),
      dataIndex: 'category',
      width: 110,
      render: (c: PowerItemView['category']) => (
        <Tag color={c === 'negative_list' ? 'red' : c === 'public_power' ? 'blue' : 'green'}>
          {t(`powerCategory.${c}`)}
        </Tag>
      ),
    },
    { title: t('powerList.version'), dataIndex: 'version', width: 70, render: (v: number) => `v${v}` },
    {
      title: t('powerList.effective'),
      key: 'eff',
      width: 200,
      render: (_: unknown, i) => `${i.effectiveFrom} ~ ${i.effectiveTo ?? ''}`,
    },
    { title: t('powerList.steps'), key: 'steps', width: 70, render: (_: unknown, i) => i.steps.length },
    {
      title: t('powerList.timeLimit'),
      dataIndex: 'timeLimitDays',
      width: 90,
      render: (n: number) => t('powerList.days', { n }),
    },
    {
      title: t('powerList.status'),
      dataIndex: 'status',
      width: 80,
      render: (s: string) => (
        <Tag color={s === 'active' ? 'green' : 'default'}>
          {t(`powerList.${s === 'active' ? 'active' : 'retired'}`)}
        </Tag>
      ),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 200,
      render: (_: unknown, i) => (
        <Space size="small" wrap>
          <Link to={`/print/power-items/${i.id}`} data-testid={`power-print-${i.code}`}>
            <PrinterOutlined /> {t('powerList.print')}
          </Link>
          {manage && i.status === 'active' && (
            <Button
              type="link"
              style={{ padding: 0 }}
              data-testid={`power-version-${i.code}`}
              onClick={() => setEditing(i)}
            >
              {t('powerList.newVersion')}
            </Button>
          )}
        </Space>
      ),
    },
  ];
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="power-list-page">
      <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('powerList.title')}
        </Typography.Title>
        <Link to="/integrity/exercises" data-testid="power-exercises-link">
          {t('nav.exercises')}
        </Link>
      </Space>
      <Typography.Text type="secondary">{t('powerList.intro')}</Typography.Text>
      {items.data?.items.some((i) => i.demo) && <Alert type="info" showIcon title={t('powerList.demoHint')} />}
      <Card>
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
            <Space>
              <Switch data-testid="power-all-versions" checked={all} onChange={setAll} /> {t('powerList.allVersions')}
            </Space>
            {manage && (
              <Button
                data-testid="power-new-item"
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => setEditing('new')}
              >
                {t('powerList.newItem')}
              </Button>
            )}
          </Space>
          <Table<PowerItemView>
            rowKey="id"
            size="middle"
            loading={items.isFetching}
            dataSource={items.data?.items ?? []}
            columns={columns}
            pagination={false}
            scroll={{ x: 1100 }}
            expandable={{ expandedRowRender: (i) => <PowerItemDetail item={i} /> }}
            onRow={(i) => testId(`power-row-${i.code}-v${i.version}`)}
          />
        </Space>
      </Card>
      <RolloutPanel />
      {editing && <ItemVersionModal base={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
    </Space>
  );
}
