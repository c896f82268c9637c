import { useState } from 'react';
import { Button, Card, Col, Descriptions, Row, Select, Space, Typography } from 'antd';
import { DownloadOutlined, NodeIndexOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { AuditVerify } from '../audit/audit-verify.tsx';
import { useCan } from '../auth/session.ts';
import { UnitSelect } from '../territory/unit-select.tsx';
import { formatDateTime } from '../../lib/format.ts';
import { useAuditHead, useOversightExport } from './supervision-api.ts';

type Deviating = 'true' | 'false';

/** 监督检查 (inspectors): read-only exports across the subdistrict, the audit chain's head to keep outside, and the chain check. */
export function OversightPage() {
  const { t } = useTranslation();
  const can = useCan();
  const exporter = useOversightExport();
  const head = useAuditHead();
  const [unitId, setUnitId] = useState<string>();
  const [deviating, setDeviating] = useState<Deviating>();
  const download = (file: 'exercises' | 'decisions') =>
    exporter.mutate({ file, query: file === 'exercises' ? { unitId, deviating } : { unitId } });
  const h = head.data;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="oversight-page">
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('oversight.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('oversight.intro')}
      </Typography.Paragraph>
      <Card title={t('oversight.exports')}>
        <Space orientation="vertical" size="middle">
          <Space wrap>
            <UnitSelect
              data-testid="oversight-unit"
              kinds={['community', 'village']}
              allowClear
              placeholder={t('oversight.allUnits')}
              value={unitId}
              onChange={setUnitId}
            />
            <Select<Deviating>
              data-testid="oversight-deviating"
              allowClear
              placeholder={t('oversight.deviating')}
              style={{ width: 180 }}
              value={deviating}
              onChange={setDeviating}
              options={[
                { value: 'true', label: t('oversight.onlyDeviating') },
                { value: 'false', label: t('oversight.noDeviation') },
              ]}
            />
          </Space>
          <Space wrap>
            <Button
              data-testid="oversight-export-exercises"
              icon={<DownloadOutlined />}
              loading={exporter.isPending && exporter.variables.file === 'exercises'}
              onClick={() => download('exercises')}
            >
              {t('oversight.exportExercises')}
            </Button>
            <Button
              data-testid="oversight-export-decisions"
              icon={<DownloadOutlined />}
              loading={exporter.isPending && exporter.variables.file === 'decisions'}
              onClick={() => download('decisions')}
            >
              {t('oversight.exportDecisions')}
            </Button>
          </Space>
          <Typography.Text type="secondary">{t('oversight.exportHint')}</Typography.Text>
        </Space>
      </Card>
      {can('audit:read') && (
        <Row gutter={[16, 16]}>
          <Col xs={24} lg={12}>
            <Card title={t('oversight.head')} style={{ height: '100%' }}>
              <Space orientation="vertical" style={{ width: '100%' }}>
                <Typography.Text type="secondary">{t('oversight.headHint')}</Typography.Text>
                <Button
                  data-testid="oversight-audit-head"
                  icon={<NodeIndexOutlined />}
                  loading={head.isPending}
                  onClick={() => head.mutate()}
                >
                  {t('oversight.exportHead')}
                </Button>
                {h && (
                  <Descriptions
                    column={1}
                    size="small"
                    bordered
                    data-testid="oversight-head-result"
                    styles={{ label: { whiteSpace: 'nowrap' } }}
                  >
                    <Descriptions.Item label={t('oversight.seq')}>
                      <span data-testid="audit-head-seq">{h.seq}</span>
                    </Descriptions.Item>
                    <Descriptions.Item label={t('oversight.hash')}>
                      <Typography.Text
                        copyable
                        style={{ fontFamily: 'monospace', wordBreak: 'break-all' }}
                        data-testid="audit-head-hash"
                      >
                        {h.hash}
                      </Typography.Text>
                    </Descriptions.Item>
                    <Descriptions.Item label={t('oversight.at')}>{formatDateTime(h.at)}</Descriptions.Item>
                  </Descriptions>
                )}
              </Space>
            </Card>
          </Col>
          <Col xs={24} lg={12}>
            <Card title={t('oversight.verify')} style={{ height: '100%' }}>
              <AuditVerify />
            </Card>
          </Col>
        </Row>
      )}
    </Space>
  );
}
