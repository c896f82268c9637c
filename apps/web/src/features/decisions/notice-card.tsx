import { Card, Space, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PublicNotice } from './board-api.ts';

/** One published notice, in large type: the matter's title, the notice text and its period; nothing personal. */
export function NoticeCard({ notice, extra }: { notice: PublicNotice; extra?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Card
      data-testid={`board-notice-${notice.id}`}
      data-kind={notice.kind}
      data-matter={notice.matterId}
      style={{ borderColor: notice.current ? '#c8102e' : undefined }}
    >
      <Space orientation="vertical" size="small" style={{ width: '100%' }}>
        <Space wrap>
          <Tag color={notice.kind === 'result' ? 'green' : 'red'} style={{ fontSize: 16, padding: '2px 10px' }}>
            {notice.kind === 'result' ? t('board.result') : t('board.resolution')}
          </Tag>
          <Tag color={notice.current ? 'processing' : 'default'} style={{ fontSize: 16, padding: '2px 10px' }}>
            {notice.current ? t('board.current') : t('board.ended')}
          </Tag>
        </Space>
        <Typography.Title level={3} style={{ margin: 0, color: '#000' }} data-testid="board-notice-title">
          {notice.title}
        </Typography.Title>
        <Typography.Paragraph
          style={{ fontSize: 20, lineHeight: 1.7, color: '#111', whiteSpace: 'pre-wrap', margin: 0 }}
        >
          {notice.content}
        </Typography.Paragraph>
        <Typography.Text style={{ fontSize: 18, color: '#333' }}>
          {t('board.period', { from: notice.noticeFrom, until: notice.noticeUntil })}
        </Typography.Text>
        {notice.rating && notice.rating.count > 0 && (
          <Typography.Text style={{ fontSize: 18, color: '#333' }}>
            {t('board.rating', { avg: notice.rating.average, count: notice.rating.count })}
          </Typography.Text>
        )}
        {extra}
      </Space>
    </Card>
  );
}
