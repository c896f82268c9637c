import { useState } from 'react';
import { Alert, Button, Card, Descriptions, Input, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../../lib/api-client.ts';
import { PublicShell } from '../../components/public-shell.tsx';
import type { PublicCertificate } from '../../lib/members-api.ts';

/** Public check of a volunteer certificate number (no sign-in): masked name, hours and date only. */
export function CertificateCheckPage() {
  const { t } = useTranslation();
  const [number, setNumber] = useState('');
  const [result, setResult] = useState<PublicCertificate | null>(null);
  const [error, setError] = useState<string | null>(null);
  const check = async () => {
    setResult(null);
    setError(null);
    try {
      setResult(
        await api<PublicCertificate>(`/api/public/certificates/${encodeURIComponent(number.trim().toUpperCase())}`, {
          allowUnauthenticated: true,
        }),
      );
    } catch (err) {
      setError(
        err instanceof ApiError && (err.status === 404 || err.status === 400)
          ? t('members.check.notFound')
          : err instanceof Error
            ? err.message
            : String(err),
      );
    }
  };
  return (
    <PublicShell title={t('members.check.title')} subtitle={t('members.check.subtitle')} testId="certificate-check">
      <Card>
        <Space.Compact style={{ width: '100%' }}>
          <Input
            size="large"
            value={number}
            onChange={(e) => setNumber(e.target.value)}
            placeholder="ZYZ-2026-XXXXXXXXXX"
            data-testid="check-number"
            onPressEnter={() => void check()}
          />
          <Button size="large" type="primary" onClick={() => void check()} data-testid="check-submit">
            {t('members.check.submit')}
          </Button>
        </Space.Compact>
        {error && <Alert style={{ marginTop: 16 }} type="error" title={error} data-testid="check-error" />}
        {result && (
          <Descriptions
            style={{ marginTop: 16 }}
            column={1}
            bordered
            data-testid="check-result"
            items={[
              { key: 'n', label: t('members.check.number'), children: result.number },
              {
                key: 'name',
                label: t('members.check.name'),
                children: <span data-testid="check-name">{result.maskedName}</span>,
              },
              {
                key: 'h',
                label: t('members.check.hours'),
                children: <span data-testid="check-hours">{result.serviceHours}</span>,
              },
              { key: 's', label: t('members.check.star'), children: result.starLevel },
              { key: 'd', label: t('members.check.issuedOn'), children: result.issuedOn },
            ]}
          />
        )}
      </Card>
    </PublicShell>
  );
}
