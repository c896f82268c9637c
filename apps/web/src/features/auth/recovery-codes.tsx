import { Alert, Button, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** The recovery codes, shown once (after enrolment or regeneration) until the user says they have kept them. */
export function RecoveryCodes({ codes, onDone }: { codes: string[]; onDone: () => void }) {
  const { t } = useTranslation();
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="recovery-codes">
      <Alert
        type="warning"
        showIcon
        title={t('signInSteps.recoveryTitle')}
        description={t('signInSteps.recoveryIntro')}
      />
      <Typography.Paragraph copyable={{ text: codes.join('\n') }} style={{ margin: 0 }}>
        <ol style={{ columns: 2, fontFamily: 'monospace', fontSize: 16, margin: 0 }}>
          {codes.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ol>
      </Typography.Paragraph>
      <Button type="primary" data-testid="recovery-codes-done" onClick={onDone}>
        {t('signInSteps.recoverySaved')}
      </Button>
    </Space>
  );
}
