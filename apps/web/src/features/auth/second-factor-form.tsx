import { Button, Form, Input, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { secondFactorConfirmBody } from '@jishi/shared';
import { submitForm } from '../../lib/submit-form.ts';
import type { FormMutation } from '../../lib/submit-form.ts';
import type { SecondFactorConfirm } from './account-api.ts';

interface Values {
  password?: string;
  code?: string;
}

/** The current password and a current code: what re-enrolling, switching off and new recovery codes ask for. */
export function SecondFactorForm<R>({
  submitText,
  mutation,
  onDone,
  danger,
}: {
  submitText: string;
  mutation: FormMutation<SecondFactorConfirm, R> & { isPending: boolean };
  onDone: (result: R) => void;
  danger?: boolean;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const onFinish = (values: Values) =>
    submitForm(
      form,
      secondFactorConfirmBody,
      { password: values.password ?? '', code: values.code?.trim() ?? '' },
      mutation,
      (result) => {
        form.resetFields();
        onDone(result);
      },
    );
  return (
    <Form form={form} layout="vertical" onFinish={onFinish} style={{ maxWidth: 400 }} autoComplete="off">
      <Form.Item name="password" label={t('account.currentPassword')} required>
        <Input.Password autoComplete="current-password" />
      </Form.Item>
      <Form.Item name="code" label={t('account.totpCode')} required>
        <Input maxLength={6} inputMode="numeric" autoComplete="one-time-code" style={{ width: 120 }} />
      </Form.Item>
      <Space>
        <Button htmlType="submit" danger={danger} loading={mutation.isPending}>
          {submitText}
        </Button>
      </Space>
    </Form>
  );
}
