import { Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { passwordChangeBody } from '@jishi/shared';
import { notifySuccess } from '../../lib/notify.ts';
import { submitForm } from '../../lib/submit-form.ts';
import { useChangePassword } from './account-api.ts';

interface Values {
  currentPassword?: string;
  newPassword?: string;
  confirm?: string;
}

/** 修改密码 (passwordChangeBody: at least 12 characters; the server also rejects weak ones). */
export function PasswordForm() {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const change = useChangePassword();
  const onFinish = (values: Values) => {
    if (values.newPassword !== values.confirm) {
      form.setFields([{ name: 'confirm', errors: [t('account.mismatch')] }]);
      return;
    }
    const input = { currentPassword: values.currentPassword ?? '', newPassword: values.newPassword ?? '' };
    submitForm(form, passwordChangeBody, input, change, () => {
      notifySuccess(t('account.passwordChanged'));
      form.resetFields();
    });
  };
  return (
    <Form form={form} layout="vertical" onFinish={onFinish} style={{ maxWidth: 400 }} autoComplete="off">
      <Form.Item name="currentPassword" label={t('account.currentPassword')} required>
        <Input.Password autoComplete="current-password" />
      </Form.Item>
      <Form.Item name="newPassword" label={t('account.newPassword')} required extra={t('users.passwordHint')}>
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item name="confirm" label={t('account.confirmPassword')} required>
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={change.isPending} data-testid="password-submit">
        {t('common.save')}
      </Button>
    </Form>
  );
}
