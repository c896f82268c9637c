import { Button, Card, Col, InputNumber, Row, Space, Statistic, Table, Tag } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { testId } from '../../lib/test-id.ts';
import { useCan } from '../auth/session.ts';
import { AllocationModal, ApprovalModal, ExpenditureModal } from './funds-forms.tsx';
import { useAllocations, useFundTotals, yuan, type AllocationView } from '../../lib/services-api.ts';

type Dialog = { kind: 'allocation' } | { kind: 'expenditure' | 'approval'; allocation: AllocationView };

/** Allocations of a year by kind and recipient, what was spent against each, over-budget approvals. */
export function FundsTab() {
  const { t } = useTranslation();
  const can = useCan();
  const [year, setYear] = useState(2015);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const readable = can('fund:read');
  const totals = useFundTotals(readable ? year : undefined);
  const list = useAllocations(readable ? year : undefined);
  if (!readable) return <Tag>{t('svc.none')}</Tag>;
  const close = () => setDialog(null);
  return (
    <>
      <Space style={{ marginBottom: 12 }}>
        <InputNumber
          addonBefore={t('svc.year')}
          value={year}
          min={2000}
          max={2100}
          onChange={(v) => v && setYear(v)}
          data-testid="funds-year"
        />
        {can('fund:write') && (
          <Button type="primary" onClick={() => setDialog({ kind: 'allocation' })} data-testid="allocation-add">
            {t('svc.addAllocation')}
          </Button>
        )}
      </Space>
      {dialog?.kind === 'allocation' && <AllocationModal year={year} onClose={close} />}
      {dialog?.kind === 'expenditure' && <ExpenditureModal allocation={dialog.allocation} onClose={close} />}
      {dialog?.kind === 'approval' && <ApprovalModal allocation={dialog.allocation} onClose={close} />}
      <Row gutter={16} style={{ marginBottom: 16 }}>
        {(totals.data?.byKind ?? []).map((k) => (
          <Col span={8} key={k.kind}>
            <Card>
              <Statistic title={t(`fundKind.${k.kind}`)} value={yuan(k.allocatedFen)} />
              <Secondary>
                {t('svc.spent')} {yuan(k.spentFen)}
              </Secondary>
            </Card>
          </Col>
        ))}
      </Row>
      <Table
        rowKey="id"
        size="small"
        loading={list.isPending}
        dataSource={list.data ?? []}
        onRow={(a) => testId(`allocation-row-${a.purpose}`)}
        expandable={{
          rowExpandable: (a) => a.expenditures.length + a.approvals.length > 0,
          expandedRowRender: (a) => <AllocationDetail allocation={a} />,
        }}
        columns={[
          { title: t('svc.recipient'), dataIndex: 'recipientName' },
          { title: t('svc.kind'), dataIndex: 'kind', render: (k: string) => t(`fundKind.${k}`) },
          { title: t('svc.purpose'), dataIndex: 'purpose' },
          { title: t('svc.allocated'), dataIndex: 'amountFen', render: yuan },
          { title: t('svc.spent'), dataIndex: 'spentFen', render: yuan },
          {
            title: t('svc.approvedExtra'),
            dataIndex: 'approvedExtraFen',
            render: (f: number) => (f > 0 ? <Tag color="orange">{yuan(f)}</Tag> : '—'),
          },
          { title: t('svc.remaining'), dataIndex: 'remainingFen', render: yuan },
          {
            title: t('svc.actions'),
            key: 'a',
            render: (_: unknown, a: AllocationView) => (
              <Space>
                {can('fund:write') && (
                  <Button
                    size="small"
                    onClick={() => setDialog({ kind: 'expenditure', allocation: a })}
                    data-testid="expenditure-add"
                  >
                    {t('svc.addExpenditure')}
                  </Button>
                )}
                {can('fund:approve') && (
                  <Button
                    size="small"
                    onClick={() => setDialog({ kind: 'approval', allocation: a })}
                    data-testid="approval-add"
                  >
                    {t('svc.approveExtra')}
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
    </>
  );
}

/** The expenditures (flagged when beyond the allocation itself) and approvals of one allocation. */
function AllocationDetail({ allocation }: { allocation: AllocationView }) {
  const { t } = useTranslation();
  return (
    <>
      <Table
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={allocation.expenditures}
        columns={[
          { title: t('svc.spentOn'), dataIndex: 'spentOn', width: 120 },
          { title: t('svc.purpose'), dataIndex: 'purpose' },
          {
            title: t('svc.amount'),
            dataIndex: 'amountFen',
            render: (f: number, e) => (
              <>
                {yuan(f)} {e.beyondAllocation && <Tag color="orange">{t('svc.beyond')}</Tag>}
              </>
            ),
          },
        ]}
      />
      {allocation.approvals.map((p) => (
        <Secondary key={p.id}>
          {t('svc.approveExtra')} {yuan(p.extraFen)}：{p.reason}
        </Secondary>
      ))}
    </>
  );
}

function Secondary({ children }: { children: ReactNode }) {
  return <div style={{ color: 'rgba(0,0,0,0.55)', marginTop: 4 }}>{children}</div>;
}
