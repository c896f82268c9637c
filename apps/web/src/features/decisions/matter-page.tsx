import { useState } from 'react';
import { Button, Card, Col, Result, Row, Space, Typography } from 'antd';
import { ArrowLeftOutlined, EditOutlined, PrinterOutlined, StopOutlined } from '@ant-design/icons';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageLoading } from '../../components/page-loading.tsx';
import { ReasonModal } from '../../components/reason-modal.tsx';
import { notifyError, notifySuccess } from '../../lib/notify.ts';
import { useMatter, useWithdrawMatter } from './decisions-api.ts';
import type { MatterRecord } from './decisions-api.ts';
import { ImplementationCard } from './implementation-card.tsx';
import { MatterStatusTag } from './matter-status-tag.tsx';
import { MatterSummary } from './matter-summary.tsx';
import { ReviseModal } from './revise-modal.tsx';
import { StageMeetingForm } from './stage-meeting-form.tsx';
import { StageNoticeForm } from './stage-notice-form.tsx';
import { StageRecords } from './stage-records.tsx';
import { StageSteps } from './stage-steps.tsx';
import { StageVerdict } from './stage-verdict.tsx';

/** One matter: its stages (engine state), the form for the next stage, every record, implementation and rating. */
export function MatterPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const matter = useMatter(id);
  const withdraw = useWithdrawMatter(id);
  const [dialog, setDialog] = useState<'revise' | 'withdraw' | null>(null);
  const [verdict, setVerdict] = useState<MatterRecord | null>(null);
  if (matter.isPending) return <PageLoading />;
  if (!matter.data)
    return <Result status="404" title={t('common.notFound')} extra={<Link to="/hall">{t('hall.back')}</Link>} />;
  const m = matter.data;
  const stage = m.template.stages.find((s) => s.seq === m.next?.seq);
  const stageName = (seq: number) => m.template.stages.find((s) => s.seq === seq)?.name ?? '';
  const onWithdraw = (reason: string) =>
    withdraw.mutate(
      { reason },
      {
        onSuccess: () => {
          setDialog(null);
          notifySuccess(t('matter.withdrawDone'));
        },
        onError: notifyError,
      },
    );
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="matter-page" data-matter={m.id}>
      <Link to="/hall">
        <ArrowLeftOutlined /> {t('hall.back')}
      </Link>
      <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <Space wrap>
          <Typography.Title level={3} style={{ margin: 0 }} data-testid="matter-title-text">
            {m.title}
          </Typography.Title>
          <MatterStatusTag status={m.status} />
        </Space>
        <Space wrap>
          <Link to={`/print/matters/${m.id}`} data-testid="matter-print">
            <Button icon={<PrinterOutlined />}>{t('matter.print')}</Button>
          </Link>
          {m.abilities.revise && (
            <Button data-testid="matter-revise" icon={<EditOutlined />} onClick={() => setDialog('revise')}>
              {t('matter.revise')}
            </Button>
          )}
          {m.abilities.withdraw && (
            <Button data-testid="matter-withdraw" danger icon={<StopOutlined />} onClick={() => setDialog('withdraw')}>
              {t('matter.withdraw')}
            </Button>
          )}
        </Space>
      </Space>
      <Card>
        <MatterSummary matter={m} />
      </Card>
      {verdict && (
        <StageVerdict record={verdict} stageName={stageName(verdict.stageSeq)} onClose={() => setVerdict(null)} />
      )}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={8}>
          <Card title={t('matter.stages')}>
            <StageSteps matter={m} />
          </Card>
        </Col>
        <Col xs={24} lg={16}>
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            {stage && m.abilities.recordMeeting && (
              <Card title={t('stage.recordTitle', { stage: stage.name })}>
                <StageMeetingForm
                  key={`${stage.seq}-${m.records.length}`}
                  matter={m}
                  stage={stage}
                  onRecorded={setVerdict}
                />
              </Card>
            )}
            {stage && m.abilities.publishNotice && (
              <Card title={t('stage.publishTitle', { stage: stage.name })}>
                <StageNoticeForm key={`${stage.seq}-${m.records.length}`} matter={m} stage={stage} />
              </Card>
            )}
            {(m.status === 'implementing' || m.status === 'completed') && <ImplementationCard matter={m} />}
            <Card title={t('matter.records')}>
              <StageRecords matter={m} />
            </Card>
          </Space>
        </Col>
      </Row>
      {dialog === 'revise' && <ReviseModal matter={m} onClose={() => setDialog(null)} />}
      <ReasonModal
        open={dialog === 'withdraw'}
        title={t('matter.withdraw')}
        testPrefix="withdraw"
        confirmLoading={withdraw.isPending}
        onCancel={() => setDialog(null)}
        onSubmit={onWithdraw}
      />
    </Space>
  );
}
