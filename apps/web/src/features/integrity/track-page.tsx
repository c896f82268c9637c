import { Alert, Button, Card, Empty, Form, Input, Space, Timeline, Typography } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { complaintTrackBody } from '@jishi/shared';
import { formatDateTime } from '../../lib/format.ts';
import { errorText } from '../../lib/notify.ts';
import { ComplaintStatusTag } from './integrity-tags.tsx';
import { useTrackComplaint } from './public-integrity-api.ts';
import { PublicShell } from '../../components/public-shell.tsx';

/** 查询办理进度 — public: the code is typed (or pasted) and sent in a POST body; the answer is the status and public replies only. */
export function TrackPage() {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ code?: string }>();
  const track = useTrackComplaint();
  const onFinish = ({ code }: { code?: string }) => {
    const parsed = complaintTrackBody.safeParse({ code: code ?? '' });
    if (!parsed.success) {
      form.setFields([{ name: 'code', errors: [t('track.badCode')] }]);
      return;
    }
    track.mutate(parsed.data.code);
  };
  const r = track.data;
  return (
    <PublicShell title={t('track.title')} subtitle={t('report.subtitle')} testId="track-page">
      <Space orientation="vertical" size="large" style={{ width: '100%', maxWidth: 820 }}>
        <Card>
          <Form form={form} layout="vertical" size="large" onFinish={onFinish} autoComplete="off">
            <Form.Item
              name="code"
              label={<strong>{t('track.code')}</strong>}
              extra={<span style={{ fontSize: '0.9em', color: '#333' }}>{t('track.codeHint')}</span>}
              required
            >
              <Input data-testid="track-code" maxLength={64} style={{ fontFamily: 'monospace' }} />
            </Form.Item>
            <Button
              data-testid="track-submit"
              type="primary"
              htmlType="submit"
              size="large"
              block
              loading={track.isPending}
              style={{ minHeight: 60, fontSize: '1.1em' }}
            >
              {t('track.submit')}
            </Button>
          </Form>
        </Card>
        {track.isError && <Alert type="error" showIcon data-testid="track-error" title={errorText(track.error)} />}
        {r && (
          <Card data-testid="track-result" data-status={r.status}>
            <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
              <Space wrap>
                <Typography.Text strong style={{ fontSize: '1.1em' }}>
                  {t('track.status')}
                </Typography.Text>
                <ComplaintStatusTag status={r.status} />
              </Space>
              <Typography.Text style={{ fontSize: '0.95em' }}>
                {t('track.dates', { submitted: formatDateTime(r.submittedAt), updated: formatDateTime(r.updatedAt) })}
              </Typography.Text>
              <Typography.Text strong style={{ fontSize: '1.1em' }}>
                {t('track.replies')}
              </Typography.Text>
              {r.replies.length === 0 ? (
                <Empty description={t('track.noReplies')} />
              ) : (
                <Timeline
                  items={r.replies.map((x) => ({
                    key: x.at,
                    title: formatDateTime(x.at),
                    content: <div style={{ whiteSpace: 'pre-wrap' }}>{x.text}</div>,
                  }))}
                />
              )}
            </Space>
          </Card>
        )}
        <Link to="/portal/report" style={{ fontSize: '1.1em' }} data-testid="track-go-report">
          ← {t('track.newReport')}
        </Link>
      </Space>
    </PublicShell>
  );
}
