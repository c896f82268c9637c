import { Button, Grid, Layout, Space, Tag, Typography } from 'antd';
import { LogoutOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { LangSwitch } from '../components/lang-switch.tsx';
import { useLogout } from '../features/auth/auth-api.ts';
import { useRequiredSession } from '../features/auth/session.ts';
// grid governance: drafts kept on the device leave with the session
import { clearOutbox } from '../features/grid/outbox-store.ts';
import { HeaderBadges } from './header-badges.tsx';

/**
 * Who is signed in, in which role and scope; waiting work and unread messages; language switch and sign-out. On a
 * phone the role and the demo tag (the banner above says so) are left out and sign-out is an icon, so the header
 * takes two lines instead of four.
 */
export function AppHeader({ badges = true }: { badges?: boolean }) {
  const { t } = useTranslation();
  const narrow = Grid.useBreakpoint().sm === false;
  const session = useRequiredSession();
  const logout = useLogout();
  const navigate = useNavigate();
  const { user } = session;
  // Drafts are cleared first: offline, the sign-out request itself waits for the network.
  const signOut = () =>
    void clearOutbox().finally(() =>
      logout.mutate(undefined, { onSettled: () => navigate('/login', { replace: true }) }),
    );
  return (
    <Layout.Header
      style={{
        background: '#fff',
        // The start leaves room for the collapsed menu's trigger on narrow screens (the items wrap leftwards).
        paddingInlineStart: 56,
        paddingInlineEnd: 24,
        paddingBlock: 8,
        height: 'auto',
        minHeight: 64,
        lineHeight: 1.5,
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'flex-end',
        gap: 16,
      }}
    >
      <Space size="middle" wrap>
        {badges && <HeaderBadges />}
        <Typography.Text strong data-testid="header-user">
          {user.displayName}
        </Typography.Text>
        {!narrow && (
          <Tag color="red" data-testid="header-role">
            {t(`role.${user.role}`)}
          </Tag>
        )}
        <Typography.Text type="secondary" data-testid="header-scope">
          {user.scopeUnitName}
        </Typography.Text>
        {session.demo && !narrow && <Tag color="orange">{t('app.demoTag')}</Tag>}
        <LangSwitch light />
        <Button
          data-testid="logout"
          icon={<LogoutOutlined />}
          onClick={signOut}
          loading={logout.isPending}
          aria-label={t('auth.logout')}
          title={narrow ? t('auth.logout') : undefined}
        >
          {!narrow && t('auth.logout')}
        </Button>
      </Space>
    </Layout.Header>
  );
}
