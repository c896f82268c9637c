import { useState } from 'react';
import { Alert, Button, Form, Input } from 'antd';
import type { FormInstance } from 'antd';
import { LockOutlined, SafetyOutlined, UserOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../lib/api-error.ts';
import { errorText } from '../../lib/notify.ts';
import { useLogin } from './auth-api.ts';
import type { LoginBody } from './auth-api.ts';
import type { SessionView } from '@jishi/shared';

export interface LoginValues {
  username: string;
  password: string;
  totp?: string;
  recoveryCode?: string;
}

/** Username + password; the 6-digit code field appears once the server asks for it. */
export function LoginForm({
  form,
  onSignedIn,
}: {
  form: FormInstance<LoginValues>;
  onSignedIn: (session: SessionView) => void;
}) {
  const { t } = useTranslation();
  const login = useLogin();
  const [needTotp, setNeedTotp] = useState(false);
  const [useRecovery, setUseRecovery] = useState(false);
  const [error, setError] = useState<{ text: string; info: boolean } | null>(null);

  const onFinish = (values: LoginValues) => {
    const body: LoginBody = { username: values.username.trim(), password: values.password };
    if (needTotp && !useRecovery && values.totp) body.totp = values.totp;
    if (needTotp && useRecovery && values.recoveryCode) body.recoveryCode = values.recoveryCode.trim();
    setError(null);
    login.mutate(body, {
      onSuccess: onSignedIn,
      onError: (err) => {
        if (isApiError(err, 'AUTH_TOTP_REQUIRED')) {
          setNeedTotp(true);
          setError({ text: err.message, info: true });
          return;
        }
        if (isApiError(err, 'AUTH_TOTP_INVALID')) {
          setNeedTotp(true);
          form.setFields([{ name: 'totp', errors: [err.message] }]);
          return;
        }
        if (isApiError(err, 'AUTH_RECOVERY_CODE_INVALID')) {
          form.setFields([{ name: 'recoveryCode', errors: [err.message] }]);
          return;
        }
        setError({ text: errorText(err), info: false });
      },
    });
  };

  return (
    <Form form={form} layout="vertical" onFinish={onFinish} requiredMark={false} size="large">
      {error && (
        <Alert
          data-testid="login-error"
          type={error.info ? 'info' : 'error'}
          showIcon
          title={error.text}
          style={{ marginBottom: 16 }}
        />
      )}
      <Form.Item
        name="username"
        label={t('auth.username')}
        rules={[{ required: true, message: t('auth.usernameRequired') }]}
      >
        <Input data-testid="login-username" prefix={<UserOutlined />} autoComplete="username" autoFocus />
      </Form.Item>
      <Form.Item
        name="password"
        label={t('auth.password')}
        rules={[{ required: true, message: t('auth.passwordRequired') }]}
      >
        <Input.Password data-testid="login-password" prefix={<LockOutlined />} autoComplete="current-password" />
      </Form.Item>
      {needTotp && useRecovery && (
        <Form.Item
          name="recoveryCode"
          label={t('auth.recoveryCode')}
          extra={t('auth.recoveryCodeHint')}
          rules={[
            { required: true, pattern: /^[A-Za-z0-9]{5}-?[A-Za-z0-9]{5}$/, message: t('auth.recoveryCodeInvalid') },
          ]}
        >
          <Input
            data-testid="login-recovery-code"
            prefix={<SafetyOutlined />}
            autoComplete="off"
            maxLength={11}
            autoFocus
          />
        </Form.Item>
      )}
      {needTotp && !useRecovery && (
        <Form.Item
          name="totp"
          label={t('auth.totp')}
          extra={t('auth.totpHint')}
          rules={[{ required: true, pattern: /^\d{6}$/, message: t('auth.totpInvalid') }]}
        >
          <Input
            data-testid="login-totp"
            prefix={<SafetyOutlined />}
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={6}
            autoFocus
          />
        </Form.Item>
      )}
      {needTotp && (
        <Button
          type="link"
          data-testid="login-toggle-recovery"
          style={{ padding: 0, marginBottom: 16 }}
          onClick={() => setUseRecovery((v) => !v)}
        >
          {useRecovery ? t('auth.useTotp') : t('auth.useRecoveryCode')}
        </Button>
      )}
      <Button data-testid="login-submit" type="primary" htmlType="submit" block loading={login.isPending}>
        {t('auth.login')}
      </Button>
    </Form>
  );
}
