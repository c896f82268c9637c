import { Rate, Space, Typography } from 'antd';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api-client.ts';
import { notifySuccess } from '../../lib/notify.ts';
import { useInvalidate } from '../../lib/use-invalidate.ts';
import { useBoardNotices } from './board-api.ts';
import { NoticeCard } from './notice-card.tsx';

/** Published results of the resident's community, each with a five-star rating (once per person). */
export function ResultRatings({ unitId }: { unitId: string }) {
  const { t } = useTranslation();
  const notices = useBoardNotices(unitId);
  const invalidate = useInvalidate(['public', 'boards']);
  const rate = useMutation({
    mutationFn: ({ matterId, score }: { matterId: string; score: number }) =>
      api(`/api/decisions/matters/${matterId}/rating`, { json: { score } }),
    onSuccess: async () => {
      notifySuccess(t('portal.rated'));
      await invalidate();
    },
  });
  const results = (notices.data?.items ?? []).filter((n) => n.kind === 'result').slice(0, 5);
  if (results.length === 0) return null;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('portal.results')}
      </Typography.Title>
      {results.map((n) => (
        <NoticeCard
          key={n.id}
          notice={n}
          extra={
            <Space>
              <Typography.Text style={{ fontSize: 20 }}>{t('portal.rate')}</Typography.Text>
              <Rate
                data-testid={`portal-rate-${n.matterId}`}
                style={{ fontSize: 32 }}
                disabled={rate.isPending}
                onChange={(score) => rate.mutate({ matterId: n.matterId, score })}
              />
            </Space>
          }
        />
      ))}
    </Space>
  );
}
