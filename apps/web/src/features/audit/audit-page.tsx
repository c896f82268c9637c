import { Card, Descriptions, Input, Space, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { ROLES } from '@jishi/shared';
import { PagedTable } from '../../components/paged-table.tsx';
import { formatDateTime } from '../../lib/format.ts';
import { testId } from '../../lib/test-id.ts';
import { usePagedFilters } from '../../lib/use-paged-filters.ts';
import { useAudit } from './audit-api.ts';
import type { AuditEntry, AuditFilters } from './audit-api.ts';
import { AuditVerify } from './audit-verify.tsx';

const KNOWN_ROLES: readonly string[] = ROLES;

/** 审计日志 (audit admin, inspector): append-only, hash-chained log of every write and reveal. */
export function AuditPage() {
  const { t } = useTranslation();
  const { filters, filter, turnPage } = usePagedFilters<AuditFilters>({ page: 1, pageSize: 50 });
  const audit = useAudit(filters);
  const none = t('common.none');
  const columns: TableColumnsType<AuditEntry> = [
    { title: '#', dataIndex: 'seq', width: 80 },
    { title: t('audit.time'), dataIndex: 'at', width: 180, render: (v: string) => formatDateTime(v) },
    { title: t('audit.actor'), dataIndex: 'actorName', width: 160, render: (v: string | null) => v ?? none },
    {
      title: t('audit.role'),
      dataIndex: 'actorRole',
      render: (v: string | null) => (v ? (KNOWN_ROLES.includes(v) ? t(`role.${v}`) : v) : none),
    },
    {
      title: t('audit.action'),
      dataIndex: 'action',
      render: (v: string) => (
        <Typography.Text code style={{ whiteSpace: 'nowrap' }}>
          {v}
        </Typography.Text>
      ),
    },
    {
      title: t('audit.subject'),
      key: 'subject',
      render: (_: unknown, e) => `${e.subjectType}${e.subjectId ? ` · ${e.subjectId}` : ''}`,
      ellipsis: true,
    },
    {
      title: t('audit.result'),
      dataIndex: 'result',
      render: (v: string) => <Tag color={v === 'ok' || v === 'success' ? 'green' : 'red'}>{v}</Tag>,
    },
    { title: t('audit.reason'), dataIndex: 'reason', render: (v: string | null) => v ?? none, ellipsis: true },
  ];
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('audit.title')}
      </Typography.Title>
      <Card>
        <AuditVerify />
      </Card>
      <Card>
        <Space wrap style={{ marginBottom: 16 }}>
          <Input.Search
            allowClear
            placeholder={t('audit.filterAction')}
            maxLength={60}
            onSearch={(v) => filter({ action: v.trim() || undefined })}
          />
          <Input.Search
            allowClear
            placeholder={t('audit.filterSubject')}
            maxLength={60}
            onSearch={(v) => filter({ subjectId: v.trim() || undefined })}
          />
        </Space>
        <PagedTable<AuditEntry>
          rowKey="seq"
          size="small"
          data={audit.data}
          loading={audit.isFetching}
          paging={filters}
          onPage={turnPage}
          columns={columns}
          onRow={(e) => testId(`audit-row-${e.seq}`)}
          expandable={{
            expandedRowRender: (e) => (
              <Descriptions size="small" column={1}>
                <Descriptions.Item label={t('audit.ip')}>{e.ip ?? none}</Descriptions.Item>
                <Descriptions.Item label={t('audit.changes')}>
                  <Typography.Text style={{ fontFamily: 'monospace', whiteSpace: 'pre-wrap' }}>
                    {e.changes ?? none}
                  </Typography.Text>
                </Descriptions.Item>
              </Descriptions>
            ),
          }}
          scroll={{ x: 1200 }}
        />
      </Card>
    </Space>
  );
}
