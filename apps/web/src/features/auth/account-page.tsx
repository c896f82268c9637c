import { Card, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useRequiredSession } from './session.ts';
import { PasswordForm } from './password-form.tsx';
import { SecondFactorManage } from './second-factor-manage.tsx';
import { TotpSetup } from './totp-setup.tsx';

/** 账号安全: password, second factor and its recovery codes. */
export function AccountPage() {
  const { t } = useTranslation();
  const session = useRequiredSession();
  const { user } = session;
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
      {user.totpEnabled && (
        <Card>
          <SecondFactorManage required={session.secondFactorRequired} />
        </Card>
      )}
    </Space>
  );
}
