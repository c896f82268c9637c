import { Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { usePublicCommunities } from '../../lib/services-api.ts';
import { CommunityLinks } from './community-links.tsx';

/** Portal home: what one can do here, then the communities to choose from. */
export function PortalHomePage() {
  const { t } = useTranslation();
  const communities = usePublicCommunities();
  return (
    <div data-testid="portal-home">
      <Typography.Paragraph style={{ fontSize: '1.1em' }}>{t('pt.welcome')}</Typography.Paragraph>
      <h1 style={{ fontSize: '1.4em' }}>{t('pt.pickCommunity')}</h1>
      <Spin spinning={communities.isPending}>
        <CommunityLinks
          items={(communities.data ?? []).map((c) => ({ id: c.unitId, name: c.name }))}
          to={(id) => `/portal/communities/${id}`}
          testId={(id) => `portal-community-${id}`}
        />
      </Spin>
    </div>
  );
}
