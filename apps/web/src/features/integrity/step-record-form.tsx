import { Alert, Button, Col, DatePicker, Form, Input, Row, Select, Space } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { stepRecordBody } from '@jishi/shared';
import { compact } from '../../lib/form-validation.ts';
import { notifySuccess } from '../../lib/notify.ts';
import { submitForm } from '../../lib/submit-form.ts';
import { useFormError } from '../../lib/use-form-error.ts';
import { useRecordStep } from './integrity-api.ts';
import type { ExerciseView } from './integrity-api.ts';

interface Values {
  stepSeq?: number;
  doneAt?: Dayjs;
  note?: string;
  evidence?: { title?: string; ref?: string }[];
}

/** Records one step: which one (the next by default — any other is recorded too, and the server reports the deviation), when, note and evidence. */
export function StepRecordForm({ exercise: e }: { exercise: ExerciseView }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const record = useRecordStep(e.id);
  const { error, track } = useFormError(form);
  const done = new Set(e.steps.map((s) => s.seq));
  const next = e.item.steps.find((s) => !done.has(s.seq))?.seq;
  const onFinish = (v: Values) => {
    const evidence = (v.evidence ?? []).map((x) => compact({ title: x.title, ref: x.ref })).filter((x) => x.title);
    submitForm(
      form,
      stepRecordBody,
      compact({ stepSeq: v.stepSeq, doneAt: v.doneAt?.toISOString(), note: v.note, evidence }),
      track(record),
      () => {
        form.resetFields();
        notifySuccess(t('exercise.stepRecorded'));
      },
    );
  };
  return (
    <Form<Values>
      form={form}
      layout="vertical"
      onFinish={onFinish}
      initialValues={{ stepSeq: next, evidence: [] }}
      data-testid="step-form"
    >
      <Row gutter={12}>
        <Col xs={24} md={14}>
          <Form.Item name="stepSeq" label={t('exercise.step')} required>
            <Select
              data-testid="step-seq"
              options={e.item.steps.map((s) => ({
                value: s.seq,
                label: `${s.seq}. ${s.name}${done.has(s.seq) ? ` ${t('exercise.alreadyDone')}` : ''}`,
              }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={10}>
          <Form.Item name="doneAt" label={t('exercise.doneAt')} extra={t('exercise.doneAtHint')}>
            <DatePicker data-testid="step-done-at" showTime style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="note" label={t('exercise.stepNote')}>
        <Input.TextArea data-testid="step-note" rows={2} maxLength={1000} />
      </Form.Item>
      <Form.List name="evidence">
        {(fields, { add, remove }) => (
          <Form.Item label={t('exercise.evidence')} extra={t('exercise.evidenceHint')}>
            <Space orientation="vertical" style={{ width: '100%' }}>
              {fields.map((f) => (
                <Space key={f.key} align="baseline" wrap>
                  <Form.Item name={[f.name, 'title']} noStyle>
                    <Input
                      data-testid={`step-evidence-title-${f.name}`}
                      placeholder={t('exercise.evidenceTitle')}
                      maxLength={100}
                      style={{ width: 220 }}
                    />
                  </Form.Item>
                  <Form.Item name={[f.name, 'ref']} noStyle>
                    <Input
                      data-testid={`step-evidence-ref-${f.name}`}
                      placeholder={t('exercise.evidenceRef')}
                      maxLength={200}
                      style={{ width: 220 }}
                    />
                  </Form.Item>
                  <MinusCircleOutlined onClick={() => remove(f.name)} aria-label={t('common.cancel')} />
                </Space>
              ))}
              {fields.length < 10 && (
                <Button data-testid="step-evidence-add" type="dashed" icon={<PlusOutlined />} onClick={() => add({})}>
                  {t('exercise.addEvidence')}
                </Button>
              )}
            </Space>
          </Form.Item>
        )}
      </Form.List>
      {error && (
        <Alert type="error" showIcon title={error.text} style={{ marginBottom: 12 }} data-testid="step-error" />
      )}
      <Button data-testid="step-submit" type="primary" htmlType="submit" loading={record.isPending}>
        {t('exercise.recordStep')}
      </Button>
    </Form>
  );
}
