import { Spin } from 'antd';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useCommunityPage } from '../../lib/services-api.ts';
import { CommunityDetails } from '../premises/community-page.tsx';
import { BIG_LINK } from './community-links.tsx';

/** A community's page in the portal: the ways to its notices, activities, requests, bookings and power list, its grids, then brand, premises and the service catalogue. */
export function CommunityPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const community = useCommunityPage(id);
  const c = community.data;
  return (
    <Spin spinning={community.isPending}>
      {c && (
        <div data-testid="portal-community">
          <h1 style={{ fontSize: '1.5em' }}>{c.name}</h1>
          <div
            style={{
              display: 'grid',
              gridTemplateColumns: 'repeat(auto-fill, minmax(240px, 1fr))',
              gap: 12,
              margin: '16px 0',
            }}
          >
            <Link to={`/portal/notices/${c.unitId}`} style={BIG_LINK} data-testid="portal-community-notices">
              {t('pt.seeNotices')}
            </Link>
            <Link to={`/portal/volunteer/${c.unitId}`} style={BIG_LINK} data-testid="portal-community-activities">
              {t('pt.seeActivities')}
            </Link>
            <Link to="/portal/requests" style={BIG_LINK} data-testid="portal-community-requests">
              {t('pt.requests')}
            </Link>
            <Link to="/portal/bookings" style={BIG_LINK} data-testid="portal-community-bookings">
              {t('pt.bookRoom')}
            </Link>
            <Link to={`/portal/power-list/${c.unitId}`} style={BIG_LINK} data-testid="portal-community-power-list">
              {t('pt.seePowerList')}
            </Link>
          </div>
          <h2 style={{ fontSize: '1.2em' }}>{t('pt.grids')}</h2>
          <ul>
            {c.grids.map((g) => (
              <li key={g.id}>{g.name}</li>
            ))}
          </ul>
          <CommunityDetails page={c} />
        </div>
      )}
    </Spin>
  );
}
