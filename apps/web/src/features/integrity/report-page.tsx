import { useState } from 'react';
import { Alert, Button, Card, Result, Space, Typography } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ComplaintForm } from './complaint-form.tsx';
import type { ComplaintReceipt } from './public-integrity-api.ts';
import { PublicShell } from '../../components/public-shell.tsx';

/** The tracking code, shown this once: it is kept only in this page's memory, never in the URL or browser storage. */
function Receipt({ receipt, onAgain }: { receipt: ComplaintReceipt; onAgain: () => void }) {
  const { t } = useTranslation();
  return (
    <Card data-testid="report-receipt">
      <Result
        status="success"
        title={t('report.received')}
        styles={{ title: { fontSize: '1.3em' } }}
        style={{ padding: '16px 0' }}
      />
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Typography.Text strong style={{ fontSize: '1.1em' }}>
          {t('report.codeLabel')}
        </Typography.Text>
        <Typography.Paragraph
          copyable={{ text: receipt.trackingCode, tooltips: [t('report.copy'), t('report.copied')] }}
          style={{
            fontSize: '1.3em',
            fontFamily: 'monospace',
            wordBreak: 'break-all',
            background: '#fffbe6',
            border: '2px solid #faad14',
            padding: 16,
            margin: 0,
          }}
          data-testid="report-code"
        >
          {receipt.trackingCode}
        </Typography.Paragraph>
        <Alert
          type="warning"
          showIcon
          data-testid="report-keep-safe"
          title={<strong>{t('report.keepSafe')}</strong>}
          description={t('report.keepSafeHint')}
        />
        <Space wrap>
          <Link to="/portal/report/track" data-testid="report-track-link">
            <Button type="primary" size="large">
              {t('report.trackNow')}
            </Button>
          </Link>
          <Button size="large" onClick={onAgain} data-testid="report-again">
            {t('report.again')}
          </Button>
        </Space>
      </Space>
    </Card>
  );
}

/** 信访举报 — public, no sign-in: anyone reports a problem to the subdistrict discipline inspection office, anonymously or named. */
export function ReportPage() {
  const { t } = useTranslation();
  const [receipt, setReceipt] = useState<ComplaintReceipt | null>(null);
  return (
    <PublicShell title={t('report.title')} subtitle={t('report.subtitle')} testId="report-page">
      <Space orientation="vertical" size="large" style={{ width: '100%', maxWidth: 820 }}>
        {receipt ? (
          <Receipt receipt={receipt} onAgain={() => setReceipt(null)} />
        ) : (
          <>
            <Typography.Paragraph style={{ margin: 0 }} data-testid="report-intro">
              {t('report.intro')}
            </Typography.Paragraph>
            <Card>
              <ComplaintForm onReceipt={setReceipt} />
            </Card>
            <Link to="/portal/report/track" style={{ fontSize: '1.1em' }} data-testid="report-go-track">
              {t('report.haveCode')} →
            </Link>
          </>
        )}
      </Space>
    </PublicShell>
  );
}
