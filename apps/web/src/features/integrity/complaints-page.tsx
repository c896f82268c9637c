import { useState } from 'react';
import { Card, Select, Space, Tag, Button, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { COMPLAINT_STATUSES } from '@jishi/shared';
import { PagedTable } from '../../components/paged-table.tsx';
import { formatDateTime } from '../../lib/format.ts';
import { FIRST_PAGE } from '../../lib/paged.ts';
import { dataAttrs, testId } from '../../lib/test-id.ts';
import { usePagedFilters } from '../../lib/use-paged-filters.ts';
import { UnitSelect } from '../territory/unit-select.tsx';
import { ComplaintDrawer } from './complaint-drawer.tsx';
import { ComplaintStatusTag } from './integrity-tags.tsx';
import { useComplaints } from './supervision-api.ts';
import type { ComplaintFilters, ComplaintListItem, ComplaintStatus } from './supervision-api.ts';

/** 信访举报 (inspectors only): every list and detail read is audited by the server. */
export function ComplaintsPage() {
  const { t } = useTranslation();
  const { filters, filter, turnPage } = usePagedFilters<ComplaintFilters>({ ...FIRST_PAGE });
  const complaints = useComplaints(filters);
  const [openId, setOpenId] = useState<string | null>(null);
  const columns: TableColumnsType<ComplaintListItem> = [
    {
      title: t('complaint.target'),
      key: 'target',
      render: (_: unknown, c) => (
        <Button
          type="link"
          style={{ padding: 0 }}
          data-testid={`complaint-open-${c.id}`}
          onClick={() => setOpenId(c.id)}
        >
          {t(`complaintTarget.${c.targetKind}`)}：{c.targetText}
        </Button>
      ),
    },
    { title: t('complaint.unit'), dataIndex: 'unitName', width: 120 },
    {
      title: t('complaint.submitter'),
      dataIndex: 'anonymous',
      width: 100,
      render: (a: boolean) => <Tag>{a ? t('complaint.anonymous') : t('complaint.named')}</Tag>,
    },
    {
      title: t('complaint.submittedAt'),
      dataIndex: 'submittedAt',
      width: 170,
      render: (v: string) => formatDateTime(v),
    },
    { title: t('complaint.updatedAt'), dataIndex: 'updatedAt', width: 170, render: (v: string) => formatDateTime(v) },
    {
      title: t('complaint.status'),
      dataIndex: 'status',
      width: 100,
      render: (s: ComplaintStatus) => <ComplaintStatusTag status={s} />,
    },
  ];
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="complaints-page">
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('complaint.title')}
      </Typography.Title>
      <Typography.Text type="secondary">{t('complaint.auditedHint')}</Typography.Text>
      <Card>
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <Space wrap>
            <UnitSelect
              data-testid="complaints-unit-filter"
              kinds={['community', 'village']}
              allowClear
              placeholder={t('complaint.unit')}
              value={filters.unitId}
              onChange={(unitId) => filter({ unitId })}
            />
            <Select<ComplaintStatus>
              data-testid="complaints-status-filter"
              allowClear
              placeholder={t('complaint.status')}
              style={{ width: 130 }}
              value={filters.status}
              onChange={(status) => filter({ status })}
              options={COMPLAINT_STATUSES.map((s) => ({ value: s, label: t(`complaintStatus.${s}`) }))}
            />
          </Space>
          <PagedTable<ComplaintListItem>
            rowKey="id"
            size="middle"
            data={complaints.data}
            loading={complaints.isFetching}
            paging={filters}
            onPage={turnPage}
            columns={columns}
            scroll={{ x: 900 }}
            onRow={(c) => ({ ...testId(`complaint-row-${c.id}`), ...dataAttrs({ status: c.status }) })}
          />
        </Space>
      </Card>
      {openId && <ComplaintDrawer id={openId} onClose={() => setOpenId(null)} />}
    </Space>
  );
}
