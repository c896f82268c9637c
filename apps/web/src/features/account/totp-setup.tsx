import { useState } from 'react';
import { Button, Descriptions, Form, Input, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { totpEnableBody } from '@jishi/shared';
import { notifySuccess } from '../../lib/notify.ts';
import { submitForm } from '../../lib/submit-form.ts';
import { useTotpEnable, useTotpSetup } from './account-api.ts';
import type { TotpSetup as Setup } from './account-api.ts';

/** 双因素认证: get a secret (shown as text), then confirm with a code from the app. */
export function TotpSetup({ enabled }: { enabled: boolean }) {
  const { t } = useTranslation();
  const setup = useTotpSetup();
  const enable = useTotpEnable();
  const [secret, setSecret] = useState<Setup | null>(null);
  const [form] = Form.useForm<{ code?: string }>();
  const onFinish = (values: { code?: string }) =>
    submitForm(form, totpEnableBody, { code: values.code?.trim() ?? '' }, enable, () => {
      notifySuccess(t('account.totpDone'));
      setSecret(null);
    });
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Tag color={enabled ? 'green' : 'default'} data-testid="totp-status">
        {enabled ? t('account.totpOn') : t('account.totpOff')}
      </Tag>
      {!secret && (
        <Button
          data-testid="totp-setup"
          onClick={() =>
            setup.mutate(undefined, {
              onSuccess: (s) => {
                setSecret(s);
                setup.reset();
              },
            })
          }
          loading={setup.isPending}
        >
          {t('account.totpSetup')}
        </Button>
      )}
      {secret && (
        <>
          <Descriptions size="small" column={1} bordered>
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
