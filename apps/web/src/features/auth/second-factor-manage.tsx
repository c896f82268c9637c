import { useState } from 'react';
import { Alert, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../lib/notify.ts';
import { useRegenerateRecoveryCodes, useTotpDisable } from './account-api.ts';
import { RecoveryCodes } from './recovery-codes.tsx';
import { SecondFactorForm } from './second-factor-form.tsx';

/** An enabled second factor: new recovery codes, and switching it off where the role allows (both need two factors). */
export function SecondFactorManage({ required }: { required: boolean }) {
  const { t } = useTranslation();
  const regenerate = useRegenerateRecoveryCodes();
  const disable = useTotpDisable();
  const [codes, setCodes] = useState<string[] | null>(null);
  if (codes) return <RecoveryCodes codes={codes} onDone={() => setCodes(null)} />;
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Space orientation="vertical">
        <Typography.Title level={5} style={{ margin: 0 }}>
          {t('account.recoveryRegenerate')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('account.recoveryRegenerateHint')}</Typography.Text>
        <SecondFactorForm
          submitText={t('account.recoveryRegenerate')}
          mutation={regenerate}
          onDone={(r) => setCodes(r.recoveryCodes)}
        />
      </Space>
      <Space orientation="vertical">
        <Typography.Title level={5} style={{ margin: 0 }}>
          {t('account.totpDisable')}
        </Typography.Title>
        {required ? (
          <Alert type="info" showIcon title={t('account.totpRequired')} />
        ) : (
          <SecondFactorForm
            danger
            submitText={t('account.totpDisable')}
            mutation={disable}
            onDone={() => notifySuccess(t('account.totpDisabled'))}
          />
        )}
      </Space>
    </Space>
  );
}
