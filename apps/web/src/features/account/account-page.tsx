import { Card, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useRequiredSession } from '../auth/session.ts';
import { PasswordForm } from './password-form.tsx';
import { TotpSetup } from './totp-setup.tsx';

/** 账号安全: password and second factor. */
export function AccountPage() {
  const { t } = useTranslation();
  const { user } = useRequiredSession();
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('account.title')}
      </Typography.Title>
      <Card title={t('account.changePassword')}>
        <PasswordForm />
      </Card>
      <Card title={t('account.totp')}>
        <TotpSetup enabled={user.totpEnabled} />
      </Card>
    </Space>
  );
}
