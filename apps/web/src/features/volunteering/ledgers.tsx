import { useState } from 'react';
import { Table, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Paged } from '../../lib/paged.ts';
import { FIRST_PAGE } from '../../lib/paged.ts';
import type { QueryValue } from '../../lib/api-client.ts';
import { useGet } from '../../lib/members-api.ts';
import type { PointEntry, ServiceRecord } from '../../lib/members-api.ts';
import { hours } from '../../lib/members-labels.ts';

/** A paged ledger read from the server page by page (points entries, service records). */
function PagedLedger<T extends { id: string }>({
  path,
  query,
  columns,
  testId,
}: {
  path: string;
  query: Record<string, QueryValue>;
  columns: TableColumnsType<T>;
  testId: string;
}) {
  const [page, setPage] = useState(FIRST_PAGE);
  const list = useGet<Paged<T>>(path, { ...query, ...page });
  return (
    <Table<T>
      rowKey="id"
      size="small"
      data-testid={testId}
      loading={list.isPending}
      dataSource={list.data?.items ?? []}
      columns={columns}
      scroll={{ x: true }}
      pagination={{
        current: page.page,
        pageSize: page.pageSize,
        total: list.data?.total ?? 0,
        showSizeChanger: false,
        onChange: (p, s) => setPage({ page: p, pageSize: s }),
      }}
    />
  );
}

/** Points entries (积分明细): the caller's own (`mine`), one volunteer's, or every volunteer's in scope. Points never change hours. */
export function PointsLedger({ mine, volunteerId }: { mine?: boolean; volunteerId?: string }) {
  const { t } = useTranslation();
  const columns: TableColumnsType<PointEntry> = [
    { title: t('members.points.date'), dataIndex: 'awardedOn' },
    ...(mine || volunteerId ? [] : [{ title: t('members.signup.name'), dataIndex: 'volunteerName' }]),
    {
      title: t('members.points.entry'),
      dataIndex: 'points',
      render: (n: number) => <Tag color={n < 0 ? 'red' : 'green'}>{n > 0 ? `+${n}` : n}</Tag>,
    },
    { title: t('members.points.reason'), dataIndex: 'reason' },
  ];
  return (
    <PagedLedger<PointEntry>
      path={mine ? '/api/my/points' : '/api/volunteer/points'}
      query={{ volunteerId }}
      columns={columns}
      testId="points-ledger"
    />
  );
}

/** Service records (服务记录) of in-service members: the caller's own (`mine`) or one member's, optionally of one year. */
export function ServiceRecordsLedger({ mine, memberId, year }: { mine?: boolean; memberId?: string; year?: number }) {
  const { t } = useTranslation();
  const columns: TableColumnsType<ServiceRecord> = [
    { title: t('members.inService.servedOn'), dataIndex: 'servedOn' },
    { title: t('members.inService.recordDescription'), dataIndex: 'description' },
    { title: t('members.inService.recordHours'), dataIndex: 'minutes', render: (m: number) => hours(m) },
  ];
  return (
    <PagedLedger<ServiceRecord>
      path={mine ? '/api/my/in-service/records' : '/api/in-service/records'}
      query={{ memberId, year }}
      columns={columns}
      testId="service-records"
    />
  );
}
