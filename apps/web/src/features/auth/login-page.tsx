import { Form, theme } from 'antd';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { DemoBanner } from '../../components/demo-banner.tsx';
import { LangSwitch } from '../../components/lang-switch.tsx';
import { PageLoading } from '../../components/page-loading.tsx';
import { useMeta } from './auth-api.ts';
import { DemoAccounts } from './demo-accounts.tsx';
import { landingPath, returnPath } from './landing.ts';
import { LoginForm } from './login-form.tsx';
import type { LoginValues } from './login-form.tsx';
import { useSession } from './session.ts';

/** /login — kept light (no Card, Table or Typography) so the first paint needs little JS. */
export function LoginPage() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const [form] = Form.useForm<LoginValues>();
  const navigate = useNavigate();
  const location = useLocation();
  const session = useSession();
  const meta = useMeta();
  const from = returnPath(location.state);
  const target = (permissions: readonly string[]) => landingPath(from, permissions, window.innerWidth);

  if (session.isPending) return <PageLoading />;
  if (session.data) return <Navigate to={target(session.data.permissions)} replace />;
  const demo = meta.data?.demo === true;

  return (
    <div style={{ minHeight: '100vh', background: token.colorBgLayout }}>
      {demo && <DemoBanner />}
      <header
        style={{
          display: 'flex',
          alignItems: 'center',
          justifyContent: 'space-between',
          padding: '12px 24px',
          background: token.colorPrimary,
        }}
      >
        <h1 style={{ color: '#fff', margin: 0, fontSize: 20 }}>
          {t('app.name')} · {t('app.subtitle')}
        </h1>
        <LangSwitch />
      </header>
      <main style={{ padding: '48px 16px', display: 'flex', flexDirection: 'column', gap: 24, alignItems: 'center' }}>
        <section
          style={{
            width: '100%',
            maxWidth: 420,
            background: token.colorBgContainer,
            borderRadius: token.borderRadiusLG,
            padding: 24,
            boxShadow: token.boxShadowTertiary,
          }}
        >
          <h2 style={{ marginTop: 0, fontSize: 18 }}>{t('auth.title')}</h2>
          <LoginForm form={form} onSignedIn={(s) => navigate(target(s.permissions), { replace: true })} />
        </section>
        {demo && meta.data && (
          <div style={{ width: '100%', maxWidth: 760 }}>
            {meta.data.secondFactor === 'demo_exempt' && (
              <p data-testid="demo-second-factor" style={{ margin: '0 0 12px', color: token.colorTextSecondary }}>
                {t('auth.demoSecondFactor')}
              </p>
            )}
            <DemoAccounts
              accounts={meta.data.demoAccounts}
              onFill={(a) => form.setFieldsValue({ username: a.username, password: a.password, totp: undefined })}
            />
          </div>
        )}
      </main>
    </div>
  );
}
