import { Card, Drawer, Table, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useOpenParam } from '../../lib/use-open-param.ts';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format.ts';
import { testId } from '../../lib/test-id.ts';
import { DeadlineTag, RequestDetail } from '../service-requests/request-detail.tsx';
import { RequestActions } from '../service-requests/request-actions.tsx';
import { StaffBookingsTab } from '../bookings/staff-bookings-tab.tsx';
import { PremisesTab, ProjectsTab } from './premises-tab.tsx';
import { FundsTab } from '../funds/funds-tab.tsx';
import { BrandsTab } from '../brands/brands-tab.tsx';
import { CatalogTab } from '../providers/catalog-tab.tsx';
import { ProvidersTab } from '../providers/providers-tab.tsx';
import { ReceptionsTab } from '../service-requests/receptions-tab.tsx';
import { useStaffRequest, useStaffRequests, type RequestStatus } from '../../lib/services-api.ts';

const TABS = ['requests', 'bookings', 'premises', 'projects', 'funds', 'catalog', 'providers', 'brands', 'receptions'];

/**
 * 便民服务 console of a community's service centre: requests, bookings, premises, projects, funds, catalogue,
 * providers, brands. The open tab is in the address (`?tab=bookings`), so a link can open one.
 */
export function ServicesPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const asked = params.get('tab') ?? '';
  const tab = TABS.includes(asked) ? asked : 'requests';
  return (
    <Card title={t('svc.title')} data-testid="services-page">
      <Tabs
        destroyOnHidden
        activeKey={tab}
        onChange={(key) => setParams({ tab: key }, { replace: true })}
        items={[
          { key: 'requests', label: t('svc.tabRequests'), children: <RequestsTab /> },
          { key: 'bookings', label: t('svc.tabBookings'), children: <StaffBookingsTab /> },
          { key: 'premises', label: t('svc.tabPremises'), children: <PremisesTab /> },
          { key: 'projects', label: t('svc.tabProjects'), children: <ProjectsTab /> },
          { key: 'funds', label: t('svc.tabFunds'), children: <FundsTab /> },
          { key: 'catalog', label: t('svc.tabCatalog'), children: <CatalogTab /> },
          { key: 'providers', label: t('svc.tabProviders'), children: <ProvidersTab /> },
          { key: 'brands', label: t('svc.tabBrands'), children: <BrandsTab /> },
          { key: 'receptions', label: t('svc.tabReceptions'), children: <ReceptionsTab /> },
        ]}
      />
    </Card>
  );
}

const STATUSES: RequestStatus[] = [
  'submitted',
  'accepted',
  'dispatched',
  'in_progress',
  'done',
  'rated',
  'closed',
  'rejected',
];

function RequestsTab() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<RequestStatus | undefined>();
  const [page, setPage] = useState(1);
  const [open, setOpen] = useOpenParam('request');
  const list = useStaffRequests(status, page);
  const detail = useStaffRequest(open);
  return (
    <>
      <Typography.Paragraph>
        {STATUSES.map((s) => (
          <Tag.CheckableTag
            key={s}
            checked={status === s}
            onChange={(on) => {
              setStatus(on ? s : undefined);
              setPage(1);
            }}
            data-testid={`filter-${s}`}
          >
            {t(`requestStatus.${s}`)}
          </Tag.CheckableTag>
        ))}
        <Typography.Text type="secondary" data-testid="requests-total">
          {' '}
          {list.data?.total ?? 0}
        </Typography.Text>
      </Typography.Paragraph>
      <Table
        rowKey="id"
        size="small"
        loading={list.isPending}
        dataSource={list.data?.items ?? []}
        pagination={{
          current: page,
          pageSize: 20,
          total: list.data?.total ?? 0,
          onChange: setPage,
          showSizeChanger: false,
        }}
        onRow={(r) => testId(`request-row-${r.id}`)}
        columns={[
          { title: t('svc.submittedAt'), dataIndex: 'submittedAt', render: formatDateTime, width: 150 },
          { title: t('svc.community'), dataIndex: 'unitName', width: 110 },
          { title: t('svc.service'), dataIndex: 'serviceName', width: 110 },
          { title: t('svc.description'), dataIndex: 'description', ellipsis: true },
          {
            title: t('svc.channel'),
            dataIndex: 'channel',
            render: (c: string) => t(`requestChannel.${c}`),
            width: 100,
          },
          {
            title: t('svc.status'),
            dataIndex: 'status',
            render: (s: string) => <Tag>{t(`requestStatus.${s}`)}</Tag>,
            width: 90,
          },
          {
            title: t('svc.deadline'),
            dataIndex: 'deadline',
            render: (d: 'ok') => <DeadlineTag state={d} />,
            width: 90,
          },
          { title: t('svc.assignee'), dataIndex: 'assigneeName', width: 120 },
          {
            title: t('svc.actions'),
            key: 'a',
            width: 220,
            render: (_: unknown, r) => (
              <>
                <RequestActions request={r} only={['accept', 'dispatch', 'reject', 'close']} />
                <Typography.Link onClick={() => setOpen(r.id)} data-testid="request-open">
                  {t('svc.detail')}
                </Typography.Link>
              </>
            ),
          },
        ]}
      />
      <Drawer open={open !== null} onClose={() => setOpen(null)} size="large" title={t('svc.detail')}>
        {detail.data && (
          <div data-testid="request-drawer" data-id={detail.data.id}>
            <RequestDetail request={detail.data} photoBase="/api/services/requests" />
          </div>
        )}
      </Drawer>
    </>
  );
}
