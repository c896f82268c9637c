import { Alert, Button, DatePicker, Form, Input } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { disclosureBody } from '@jishi/shared';
import { compact } from '../../lib/form-validation.ts';
import { notifySuccess } from '../../lib/notify.ts';
import { submitForm } from '../../lib/submit-form.ts';
import { useFormError } from '../../lib/use-form-error.ts';
import { useDiscloseExercise } from './integrity-api.ts';
import type { ExerciseView } from './integrity-api.ts';

interface Values {
  where?: string;
  publishedAt?: Dayjs;
}

/** Records the disclosure the item requires (what, where, within how many days of closing). */
export function DisclosureForm({ exercise: e }: { exercise: ExerciseView }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const disclose = useDiscloseExercise(e.id);
  const { error, track } = useFormError(form);
  const rule = e.item.disclosure;
  const onFinish = (v: Values) =>
    submitForm(
      form,
      disclosureBody,
      compact({ where: v.where, publishedAt: v.publishedAt?.toISOString() }),
      track(disclose),
      () => notifySuccess(t('exercise.disclosed')),
    );
  return (
    <Form<Values>
      form={form}
      layout="vertical"
      onFinish={onFinish}
      initialValues={{ where: rule?.where }}
      data-testid="disclosure-form"
    >
      {rule && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('exercise.disclosureRule', { what: rule.what, where: rule.where, days: rule.withinDays })}
        />
      )}
      <Form.Item name="where" label={t('exercise.disclosureWhere')} required>
        <Input data-testid="disclosure-where" maxLength={200} />
      </Form.Item>
      <Form.Item name="publishedAt" label={t('exercise.publishedAt')} extra={t('exercise.doneAtHint')}>
        <DatePicker data-testid="disclosure-at" showTime style={{ width: '100%' }} />
      </Form.Item>
      {error && (
        <Alert type="error" showIcon title={error.text} style={{ marginBottom: 12 }} data-testid="disclosure-error" />
      )}
      <Button data-testid="disclosure-submit" htmlType="submit" loading={disclose.isPending}>
        {t('exercise.disclose')}
      </Button>
    </Form>
  );
}
