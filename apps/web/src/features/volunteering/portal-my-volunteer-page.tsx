import { Card, Space, Spin } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useRequiredSession } from '../auth/session.ts';
import { MyHours, useMyVolunteering } from './my-hours.tsx';
import { BIG_LINK } from '../portal/community-links.tsx';
import { NeedVolunteer } from './portal-volunteer-page.tsx';

/**
 * 我的志愿服务 in the portal (signed in): a volunteer's or Party member's (volunteer:self) verified hours, star level,
 * sign-ups and numbered certificates (PDF); anyone without a volunteer record is told how to become one.
 */
export function PortalMyVolunteerPage() {
  const { t } = useTranslation();
  const canSelf = useRequiredSession().permissions.includes('volunteer:self');
  const mine = useMyVolunteering(canSelf);
  const registered = canSelf && mine.data !== undefined && mine.data.volunteerId !== null;
  return (
    <Space
      orientation="vertical"
      size="large"
      style={{ width: '100%', maxWidth: 640 }}
      data-testid="portal-my-volunteer"
    >
      <h1 style={{ fontSize: '1.4em', margin: 0 }}>{t('pt.myVolunteer')}</h1>
      {canSelf && mine.isPending && <Spin />}
      {registered && (
        <Card title={t('members.my.hours')} data-testid="portal-my-hours">
          <MyHours data={mine.data} size="large" />
        </Card>
      )}
      {(!canSelf || mine.data?.volunteerId === null) && <NeedVolunteer />}
      <Link to="/portal/volunteer" style={BIG_LINK} data-testid="portal-my-volunteer-activities">
        {t('pt.seeAllActivities')}
      </Link>
    </Space>
  );
}
