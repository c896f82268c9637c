import { Alert, Button, Space, Typography } from 'antd';
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useVerifyAudit } from './audit-api.ts';

/** 校验审计链: recomputes the hash chain on the server and reports the first bad record. */
export function AuditVerify() {
  const { t } = useTranslation();
  const verify = useVerifyAudit();
  const r = verify.data;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Button
        data-testid="audit-verify"
        icon={<SafetyCertificateOutlined />}
        loading={verify.isPending}
        onClick={() => verify.mutate()}
      >
        {t('audit.verify')}
      </Button>
      {r && (
        <Alert
          data-testid="audit-verify-result"
          type={r.ok ? 'success' : 'error'}
          showIcon
          title={
            r.ok
              ? t('audit.verifyOk', { checked: r.checked })
              : r.firstBadSeq === null
                ? t('audit.verifyBroken', { checked: r.checked })
                : t('audit.verifyBad', { seq: r.firstBadSeq, checked: r.checked })
          }
          description={
            <Space orientation="vertical" size={0}>
              {r.problem && (
                <Typography.Text>{t(`audit.problems.${r.problem}`, { defaultValue: r.problem })}</Typography.Text>
              )}
              {r.head && (
                <Typography.Text type="secondary" style={{ fontFamily: 'monospace', wordBreak: 'break-all' }}>
                  {t('audit.head')}: {r.head}
                </Typography.Text>
              )}
            </Space>
          }
        />
      )}
    </Space>
  );
}
