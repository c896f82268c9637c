import { Button, Card, Select, Space, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { ThunderboltOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { CASE_LEVELS, CASE_STATUSES, WARNINGS } from '@jishi/shared';
import { PagedTable } from '../../components/paged-table.tsx';
import { formatDateTime } from '../../lib/format.ts';
import { notifySuccess } from '../../lib/notify.ts';
import { FIRST_PAGE } from '../../lib/paged.ts';
import { dataAttrs, testId } from '../../lib/test-id.ts';
import { usePagedFilters } from '../../lib/use-paged-filters.ts';
import { useCan } from '../auth/session.ts';
import { useCases, useEscalateOverdue, type CaseFilters, type CaseListItem } from './grid-api.ts';
import { CaseStatusTag, TimerTag } from './grid-tags.tsx';

/** 矛盾纠纷: cases in scope with their stage warnings; overdue ones can be escalated in one go. */
export function GridCasesPage() {
  const { t } = useTranslation();
  const can = useCan();
  const { filters, filter, turnPage } = usePagedFilters<CaseFilters>({ ...FIRST_PAGE });
  const cases = useCases(filters);
  const sweep = useEscalateOverdue();
  const columns: TableColumnsType<CaseListItem> = [
    {
      title: t('gridGov.cases.number'),
      key: 'number',
      width: 170,
      render: (_: unknown, c) => (
        <Link to={`/grid/cases/${c.id}`} data-testid={`case-link-${c.id}`}>
          {c.number}
        </Link>
      ),
    },
    { title: t('gridGov.cases.grid'), dataIndex: 'gridName', width: 130 },
    {
      title: t('gridGov.cases.category'),
      key: 'category',
      width: 110,
      render: (_: unknown, c) => t(`gridGov.category.${c.category}`),
    },
    { title: t('gridGov.case.place'), dataIndex: 'place' },
    {
      title: t('gridGov.cases.risk'),
      key: 'risk',
      width: 70,
      render: (_: unknown, c) => (
        <Tag color={c.risk === 'high' ? 'red' : c.risk === 'medium' ? 'orange' : 'default'}>
          {t(`gridGov.risk.${c.risk}`)}
        </Tag>
      ),
    },
    {
      title: t('gridGov.cases.level'),
      key: 'level',
      width: 80,
      render: (_: unknown, c) => t(`gridGov.level.${c.level}`),
    },
    {
      title: t('gridGov.cases.status'),
      key: 'status',
      width: 110,
      render: (_: unknown, c) => <CaseStatusTag status={c.status} />,
    },
    {
      title: t('gridGov.cases.timer'),
      key: 'timer',
      width: 230,
      render: (_: unknown, c) => <TimerTag timer={c.timer} />,
    },
    {
      title: t('gridGov.cases.registeredAt'),
      dataIndex: 'registeredAt',
      width: 170,
      render: (v: string) => formatDateTime(v),
    },
  ];
  const runSweep = () =>
    sweep.mutate(undefined, { onSuccess: (r) => notifySuccess(t('gridGov.cases.escalated', { n: r.escalated })) });
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="grid-cases-page">
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('gridGov.cases.title')}
      </Typography.Title>
      <Card>
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
            <Space wrap>
              <Select
                data-testid="cases-status-filter"
                allowClear
                placeholder={t('gridGov.cases.status')}
                style={{ width: 130 }}
                value={filters.status}
                onChange={(status?: string) => filter({ status })}
                options={CASE_STATUSES.map((s) => ({ value: s, label: t(`gridGov.status.${s}`) }))}
              />
              <Select
                data-testid="cases-level-filter"
                allowClear
                placeholder={t('gridGov.cases.level')}
                style={{ width: 110 }}
                value={filters.level}
                onChange={(level?: string) => filter({ level })}
                options={CASE_LEVELS.map((s) => ({ value: s, label: t(`gridGov.level.${s}`) }))}
              />
              <Select
                data-testid="cases-warning-filter"
                allowClear
                placeholder={t('gridGov.cases.timer')}
                style={{ width: 130 }}
                value={filters.warning}
                onChange={(warning?: string) => filter({ warning })}
                options={WARNINGS.map((s) => ({ value: s, label: t(`gridGov.warning.${s}`) }))}
              />
            </Space>
            {can('grid:case') && (
              <Button
                data-testid="cases-escalate-overdue"
                icon={<ThunderboltOutlined />}
                loading={sweep.isPending}
                onClick={runSweep}
              >
                {t('gridGov.cases.escalateOverdue')}
              </Button>
            )}
          </Space>
          <PagedTable<CaseListItem>
            rowKey="id"
            size="middle"
            data={cases.data}
            loading={cases.isFetching}
            paging={filters}
            onPage={turnPage}
            columns={columns}
            scroll={{ x: 1100 }}
            onRow={(c) => ({
              ...testId(`case-row-${c.id}`),
              ...dataAttrs({ status: c.status, level: c.level, warning: c.timer.warning }),
            })}
          />
        </Space>
      </Card>
    </Space>
  );
}
