import { Button, Card, Empty, Space, Tag, Typography } from 'antd';
import { LikeOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../lib/notify.ts';
import { useSupportProposal } from './proposals-api.ts';
import type { Proposal } from './proposals-api.ts';

/** Everyone's proposals in big cards; one big button to support another's open proposal. */
export function ProposalCards({ items }: { items: Proposal[] }) {
  const { t } = useTranslation();
  const support = useSupportProposal();
  if (items.length === 0) return <Empty description={<span style={{ fontSize: 20 }}>{t('portal.empty')}</span>} />;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {items.map((p) => (
        <Card key={p.id} data-testid={`portal-proposal-${p.id}`}>
          <Space orientation="vertical" size="small" style={{ width: '100%' }}>
            <Space wrap>
              <Typography.Text strong style={{ fontSize: 22, color: '#000' }}>
                {p.title}
              </Typography.Text>
              {p.mine && (
                <Tag color="blue" style={{ fontSize: 16 }}>
                  {t('portal.mine')}
                </Tag>
              )}
              <Tag
                color={p.status === 'open' ? 'red' : p.status === 'adopted' ? 'green' : 'default'}
                style={{ fontSize: 16 }}
              >
                {t(`proposalStatus.${p.status}`)}
              </Tag>
            </Space>
            <Typography.Paragraph style={{ fontSize: 20, color: '#111', margin: 0 }}>{p.content}</Typography.Paragraph>
            <Space wrap>
              <Typography.Text style={{ fontSize: 18 }}>
                {t('portal.supporters', { n: p.supportCount })}
              </Typography.Text>
              {!p.mine && p.status === 'open' && (
                <Button
                  data-testid={`portal-support-${p.id}`}
                  size="large"
                  type={p.supportedByMe ? 'default' : 'primary'}
                  icon={<LikeOutlined />}
                  disabled={p.supportedByMe}
                  loading={support.isPending && support.variables === p.id}
                  onClick={() => support.mutate(p.id, { onSuccess: () => notifySuccess(t('portal.supported')) })}
                  style={{ fontSize: 20, height: 52 }}
                >
                  {p.supportedByMe ? t('portal.supported') : t('portal.support')}
                </Button>
              )}
            </Space>
          </Space>
        </Card>
      ))}
    </Space>
  );
}
