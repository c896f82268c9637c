import { Alert, Button, Col, DatePicker, Form, Input, Row } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { stageNoticeBody } from '@jishi/shared';
import { toIsoDate } from '../../lib/format.ts';
import { notifySuccess } from '../../lib/notify.ts';
import { submitForm } from '../../lib/submit-form.ts';
import { usePublishNotice } from './decisions-api.ts';
import type { MatterView, TemplateStage } from './decisions-api.ts';
import { useFormError } from '../../lib/use-form-error.ts';

interface Values {
  noticeFrom?: Dayjs | null;
  noticeUntil?: Dayjs | null;
  content?: string;
}

/** Publishes 决议公开 / 实施结果公开 on the hall's public board for at least the stage's notice period. */
export function StageNoticeForm({ matter, stage }: { matter: MatterView; stage: TemplateStage }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const mutation = usePublishNotice(matter.id);
  const { error, track } = useFormError(form);
  const days = stage.noticeDays ?? 7;
  const from = dayjs();
  const initial: Values = {
    noticeFrom: from,
    noticeUntil: from.add(days - 1, 'day'),
    content: stage.body === 'result_notice' ? t('stage.resultDefault') : t('stage.resolutionDefault'),
  };
  const onFinish = (v: Values) => {
    const input = {
      stageSeq: stage.seq,
      noticeFrom: toIsoDate(v.noticeFrom),
      noticeUntil: toIsoDate(v.noticeUntil),
      content: v.content?.trim(),
    };
    submitForm(form, stageNoticeBody, input, track(mutation), () => notifySuccess(t('stage.published')));
  };
  const onValuesChange = (changed: Values) => {
    if (changed.noticeFrom) form.setFieldValue('noticeUntil', changed.noticeFrom.add(days - 1, 'day'));
  };
  return (
    <Form<Values>
      form={form}
      layout="vertical"
      onFinish={onFinish}
      onValuesChange={onValuesChange}
      initialValues={initial}
      data-testid="notice-form"
      data-stage={stage.seq}
    >
      {matter.next?.earliestOn && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('stage.earliestHint', { date: matter.next.earliestOn })}
        />
      )}
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item
            name="noticeFrom"
            label={t('stage.noticeFrom')}
            required
            extra={t('matter.noticeRule', { n: days })}
          >
            <DatePicker
              data-testid="notice-from"
              style={{ width: '100%' }}
              disabledDate={(d) => d.isAfter(dayjs(), 'day')}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="noticeUntil" label={t('stage.noticeUntil')} required>
            <DatePicker data-testid="notice-until" style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="content" label={t('stage.noticeContent')} required extra={t('stage.noticeHint')}>
        <Input.TextArea data-testid="notice-content" rows={4} maxLength={5000} showCount />
      </Form.Item>
      {error && (
        <Alert
          data-testid="stage-error"
          data-code={error.code}
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          title={error.text}
        />
      )}
      <Button data-testid="notice-submit" type="primary" htmlType="submit" loading={mutation.isPending}>
        {t('stage.publish')}
      </Button>
    </Form>
  );
}
