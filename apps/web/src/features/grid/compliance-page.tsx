import { useState } from 'react';
import { Alert, Card, DatePicker, List, Space, Table, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { toIsoDate } from '../../lib/format.ts';
import { testId } from '../../lib/test-id.ts';
import { useCompliance, type ComplianceView } from './grid-api.ts';

type Row = ComplianceView['units'][number];

/** 日报报送: today's (or a day's) compliance per unit at a glance, and who has not reported after the cut-off. */
export function GridCompliancePage() {
  const { t } = useTranslation();
  const [date, setDate] = useState<Dayjs | null>(null);
  const q = useCompliance(toIsoDate(date));
  const c = q.data;
  const indent = (r: Row) => (r.kind === 'subdistrict' ? 0 : r.kind === 'grid' || r.kind === 'micro_grid' ? 2 : 1);
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="grid-compliance-page">
      <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('gridGov.compliance.title')}
        </Typography.Title>
        <DatePicker value={date} onChange={setDate} placeholder={c?.date} data-testid="compliance-date" />
      </Space>
      {c && !c.afterCutoff && (
        <Alert type="info" showIcon message={t('gridGov.compliance.beforeCutoff', { cutoff: c.cutoff })} />
      )}
      <Card
        size="small"
        title={t('gridGov.compliance.missingTitle')}
        data-testid="compliance-missing"
        data-count={c?.missing.length ?? 0}
      >
        {c && c.missing.length === 0 ? (
          <Typography.Text type="success">{t('gridGov.compliance.missingNone')}</Typography.Text>
        ) : (
          <List
            size="small"
            dataSource={c?.missing ?? []}
            renderItem={(m) => (
              <List.Item data-testid="missing-row">
                <Space wrap>
                  <Tag color="red">{t('gridGov.compliance.missing')}</Tag>
                  {m.communityName} · {m.gridName} · {m.userName}
                </Space>
              </List.Item>
            )}
          />
        )}
      </Card>
      <Card size="small">
        <Table<Row>
          rowKey="unitId"
          size="small"
          loading={q.isFetching}
          dataSource={c?.units ?? []}
          pagination={false}
          scroll={{ x: 560 }}
          onRow={(r) => testId(`compliance-row-${r.unitId}`)}
          columns={[
            {
              title: t('gridGov.compliance.unit'),
              key: 'unit',
              render: (_: unknown, r) => <span style={{ paddingLeft: indent(r) * 16 }}>{r.unitName}</span>,
            },
            { title: t('gridGov.compliance.expected'), dataIndex: 'expected', width: 70 },
            { title: t('gridGov.compliance.reported'), dataIndex: 'reported', width: 70 },
            { title: t('gridGov.compliance.zero'), dataIndex: 'zero', width: 80 },
            { title: t('gridGov.compliance.late'), dataIndex: 'late', width: 70 },
            {
              title: t('gridGov.compliance.missing'),
              dataIndex: 'missing',
              width: 70,
              render: (n: number) => (n > 0 ? <Tag color="red">{n}</Tag> : n),
            },
          ]}
        />
      </Card>
    </Space>
  );
}
