import { Suspense, useState } from 'react';
import { Card, DatePicker, Space, Spin, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { toIsoDate } from '../../lib/format.ts';
import { CommunityTable } from './community-table.tsx';
import { useHomeFigures } from './home-figures-api.ts';
import { StatCards } from './stat-cards.tsx';
import { TallyCard } from './tally-card.tsx';
import { lazyNamed } from '../../lib/lazy-named.ts';
// indicators
import { Link } from 'react-router';

/** ECharts is the heaviest dependency; the figures render while it loads. */
const WorkersChart = lazyNamed(() => import('./workers-chart.tsx'), 'WorkersChart');

/** 数据总览: headline figures for the user's scope as of a date (统计日期). */
export function DashboardPage() {
  const { t } = useTranslation();
  const [at, setAt] = useState<Dayjs | null>(null);
  // The route asks for dashboard:read (the menu entry's permission).
  const dashboard = useHomeFigures(toIsoDate(at), true);
  const data = dashboard.data;
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Space wrap align="center">
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('dashboard.title')}
        </Typography.Title>
        <DatePicker data-testid="dashboard-at" value={at} onChange={setAt} placeholder={t('common.asOf')} allowClear />
        {data && (
          <Typography.Text type="secondary">
            {t('common.asOf')}: {data.at}
          </Typography.Text>
        )}
        <Link to="/indicators" data-testid="home-indicators">
          {t('nav.indicators')} →
        </Link>
      </Space>
      {!data ? (
        <Spin spinning={dashboard.isPending}>
          <div style={{ minHeight: 200 }} />
        </Spin>
      ) : (
        <>
          <StatCards data={data} />
          <TallyCard />
          <Card title={t('dashboard.workersChart')}>
            <Suspense
              fallback={
                <Spin>
                  <div style={{ height: 320 }} />
                </Spin>
              }
            >
              <WorkersChart rows={data.perCommunity} target={data.workersTarget} />
            </Suspense>
          </Card>
          <Card title={t('dashboard.perCommunity')}>
            <CommunityTable rows={data.perCommunity} />
          </Card>
        </>
      )}
    </Space>
  );
}
