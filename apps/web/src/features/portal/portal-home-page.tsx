import { Spin, Typography } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { usePublicCommunities } from '../services/services-api.ts';

export const BIG_LINK = { display: 'flex', alignItems: 'center', justifyContent: 'center', minHeight: 64, padding: '12px 16px', border: '2px solid #b00020', borderRadius: 10, color: '#000', textAlign: 'center' } as const;

/** Portal home: what one can do here, then the communities to choose from. */
export function PortalHomePage() {
  const { t } = useTranslation();
  const communities = usePublicCommunities();
  return (
    <div data-testid="portal-home">
      <Typography.Paragraph style={{ fontSize: '1.1em' }}>{t('pt.welcome')}</Typography.Paragraph>
      <h1 style={{ fontSize: '1.4em' }}>{t('pt.pickCommunity')}</h1>
      <Spin spinning={communities.isPending}>
        <ul style={{ listStyle: 'none', padding: 0, display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(150px, 1fr))', gap: 12 }}>
          {(communities.data ?? []).map((c) => (
            <li key={c.unitId}><Link to={`/portal/communities/${c.unitId}`} style={BIG_LINK} data-testid={`portal-community-${c.unitId}`}>{c.name}</Link></li>
          ))}
        </ul>
      </Spin>
    </div>
  );
}
