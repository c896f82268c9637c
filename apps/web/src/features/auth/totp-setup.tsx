import { useState } from 'react';
import { Button, Descriptions, Form, Input, QRCode, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { totpEnableBody } from '@jishi/shared';
import { notifySuccess } from '../../lib/notify.ts';
import { submitForm } from '../../lib/submit-form.ts';
import { useRefreshSession, useTotpEnable, useTotpSetup } from './account-api.ts';
import type { TotpSetup as Setup } from './account-api.ts';
import { RecoveryCodes } from './recovery-codes.tsx';
import { SecondFactorForm } from './second-factor-form.tsx';

/**
 * 双因素认证: get a secret (QR code, text and otpauth link), confirm it with a code from the app, then see the
 * recovery codes once. Replacing an enabled authenticator first asks for the password and a current code.
 */
export function TotpSetup({ enabled }: { enabled: boolean }) {
  const { t } = useTranslation();
  const setup = useTotpSetup();
  const enable = useTotpEnable();
  const refresh = useRefreshSession();
  const [secret, setSecret] = useState<Setup | null>(null);
  const [codes, setCodes] = useState<string[] | null>(null);
  const [form] = Form.useForm<{ code?: string }>();
  const onFinish = (values: { code?: string }) =>
    submitForm(form, totpEnableBody, { code: values.code?.trim() ?? '' }, enable, (result) => {
      notifySuccess(t('account.totpDone'));
      setSecret(null);
      setCodes(result.recoveryCodes);
    });
  const started = (s: Setup) => {
    setSecret(s);
    setup.reset();
  };
  if (codes)
    return (
      <RecoveryCodes
        codes={codes}
        onDone={() => {
          setCodes(null);
          void refresh();
        }}
      />
    );
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Tag color={enabled ? 'green' : 'default'} data-testid="totp-status">
        {enabled ? t('account.totpOn') : t('account.totpOff')}
      </Tag>
      {!secret && !enabled && (
        <Button
          data-testid="totp-setup"
          type="primary"
          onClick={() => setup.mutate({}, { onSuccess: started })}
          loading={setup.isPending}
        >
          {t('account.totpSetup')}
        </Button>
      )}
      {!secret && enabled && (
        <>
          <Typography.Text type="secondary">{t('account.totpReenrolHint')}</Typography.Text>
          <SecondFactorForm submitText={t('account.totpReenrol')} mutation={setup} onDone={started} />
        </>
      )}
      {secret && (
        <>
          <Space align="start" wrap size="large">
            <Space orientation="vertical" align="center">
              <QRCode data-testid="totp-qr" value={secret.uri} size={180} />
              <Typography.Text type="secondary">{t('account.totpQr')}</Typography.Text>
            </Space>
            <Descriptions size="small" column={1} bordered style={{ maxWidth: 460 }}>
              <Descriptions.Item label={t('account.totpSecret')}>
                <Typography.Text data-testid="totp-secret" copyable style={{ fontFamily: 'monospace' }}>
                  {secret.secret}
                </Typography.Text>
              </Descriptions.Item>
              <Descriptions.Item label={t('account.totpUri')}>
                <Typography.Text
                  data-testid="totp-uri"
                  copyable
                  style={{ fontFamily: 'monospace', wordBreak: 'break-all' }}
                >
                  {secret.uri}
                </Typography.Text>
              </Descriptions.Item>
            </Descriptions>
          </Space>
          <Form form={form} layout="inline" onFinish={onFinish}>
            <Form.Item name="code" label={t('account.totpCode')} required>
              <Input
                data-testid="totp-code"
                maxLength={6}
                inputMode="numeric"
                autoComplete="one-time-code"
                style={{ width: 120 }}
              />
            </Form.Item>
            <Button data-testid="totp-enable" type="primary" htmlType="submit" loading={enable.isPending}>
              {t('account.totpEnable')}
            </Button>
          </Form>
        </>
      )}
    </Space>
  );
}
