import { Alert, Card, Layout, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useRequiredSession } from './session.ts';
import { AppHeader } from '../../app/app-header.tsx';
import { PasswordForm } from './password-form.tsx';
import { TotpSetup } from './totp-setup.tsx';

/**
 * A limited session's one screen: change the one-time password, then enrol the second factor. The server refuses
 * every other request of the session until both are done; the session check then opens the console.
 */
export function CompleteSignIn() {
  const { t } = useTranslation();
  const { restriction } = useRequiredSession();
  const password = restriction === 'password_change';
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <AppHeader badges={false} />
      <Layout.Content style={{ padding: 24, display: 'flex', justifyContent: 'center' }}>
        <Card
          data-testid={password ? 'first-password' : 'totp-enrolment'}
          title={t(password ? 'signInSteps.passwordTitle' : 'signInSteps.totpTitle')}
          style={{ width: '100%', maxWidth: 760 }}
        >
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            <Alert type="info" showIcon title={t(password ? 'signInSteps.passwordIntro' : 'signInSteps.totpIntro')} />
            {password ? <PasswordForm /> : <TotpSetup enabled={false} />}
          </Space>
        </Card>
      </Layout.Content>
    </Layout>
  );
}
