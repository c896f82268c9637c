import { Card, Col, InputNumber, Row, Statistic, Table, Tag } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../auth/session.ts';
import { useAllocations, useFundTotals, yuan } from './services-api.ts';

/** Allocations of a year by kind and recipient, what was spent against each, over-budget approvals. */
export function FundsTab() {
  const { t } = useTranslation();
  const can = useCan();
  const [year, setYear] = useState(2015);
  const readable = can('fund:read');
  const totals = useFundTotals(readable ? year : undefined);
  const list = useAllocations(readable ? year : undefined);
  if (!readable) return <Tag>{t('svc.none')}</Tag>;
  return (
    <>
      <InputNumber addonBefore={t('svc.year')} value={year} min={2000} max={2100} onChange={(v) => v && setYear(v)} style={{ marginBottom: 12 }} />
      <Row gutter={16} style={{ marginBottom: 16 }}>
        {(totals.data?.byKind ?? []).map((k) => (
          <Col span={8} key={k.kind}>
            <Card><Statistic title={t(`fundKind.${k.kind}`)} value={yuan(k.allocatedFen)} /><Secondary>{t('svc.spent')} {yuan(k.spentFen)}</Secondary></Card>
          </Col>
        ))}
      </Row>
      <Table rowKey="id" size="small" loading={list.isPending} dataSource={list.data ?? []} columns={[
        { title: t('svc.recipient'), dataIndex: 'recipientName' },
        { title: t('svc.kind'), dataIndex: 'kind', render: (k: string) => t(`fundKind.${k}`) },
        { title: t('svc.purpose'), dataIndex: 'purpose' },
        { title: t('svc.allocated'), dataIndex: 'amountFen', render: yuan },
        { title: t('svc.spent'), dataIndex: 'spentFen', render: yuan },
        { title: t('svc.approvedExtra'), dataIndex: 'approvedExtraFen', render: (f: number) => (f > 0 ? <Tag color="orange">{yuan(f)}</Tag> : '—') },
        { title: t('svc.remaining'), dataIndex: 'remainingFen', render: yuan },
      ]} />
    </>
  );
}

function Secondary({ children }: { children: ReactNode }) {
  return <div style={{ color: 'rgba(0,0,0,0.55)', marginTop: 4 }}>{children}</div>;
}
