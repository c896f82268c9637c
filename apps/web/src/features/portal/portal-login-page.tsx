import { useEffect, useState } from 'react';
import { Alert, Button, Form, Input, Tabs } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { SessionView } from '@jishi/shared';
import { errorText } from '../../lib/notify.ts';
import { adoptSession, SESSION_KEY } from '../auth/session.ts';
import { codeSignIn, passwordSignIn, requestCode } from './portal-api.ts';

/** Residents sign in with their mobile number and a password, or with a code sent to the phone. */
export function PortalLoginPage() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const location = useLocation();
  const target = (location.state as { from?: string } | null)?.from ?? '/portal/proposals';
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [wait, setWait] = useState(0);
  const [sent, setSent] = useState<string | null>(null);
  const [codeForm] = Form.useForm<{ phone: string; code: string }>();
  useEffect(() => {
    if (wait <= 0) return undefined;
    const id = window.setTimeout(() => setWait(wait - 1), 1000);
    return () => window.clearTimeout(id);
  }, [wait]);
  const done = (s: SessionView) => {
    qc.setQueryData(SESSION_KEY, s);
    void navigate(target, { replace: true });
  };
  const attempt = async (job: () => Promise<SessionView>) => {
    setError(null);
    setBusy(true);
    try {
      done(await adoptSession(await job()));
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };
  const send = async () => {
    setError(null);
    try {
      const { phone } = await codeForm.validateFields(['phone']);
      const r = await requestCode(phone.trim());
      setSent(t('pt.codeSent', { n: Math.round(r.expiresInSeconds / 60) }));
      setWait(60);
    } catch (e) {
      if (e instanceof Error) setError(errorText(e));
    }
  };
  const phoneRule = [{ required: true, pattern: /^1\d{10}$/, message: t('pt.phone') }];
  return (
    <div style={{ maxWidth: 480 }} data-testid="portal-login">
      <h1 style={{ fontSize: '1.4em' }}>{t('pt.signInTitle')}</h1>
      {error && (
        <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} data-testid="portal-login-error" />
      )}
      <Tabs
        items={[
          {
            key: 'password',
            label: t('pt.byPassword'),
            children: (
              <Form
                layout="vertical"
                size="large"
                onFinish={(v: { phone: string; password: string }) =>
                  attempt(() => passwordSignIn(v.phone.trim(), v.password))
                }
              >
                <Form.Item name="phone" label={t('pt.phone')} rules={phoneRule}>
                  <Input inputMode="tel" autoComplete="tel" data-testid="portal-phone" />
                </Form.Item>
                <Form.Item
                  name="password"
                  label={t('pt.password')}
                  rules={[{ required: true, message: t('pt.password') }]}
                >
                  <Input.Password autoComplete="current-password" data-testid="portal-password" />
                </Form.Item>
                <Button type="primary" htmlType="submit" block loading={busy} data-testid="portal-password-submit">
                  {t('pt.signIn')}
                </Button>
              </Form>
            ),
          },
          {
            key: 'code',
            label: t('pt.byCode'),
            children: (
              <Form
                form={codeForm}
                layout="vertical"
                size="large"
                onFinish={(v) => attempt(() => codeSignIn(v.phone.trim(), v.code.trim()))}
              >
                <Form.Item name="phone" label={t('pt.phone')} rules={phoneRule}>
                  <Input inputMode="tel" autoComplete="tel" data-testid="portal-code-phone" />
                </Form.Item>
                <Button
                  block
                  onClick={send}
                  disabled={wait > 0}
                  data-testid="portal-send-code"
                  style={{ marginBottom: 16 }}
                >
                  {wait > 0 ? t('pt.resend', { n: wait }) : t('pt.sendCode')}
                </Button>
                {sent && <Alert type="success" title={sent} style={{ marginBottom: 16 }} />}
                <Form.Item
                  name="code"
                  label={t('pt.code')}
                  rules={[{ required: true, pattern: /^\d{6}$/, message: t('pt.code') }]}
                >
                  <Input inputMode="numeric" autoComplete="one-time-code" maxLength={6} data-testid="portal-code" />
                </Form.Item>
                <Button type="primary" htmlType="submit" block loading={busy} data-testid="portal-code-submit">
                  {t('pt.signIn')}
                </Button>
              </Form>
            ),
          },
        ]}
      />
    </div>
  );
}
