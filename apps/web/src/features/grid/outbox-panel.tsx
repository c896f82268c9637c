import { Alert, Button, Card, List, Space, Tag, Typography } from 'antd';
import { CloudUploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { OutboxEntry } from './outbox-store.ts';

/** What waits on the device (待发送), visible on the phone page; a refusal stays listed with its message. */
export function OutboxPanel({
  entries,
  online,
  retry,
}: {
  entries: OutboxEntry[];
  online: boolean;
  retry: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Card
      size="small"
      data-testid="outbox"
      data-count={entries.length}
      data-online={online ? 'true' : 'false'}
      title={
        <Space>
          <CloudUploadOutlined />
          {t('gridGov.outbox.title')}
          <Tag color={online ? 'green' : 'orange'} data-testid="online-state">
            {online ? t('gridGov.outbox.online') : t('gridGov.outbox.offline')}
          </Tag>
        </Space>
      }
      extra={
        entries.length > 0 && (
          <Button size="small" data-testid="outbox-retry" onClick={retry}>
            {t('gridGov.outbox.retry')}
          </Button>
        )
      }
    >
      {entries.length === 0 ? (
        <Typography.Text type="secondary" data-testid="outbox-empty">
          {t('gridGov.outbox.empty')}
        </Typography.Text>
      ) : (
        <List
          size="small"
          dataSource={entries}
          renderItem={(e) => (
            <List.Item data-testid="outbox-entry" data-kind={e.kind}>
              <Space orientation="vertical" size={0} style={{ width: '100%' }}>
                <Space wrap>
                  <Tag>{t(`gridGov.outbox.${e.kind}`)}</Tag>
                  <Typography.Text>{e.label}</Typography.Text>
                </Space>
                {e.error ? (
                  <Alert type="error" showIcon message={t('gridGov.outbox.failed', { msg: e.error })} />
                ) : (
                  <Tag color="orange">{t('gridGov.outbox.waiting')}</Tag>
                )}
              </Space>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
