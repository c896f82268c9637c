import { useState } from 'react';
import { Alert, Button, Card, Col, Descriptions, Input, Modal, Result, Row, Space, Typography } from 'antd';
import { ArrowLeftOutlined, CheckCircleOutlined, PrinterOutlined } from '@ant-design/icons';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageLoading } from '../../components/page-loading.tsx';
import { formatDateTime } from '../../lib/format.ts';
import { testId } from '../../lib/test-id.ts';
import { errorText, notifySuccess } from '../../lib/notify.ts';
import { DisclosureForm } from './disclosure-form.tsx';
import { ExerciseSteps } from './exercise-steps.tsx';
import { DeviationTags, ExerciseStatusTag } from './integrity-tags.tsx';
import { useCloseExercise, useExercise } from './integrity-api.ts';
import { StepRecordForm } from './step-record-form.tsx';

/** One exercise: the procedure with its recorded steps, the deviations the server reports, and (for its community's staff) the next writes. */
export function ExercisePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const exercise = useExercise(id);
  const close = useCloseExercise(id);
  const [closing, setClosing] = useState(false);
  const [note, setNote] = useState('');
  if (exercise.isPending) return <PageLoading />;
  if (!exercise.data)
    return (
      <Result
        status="404"
        title={t('common.notFound')}
        extra={<Link to="/integrity/exercises">{t('exercise.back')}</Link>}
      />
    );
  const e = exercise.data;
  const onClose = () =>
    close.mutate(
      { note: note.trim() || undefined },
      {
        onSuccess: () => {
          setClosing(false);
          notifySuccess(t('exercise.closed'));
        },
      },
    );
  return (
    <Space
      orientation="vertical"
      size="middle"
      style={{ width: '100%' }}
      data-testid="exercise-page"
      data-exercise={e.id}
      data-status={e.status}
    >
      <Link to="/integrity/exercises">
        <ArrowLeftOutlined /> {t('exercise.back')}
      </Link>
      <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <Space wrap>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {e.title}
          </Typography.Title>
          <ExerciseStatusTag status={e.status} />
        </Space>
        <Space wrap>
          <Link to={`/print/power-items/${e.item.id}`}>
            <Button icon={<PrinterOutlined />}>{t('powerList.print')}</Button>
          </Link>
          {e.abilities.close && (
            <Button
              data-testid="exercise-close"
              type="primary"
              icon={<CheckCircleOutlined />}
              onClick={() => setClosing(true)}
            >
              {t('exercise.close')}
            </Button>
          )}
        </Space>
      </Space>
      <Card>
        <Descriptions size="small" column={{ xs: 1, md: 2, lg: 3 }}>
          <Descriptions.Item label={t('exercise.item')}>
            {e.itemCode} {e.itemName} · v{e.itemVersion}
          </Descriptions.Item>
          <Descriptions.Item label={t('exercise.unit')}>{e.unitName}</Descriptions.Item>
          <Descriptions.Item label={t('exercise.progress')}>
            {e.stepsDone}/{e.stepsTotal}
          </Descriptions.Item>
          <Descriptions.Item label={t('exercise.openedAt')}>{formatDateTime(e.openedAt)}</Descriptions.Item>
          <Descriptions.Item label={t('exercise.closedAt')}>{formatDateTime(e.closedAt)}</Descriptions.Item>
          <Descriptions.Item label={t('exercise.timeLimit')}>
            {t('powerList.days', { n: e.item.timeLimitDays })}
          </Descriptions.Item>
          <Descriptions.Item label={t('exercise.disclosure')}>
            {e.disclosedAt
              ? `${formatDateTime(e.disclosedAt)} · ${e.disclosureWhere ?? ''}`
              : e.item.disclosure
                ? t('exercise.notDisclosed')
                : t('exercise.noDisclosure')}
          </Descriptions.Item>
          {e.note && <Descriptions.Item label={t('exercise.note')}>{e.note}</Descriptions.Item>}
        </Descriptions>
      </Card>
      <Card title={t('exercise.deviations')} data-testid="exercise-deviations" data-count={e.deviations.length}>
        <Space orientation="vertical" style={{ width: '100%' }}>
          <DeviationTags deviations={e.deviations} />
          {e.deviations.map((d) => (
            <Alert
              key={`${d.kind}-${d.stepSeq ?? 0}`}
              type="warning"
              showIcon
              title={d.detail}
              data-testid="deviation-detail"
              data-kind={d.kind}
            />
          ))}
          {e.openAlerts > 0 && (
            <Typography.Text type="secondary">{t('exercise.openAlerts', { n: e.openAlerts })}</Typography.Text>
          )}
        </Space>
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card title={t('exercise.procedure')}>
            <ExerciseSteps exercise={e} />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            {e.abilities.recordStep && (
              <Card title={t('exercise.recordStep')}>
                <StepRecordForm key={e.steps.length} exercise={e} />
              </Card>
            )}
            {e.abilities.disclose && e.item.disclosure && !e.disclosedAt && (
              <Card title={t('exercise.disclose')}>
                <DisclosureForm exercise={e} />
              </Card>
            )}
          </Space>
        </Col>
      </Row>
      <Modal
        open={closing}
        title={t('exercise.close')}
        onCancel={() => setClosing(false)}
        onOk={onClose}
        confirmLoading={close.isPending}
        okButtonProps={testId('exercise-close-submit')}
        destroyOnHidden
      >
        <Typography.Paragraph>{t('exercise.closeHint')}</Typography.Paragraph>
        <Input.TextArea
          data-testid="exercise-close-note"
          rows={3}
          maxLength={1000}
          value={note}
          onChange={(ev) => setNote(ev.target.value)}
          placeholder={t('exercise.note')}
        />
        {close.isError && <Alert type="error" showIcon style={{ marginTop: 12 }} title={errorText(close.error)} />}
      </Modal>
    </Space>
  );
}
