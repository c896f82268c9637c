import { useState } from 'react';
import { Button, Card, Col, DatePicker, Progress, Row, Space, Statistic, Table, Tag, Typography } from 'antd';
import { CopyOutlined, DownloadOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { saveDownload } from '../../lib/download.ts';
import { formatPercent, toIsoDate } from '../../lib/format.ts';
import { notifyError, notifySuccess } from '../../lib/notify.ts';
import { downloadGridFigures, useDailyRollup, useGridFigures, type GridFiguresView } from './grid-api.ts';

/** 排查看板: compliance, disputes by category/level/status, overdue cases, source governance and mediation success for a period; .xlsx; the daily roll-up. */
export function GridFiguresPage() {
  const { t } = useTranslation();
  const [range, setRange] = useState<[Dayjs | null, Dayjs | null] | null>(null);
  const query = { from: toIsoDate(range?.[0]), to: toIsoDate(range?.[1]) };
  const d = useGridFigures(query).data;
  const rollup = useDailyRollup().data;
  const exportXlsx = () => void downloadGridFigures(query).then((f) => saveDownload(f, 'grid.xlsx'), notifyError);
  const counts = (title: string, rows: { key: string; count: number }[], prefix: string) => (
    <Card size="small" title={title}>
      <Space wrap>
        {rows
          .filter((r) => r.count > 0)
          .map((r) => (
            <Tag key={r.key} data-testid={`count-${prefix}-${r.key}`}>
              {t(`gridGov.${prefix}.${r.key}`)} {r.count}
            </Tag>
          ))}
      </Space>
    </Card>
  );
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="grid-dashboard-page">
      <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('gridGov.dashboard.title')}
        </Typography.Title>
        <Space wrap>
          <DatePicker.RangePicker value={range} onChange={(v) => setRange(v)} />
          <Button icon={<DownloadOutlined />} onClick={exportXlsx} data-testid="dashboard-export">
            {t('gridGov.dashboard.export')}
          </Button>
        </Space>
      </Space>
      {d && (
        <>
          <Row gutter={[12, 12]}>
            <Col xs={12} md={4}>
              <Card size="small">
                <Statistic title={t('gridGov.dashboard.cases')} value={d.cases} />
              </Card>
            </Col>
            <Col xs={12} md={5}>
              <Card size="small" data-testid="dashboard-overdue" data-value={d.overdue}>
                <Statistic
                  title={t('gridGov.dashboard.overdue')}
                  value={d.overdue}
                  styles={{ content: { color: d.overdue ? '#cf1322' : undefined } }}
                />
              </Card>
            </Col>
            <Col xs={12} md={5}>
              <Card size="small">
                <Statistic title={t('gridGov.dashboard.yellow')} value={d.yellow} />
              </Card>
            </Col>
            <Col xs={12} md={5}>
              <Card size="small">
                <Statistic title={t('gridGov.dashboard.gridShare')} value={formatPercent(d.gridResolvedShare)} />
              </Card>
            </Col>
            <Col xs={12} md={5}>
              <Card size="small">
                <Statistic title={t('gridGov.dashboard.mediation')} value={formatPercent(d.mediationSuccessRate)} />
              </Card>
            </Col>
          </Row>
          <Row gutter={[12, 12]}>
            <Col xs={24} md={8}>
              {counts(t('gridGov.dashboard.byCategory'), d.byCategory, 'category')}
            </Col>
            <Col xs={24} md={8}>
              {counts(t('gridGov.dashboard.byLevel'), d.byLevel, 'level')}
            </Col>
            <Col xs={24} md={8}>
              {counts(t('gridGov.dashboard.byStatus'), d.byStatus, 'status')}
            </Col>
          </Row>
          <Card size="small" title={`${t('gridGov.dashboard.compliance')} · ${d.from} — ${d.to}`}>
            <Table<GridFiguresView['compliance'][number]>
              rowKey="unitId"
              size="small"
              pagination={false}
              dataSource={d.compliance.filter((u) => u.kind !== 'grid' || d.compliance.length < 40)}
              scroll={{ x: 560 }}
              columns={[
                { title: t('gridGov.compliance.unit'), dataIndex: 'unitName' },
                { title: t('gridGov.compliance.expected'), dataIndex: 'expected', width: 70 },
                { title: t('gridGov.compliance.reported'), dataIndex: 'reported', width: 70 },
                { title: t('gridGov.compliance.late'), dataIndex: 'late', width: 70 },
                {
                  title: t('gridGov.dashboard.rate'),
                  dataIndex: 'rate',
                  width: 160,
                  render: (r: number) => <Progress percent={Math.round(r * 100)} size="small" />,
                },
              ]}
            />
          </Card>
        </>
      )}
      {rollup && (
        <Card
          size="small"
          title={t('gridGov.dashboard.rollup')}
          data-testid="daily-rollup"
          extra={
            <Button
              size="small"
              icon={<CopyOutlined />}
              onClick={() =>
                void navigator.clipboard
                  ?.writeText(rollup.text)
                  .then(() => notifySuccess(t('gridGov.dashboard.copied')))
              }
            >
              {t('gridGov.dashboard.copy')}
            </Button>
          }
        >
          <Typography.Paragraph style={{ whiteSpace: 'pre-line', margin: 0 }} data-testid="daily-rollup-text">
            {rollup.text}
          </Typography.Paragraph>
        </Card>
      )}
    </Space>
  );
}
