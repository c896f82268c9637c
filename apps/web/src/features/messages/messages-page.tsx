import { useState } from 'react';
import { Badge, Button, Card, Empty, Flex, List, Segmented, Space, Tag, Typography } from 'antd';
import { CheckOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { MessageView } from '@jishi/shared';
import { formatDateTime } from '../../lib/format.ts';
import { useMarkAllRead, useMarkRead, useMessages, useUnreadCount } from './messages-api.ts';
import { MessagePreferences } from './message-preferences.tsx';

type Show = 'unread' | 'all';

function MessageRow({ m }: { m: MessageView }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const markRead = useMarkRead();
  const unread = m.readAt === null;
  const open = () => {
    if (unread) markRead.mutate(m.id);
    if (m.link) void navigate(m.link);
  };
  const title = m.link ? (
    <Typography.Link strong={unread} onClick={open} data-testid="message-open">
      {m.title}
    </Typography.Link>
  ) : (
    <Typography.Text strong={unread}>{m.title}</Typography.Text>
  );
  return (
    <List.Item data-testid={`message-${m.id}`} data-unread={unread ? 'true' : 'false'} style={{ paddingInline: 0 }}>
      <Flex vertical gap={4} style={{ width: '100%', minWidth: 0 }}>
        <Flex gap={8} align="baseline">
          <Badge status={unread ? 'processing' : 'default'} />
          <span style={{ flex: 1, minWidth: 0 }}>
            {title}
            {unread && (
              <Tag color="blue" style={{ marginInlineStart: 8 }}>
                {t('messages.unreadTag')}
              </Tag>
            )}
          </span>
        </Flex>
        <Typography.Paragraph type="secondary" style={{ margin: 0, paddingInlineStart: 14, whiteSpace: 'pre-line' }}>
          {m.body}
        </Typography.Paragraph>
        <Flex justify="space-between" align="center" gap={8} wrap style={{ paddingInlineStart: 14 }}>
          <Space size={8} wrap>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {formatDateTime(m.createdAt).slice(0, 16)}
            </Typography.Text>
            {i18n.exists(`messageKind.${m.kind}`) && (
              <Tag variant="filled" style={{ fontSize: 12 }} data-testid="message-kind" data-kind={m.kind}>
                {t(`messageKind.${m.kind}`)}
              </Tag>
            )}
          </Space>
          {unread && (
            <Button
              size="small"
              icon={<CheckOutlined />}
              data-testid="message-mark-read"
              loading={markRead.isPending}
              onClick={() => markRead.mutate(m.id)}
            >
              {t('messages.markRead')}
            </Button>
          )}
        </Flex>
      </Flex>
    </List.Item>
  );
}

/**
 * 消息中心: the signed-in user's in-app messages, unread marked (and shown first when there are any), each opening
 * where its work is; mark one or all read.
 */
export function MessagesPage() {
  const { t } = useTranslation();
  const count = useUnreadCount();
  const [show, setShow] = useState<Show | null>(null);
  const [page, setPage] = useState(1);
  const current: Show = show ?? ((count.data?.unread ?? 0) > 0 ? 'unread' : 'all');
  const list = useMessages({ unread: current === 'unread' ? '1' : undefined, page, pageSize: 20 });
  const markAll = useMarkAllRead();
  const unread = list.data?.unread ?? count.data?.unread ?? 0;
  return (
    <Flex vertical gap={16} style={{ width: '100%', maxWidth: 880 }} data-testid="messages-page">
      <Flex align="center" justify="space-between" wrap gap={8}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('messages.title')}
        </Typography.Title>
        <Button
          data-testid="messages-read-all"
          disabled={unread === 0}
          loading={markAll.isPending}
          onClick={() => markAll.mutate()}
        >
          {t('messages.readAll')}
        </Button>
      </Flex>
      <Segmented<Show>
        data-testid="messages-filter"
        value={current}
        onChange={(v) => {
          setShow(v);
          setPage(1);
        }}
        options={[
          { value: 'unread', label: t('messages.unreadN', { count: unread }) },
          { value: 'all', label: t('messages.all') },
        ]}
      />
      <Card size="small">
        {list.isError ? (
          <Empty data-testid="messages-unavailable" description={t('messages.unavailable')} />
        ) : (
          <List
            loading={list.isPending}
            dataSource={list.data?.items ?? []}
            locale={{
              emptyText: <Empty description={t(current === 'unread' ? 'messages.noUnread' : 'messages.none')} />,
            }}
            renderItem={(m) => <MessageRow m={m} />}
            pagination={
              (list.data?.total ?? 0) > 20
                ? { current: page, pageSize: 20, total: list.data?.total, onChange: setPage, size: 'small' }
                : false
            }
          />
        )}
      </Card>
      <MessagePreferences />
    </Flex>
  );
}
