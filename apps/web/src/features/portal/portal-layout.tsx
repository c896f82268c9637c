import { Button, ConfigProvider, Space, Switch } from 'antd';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { LangSwitch } from '../../components/lang-switch.tsx';
import { PortalFrameContext } from '../../components/portal-frame.ts';
import { useSession } from '../auth/session.ts';
import { useLogout } from '../auth/auth-api.ts';
import { portalTheme, usePortalPrefs } from './portal-prefs.ts';

const WRAP = { maxWidth: 960, margin: '0 auto', padding: '16px 12px' } as const;
/** Tags (status chips) read black on their tint: antd's coloured tag text falls under 4.5:1. */
const PORTAL_CSS =
  '.portal .ant-tag{color:#000 !important;border-color:#555 !important}.portal-contrast a{text-decoration:underline}.portal-contrast .ant-card{border:2px solid #000}';
const TAP = {
  minHeight: 48,
  minWidth: 48,
  display: 'inline-flex',
  alignItems: 'center',
  padding: '0 14px',
  borderRadius: 8,
} as const;

/** Every section of the portal, in plain words (`pt.*`); the test id is `portal-nav-` + the key after `pt.`. */
const SECTIONS: readonly (readonly [string, string])[] = [
  ['/portal', 'pt.home'],
  ['/portal/notices', 'pt.notices'],
  ['/portal/requests', 'pt.requests'],
  ['/portal/bookings', 'pt.bookings'],
  ['/portal/volunteer', 'pt.volunteer'],
  ['/portal/proposals', 'pt.propose'],
  ['/portal/report', 'pt.report'],
  ['/portal/certificates', 'pt.certificates'],
];
/** A volunteer's own hours and certificates: shown to those who have them (volunteer:self), after the activities. */
const MINE = ['/portal/volunteer/mine', 'pt.myVolunteer'] as const;

/** The sections this visitor sees, each with whether it is the current one (the activities give way to 我的志愿服务 beneath them). */
function sectionsFor(canSelf: boolean, pathname: string) {
  const list = canSelf ? [...SECTIONS.slice(0, 5), MINE, ...SECTIONS.slice(5)] : SECTIONS;
  const current = (to: string) =>
    to === '/portal' ? pathname === to : pathname === to || pathname.startsWith(`${to}/`);
  return list.map(([to, key]) => ({ to, key, active: current(to) && !(to !== MINE[0] && current(MINE[0])) }));
}

/** The residents' portal frame (no staff menu): plain words, big buttons, large-font and high-contrast switches that persist. */
export function PortalLayout() {
  const { t } = useTranslation();
  const [prefs, setPrefs] = usePortalPrefs();
  const session = useSession();
  const logout = useLogout();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const canSelf = session.data?.permissions.includes('volunteer:self') ?? false;
  const fg = '#fff';
  const bg = prefs.highContrast ? '#000' : '#b00020';
  return (
    <ConfigProvider theme={portalTheme(prefs)}>
      <div
        data-testid="portal-layout"
        className={`portal ${prefs.bigFont ? 'portal-big' : ''} ${prefs.highContrast ? 'portal-contrast' : ''}`}
        style={{
          minHeight: '100vh',
          background: '#fff',
          color: '#000',
          fontSize: prefs.bigFont ? 26 : 20,
          lineHeight: 1.6,
        }}
      >
        <style>{PORTAL_CSS}</style>
        <header style={{ background: bg, color: fg }}>
          <div
            style={{
              ...WRAP,
              display: 'flex',
              flexWrap: 'wrap',
              gap: 8,
              alignItems: 'center',
              justifyContent: 'space-between',
            }}
          >
            <Link to="/portal" style={{ color: fg, fontSize: '1.4em', fontWeight: 700, ...TAP, padding: 0 }}>
              {t('pt.name')}
            </Link>
            <Space wrap>
              <label htmlFor="pref-big-font" style={{ ...TAP, color: fg, gap: 8 }}>
                <Switch
                  id="pref-big-font"
                  checked={prefs.bigFont}
                  onChange={(v) => setPrefs({ bigFont: v })}
                  data-testid="pref-big-font"
                  aria-label={t('pt.bigFont')}
                />
                {t('pt.bigFont')}
              </label>
              <label htmlFor="pref-contrast" style={{ ...TAP, color: fg, gap: 8 }}>
                <Switch
                  id="pref-contrast"
                  checked={prefs.highContrast}
                  onChange={(v) => setPrefs({ highContrast: v })}
                  data-testid="pref-contrast"
                  aria-label={t('pt.highContrast')}
                />
                {t('pt.highContrast')}
              </label>
              <LangSwitch />
              {session.data ? (
                <Button
                  size="large"
                  onClick={() => logout.mutate(undefined, { onSettled: () => navigate('/portal', { replace: true }) })}
                  data-testid="portal-sign-out"
                >
                  {t('pt.signOut')}
                </Button>
              ) : (
                <Link to="/portal/login">
                  <Button size="large" data-testid="portal-sign-in">
                    {t('pt.signIn')}
                  </Button>
                </Link>
              )}
            </Space>
          </div>
          <nav aria-label={t('pt.name')} style={{ background: prefs.highContrast ? '#222' : '#8c001a' }}>
            <div style={{ ...WRAP, padding: '4px 12px', display: 'flex', flexWrap: 'wrap', gap: 4 }}>
              {sectionsFor(canSelf, pathname).map(({ to, key, active }) => (
                <Link
                  key={to}
                  to={to}
                  aria-current={active ? 'page' : undefined}
                  data-testid={`portal-nav-${key.slice(3)}`}
                  style={{
                    ...TAP,
                    color: '#fff',
                    fontWeight: active ? 700 : 400,
                    textDecoration: active ? 'underline' : 'none',
                    background: active ? 'rgba(255,255,255,0.18)' : 'transparent',
                  }}
                >
                  {t(key)}
                </Link>
              ))}
            </div>
          </nav>
        </header>
        <main style={WRAP}>
          <PortalFrameContext value>
            <Outlet />
          </PortalFrameContext>
        </main>
      </div>
    </ConfigProvider>
  );
}
