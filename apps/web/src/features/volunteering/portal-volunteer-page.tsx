import type { ReactNode } from 'react';
import { Alert, Button, Card, Empty, Space, Spin, Tag } from 'antd';
import { Link, useLocation, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { notifyError, notifySuccess } from '../../lib/notify.ts';
import { useSession } from '../auth/session.ts';
import { usePublicCommunities } from '../../lib/services-api.ts';
import { useItems, useWrite, type Activity, type PublicActivity } from '../../lib/members-api.ts';
import { BIG_LINK, CommunityLinks } from '../portal/community-links.tsx';

/**
 * 志愿活动 in the portal: anyone reads a community's upcoming activities (no sign-in); a volunteer or Party
 * member (volunteer:self) signs up for those of their own community; a resident is told how to become a volunteer.
 */
export function PortalVolunteerPage() {
  const { t } = useTranslation();
  const { unitId } = useParams();
  const communities = usePublicCommunities();
  if (!unitId) {
    return (
      <div data-testid="portal-volunteer-pick">
        <h1 style={{ fontSize: '1.4em' }}>{t('pt.chooseForActivities')}</h1>
        <Spin spinning={communities.isPending}>
          <CommunityLinks
            items={(communities.data ?? []).map((c) => ({ id: c.unitId, name: c.name }))}
            to={(id) => `/portal/volunteer/${id}`}
            testId={(id) => `portal-volunteer-${id}`}
          />
        </Spin>
        <MineLink />
      </div>
    );
  }
  const name = communities.data?.find((c) => c.unitId === unitId)?.name;
  return <Activities unitId={unitId} title={name ? `${name} · ${t('pt.activities')}` : t('pt.activities')} />;
}

function Activities({ unitId, title }: { unitId: string; title: string }) {
  const { t } = useTranslation();
  const session = useSession().data;
  const canSignUp = session?.permissions.includes('volunteer:self') ?? false;
  const list = useItems<PublicActivity>(`/api/public/communities/${unitId}/activities`);
  // The caller's own list says which activities they may sign up for (their community's) and where they already have.
  const mine = useItems<Activity>('/api/my/activities', {}, canSignUp);
  const signUp = useWrite<string>(
    (id) => `/api/my/activities/${id}/signup`,
    'POST',
    () => ({}),
  );
  const status = new Map((mine.data?.items ?? []).map((a) => [a.id, a.mine]));
  const action = (a: PublicActivity): ReactNode => {
    if (!canSignUp || !mine.data) return null;
    if (!status.has(a.id)) return <span>{t('pt.otherCommunity')}</span>;
    const s = status.get(a.id);
    if (s) return <Tag data-testid={`portal-signed-up-${a.id}`}>{t(`members.signupStatus.${s}`)}</Tag>;
    if (a.signedUp >= a.capacity) return <Tag>{t('pt.full')}</Tag>;
    return (
      <Button
        type="primary"
        size="large"
        block
        loading={signUp.isPending && signUp.variables === a.id}
        data-testid={`portal-signup-${a.id}`}
        onClick={() =>
          signUp.mutate(a.id, { onSuccess: () => notifySuccess(t('pt.signedUpOk')), onError: notifyError })
        }
      >
        {t('pt.signUp')}
      </Button>
    );
  };
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }} data-testid="portal-volunteer">
      <h1 style={{ fontSize: '1.4em', margin: 0 }}>{title}</h1>
      <HowToJoin signedIn={Boolean(session)} canSignUp={canSignUp} />
      <MineLink />
      <Spin spinning={list.isPending}>
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          {list.data?.items.length === 0 && <Empty description={t('pt.noActivities')} />}
          {list.data?.items.map((a) => (
            <Card key={a.id} data-testid={`portal-activity-${a.id}`}>
              <h2 style={{ fontSize: '1.15em', margin: '0 0 8px' }}>{a.title}</h2>
              <div>{t('pt.activityWhen', { date: a.heldOn })}</div>
              <div>{t('pt.activityWhere', { place: a.place })}</div>
              <div>{t('pt.activityTeam', { team: a.teamName })}</div>
              <div>{t('pt.activityPlaces', { n: a.signedUp, cap: a.capacity })}</div>
              {canSignUp && <div style={{ marginTop: 12 }}>{action(a)}</div>}
            </Card>
          ))}
        </Space>
      </Spin>
    </Space>
  );
}

/** What a visitor has to do before signing up: sign in, or become a volunteer at the community. */
function HowToJoin({ signedIn, canSignUp }: { signedIn: boolean; canSignUp: boolean }) {
  const { t } = useTranslation();
  const location = useLocation();
  if (canSignUp) return null;
  if (!signedIn) {
    return (
      <Alert
        type="info"
        showIcon
        data-testid="portal-volunteer-sign-in"
        title={t('pt.signInToJoin')}
        description={
          <Link to="/portal/login" state={{ from: location.pathname }}>
            <Button size="large" style={{ marginTop: 8 }}>
              {t('pt.signInNow')}
            </Button>
          </Link>
        }
      />
    );
  }
  return <NeedVolunteer />;
}

/** The plain message for a signed-in resident who is not (yet) a volunteer. */
export function NeedVolunteer() {
  const { t } = useTranslation();
  return <Alert type="info" showIcon data-testid="portal-volunteer-how" title={t('pt.needVolunteer')} />;
}

/** The way from the activities to a volunteer's own hours, star level and certificates (volunteer:self only). */
function MineLink() {
  const { t } = useTranslation();
  const canSelf = useSession().data?.permissions.includes('volunteer:self') ?? false;
  if (!canSelf) return null;
  return (
    <Link to="/portal/volunteer/mine" style={BIG_LINK} data-testid="portal-volunteer-mine">
      {t('pt.myVolunteerLink')}
    </Link>
  );
}
