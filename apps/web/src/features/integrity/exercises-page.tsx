import { useState } from 'react';
import { Button, Card, Select, Space, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PagedTable } from '../../components/paged-table.tsx';
import { formatDateTime } from '../../lib/format.ts';
import { FIRST_PAGE } from '../../lib/paged.ts';
import { dataAttrs, testId } from '../../lib/test-id.ts';
import { usePagedFilters } from '../../lib/use-paged-filters.ts';
import { useCan } from '../auth/session.ts';
import { UnitSelect } from '../territory/unit-select.tsx';
import { ExerciseOpenModal } from './exercise-open-modal.tsx';
import { DeviationTags, ExerciseStatusTag } from './integrity-tags.tsx';
import { useExercises } from './integrity-api.ts';
import type { ExerciseFilters, ExerciseListItem } from './integrity-api.ts';

/** 权力运行: each use of a power-list item, its progress and the deviations the server found. */
export function ExercisesPage() {
  const { t } = useTranslation();
  const can = useCan();
  const { filters, filter, turnPage } = usePagedFilters<ExerciseFilters>({ ...FIRST_PAGE });
  const exercises = useExercises(filters);
  const [opening, setOpening] = useState(false);
  const columns: TableColumnsType<ExerciseListItem> = [
    {
      title: t('exercise.title'),
      dataIndex: 'title',
      render: (v: string, e) => (
        <Link to={`/integrity/exercises/${e.id}`} data-testid={`exercise-link-${e.id}`}>
          {v}
        </Link>
      ),
    },
    {
      title: t('exercise.item'),
      key: 'item',
      width: 220,
      render: (_: unknown, e) => `${e.itemCode} ${e.itemName} v${e.itemVersion}`,
    },
    { title: t('exercise.unit'), dataIndex: 'unitName', width: 110 },
    {
      title: t('exercise.progress'),
      key: 'progress',
      width: 90,
      render: (_: unknown, e) => `${e.stepsDone}/${e.stepsTotal}`,
    },
    {
      title: t('exercise.deviations'),
      key: 'dev',
      width: 260,
      render: (_: unknown, e) => <DeviationTags deviations={e.deviations} />,
    },
    { title: t('exercise.openedAt'), dataIndex: 'openedAt', width: 170, render: (v: string) => formatDateTime(v) },
    {
      title: t('exercise.status'),
      dataIndex: 'status',
      width: 90,
      render: (s: ExerciseListItem['status']) => <ExerciseStatusTag status={s} />,
    },
  ];
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="exercises-page">
      <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('exercise.pageTitle')}
        </Typography.Title>
        <Link to="/integrity">{t('nav.powerList')}</Link>
      </Space>
      <Card>
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
            <Space wrap>
              <UnitSelect
                data-testid="exercises-unit-filter"
                kinds={['community', 'village']}
                allowClear
                placeholder={t('exercise.unit')}
                value={filters.unitId}
                onChange={(unitId) => filter({ unitId })}
              />
              <Select<'open' | 'closed'>
                data-testid="exercises-status-filter"
                allowClear
                placeholder={t('exercise.status')}
                style={{ width: 120 }}
                value={filters.status}
                onChange={(status) => filter({ status })}
                options={(['open', 'closed'] as const).map((s) => ({ value: s, label: t(`exerciseStatus.${s}`) }))}
              />
              <Select<'true' | 'false'>
                data-testid="exercises-deviating-filter"
                allowClear
                placeholder={t('exercise.deviations')}
                style={{ width: 160 }}
                value={filters.deviating}
                onChange={(deviating) => filter({ deviating })}
                options={[
                  { value: 'true', label: t('oversight.onlyDeviating') },
                  { value: 'false', label: t('oversight.noDeviation') },
                ]}
              />
            </Space>
            {can('integrity:write') && (
              <Button
                data-testid="exercise-open"
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => setOpening(true)}
              >
                {t('exercise.open')}
              </Button>
            )}
          </Space>
          <PagedTable<ExerciseListItem>
            rowKey="id"
            size="middle"
            data={exercises.data}
            loading={exercises.isFetching}
            paging={filters}
            onPage={turnPage}
            columns={columns}
            scroll={{ x: 1100 }}
            pagination={{ showSizeChanger: true }}
            onRow={(e) => ({
              ...testId(`exercise-row-${e.id}`),
              ...dataAttrs({ status: e.status, deviations: String(e.deviations.length) }),
            })}
          />
        </Space>
      </Card>
      {opening && <ExerciseOpenModal onClose={() => setOpening(false)} />}
    </Space>
  );
}
