import { Button, Card, Image, Layout, List, Select, Space, Tag, Typography } from 'antd';
import { Link, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { CommunityPageView } from '@jishi/shared';
import { useCommunityPage, usePublicCommunities, yuan } from '../../lib/services-api.ts';

/** The public page of a community (no sign-in): premises and rooms, services with prices, brand and honours. */
export function CommunityPage() {
  const { t } = useTranslation();
  const { unitId } = useParams();
  const navigate = useNavigate();
  const communities = usePublicCommunities();
  const page = useCommunityPage(unitId).data;
  return (
    <Layout style={{ minHeight: '100vh', background: '#fff' }}>
      <Layout.Content
        style={{ padding: 16, maxWidth: 960, margin: '0 auto', width: '100%' }}
        data-testid="community-page"
      >
        <Space orientation="vertical" size="large" style={{ width: '100%' }}>
          <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
            <Typography.Title level={2} style={{ margin: 0 }}>
              {page?.name ?? t('svc.publicTitle')}
            </Typography.Title>
            <Link to="/login">
              <Button>{t('svc.signIn')}</Button>
            </Link>
          </Space>
          <Select
            style={{ width: 260 }}
            placeholder={t('svc.publicPick')}
            value={unitId}
            onChange={(id) => navigate(`/community/${id}`)}
            options={(communities.data ?? []).map((c) => ({ value: c.unitId, label: c.name }))}
          />
          {page && <CommunityDetails page={page} />}
        </Space>
      </Layout.Content>
    </Layout>
  );
}

/** Brand, honours, premises and services of one community (the public page and the residents' portal). */
export function CommunityDetails({ page }: { page: CommunityPageView }) {
  const { t } = useTranslation();
  return (
    <>
      {page.brands.map((b) => (
        <Card
          key={b.name}
          title={
            <>
              {t('svc.brand')}：{b.name}
            </>
          }
          data-testid="community-brand"
        >
          <Typography.Paragraph>{b.story}</Typography.Paragraph>
          {b.activities.map((a) => (
            <Tag key={a} color="red">
              {a}
            </Tag>
          ))}
          <div>
            {b.photoIds.map((p) => (
              <Image key={p} width={120} src={`/api/public/brands/${b.id}/photos/${p}`} alt={b.name} />
            ))}
          </div>
        </Card>
      ))}
      {page.honours.length > 0 && (
        <Card title={t('svc.honours')}>
          {page.honours.map((h) => (
            <div key={h.title + h.holder}>
              <Tag color="gold">{t(`honourKind.${h.kind}`)}</Tag>
              {h.holder}：{h.title}（{h.conferredBy}，{h.conferredOn}）
            </div>
          ))}
        </Card>
      )}
      <Card title={t('svc.premises')}>
        {page.premises.map((p) => (
          <div key={p.name}>
            <Typography.Text strong>{p.name}</Typography.Text> · {p.totalAreaM2} ㎡ · {p.openingHours} · {p.address}
            <div>
              {p.rooms.map((r) => (
                <Tag key={r.id}>
                  {r.name}（{r.capacity}）{r.bookable ? ' ✓' : ''}
                </Tag>
              ))}
            </div>
          </div>
        ))}
      </Card>
      <Card title={t('svc.services')}>
        <List
          size="small"
          dataSource={page.services}
          renderItem={(s) => (
            <List.Item>
              <Space wrap>
                {s.programme && <Tag color="red">{s.programme}</Tag>}
                <b>{s.name}</b>
                <span>{s.providerName}</span>
                <Tag>{s.priceKind === 'free' ? t('svc.free') : yuan(s.priceFen)}</Tag>
                <span>
                  {t('svc.timeLimit')} {s.timeLimitHours}
                </span>
              </Space>
            </List.Item>
          )}
        />
      </Card>
    </>
  );
}
