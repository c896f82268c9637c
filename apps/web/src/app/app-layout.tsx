import { Layout, Typography } from 'antd';
import { Outlet, useMatches } from 'react-router';
import { useTranslation } from 'react-i18next';
import { DemoBanner } from '../components/demo-banner.tsx';
import { RequirePermission } from '../components/require-permission.tsx';
import type { RouteHandle } from './web-module.ts';
import { useRequiredSession } from '../features/auth/session.ts';
import { AppHeader } from './app-header.tsx';
import { SideMenu } from './side-menu.tsx';

function isRouteHandle(v: unknown): v is RouteHandle {
  return typeof v === 'object' && v !== null && 'permission' in v;
}

function usePagePermission(): RouteHandle['permission'] {
  const matches = useMatches();
  const handle = matches[matches.length - 1]?.handle;
  return isRouteHandle(handle) ? handle.permission : null;
}

export function AppLayout() {
  const { t } = useTranslation();
  const session = useRequiredSession();
  const permission = usePagePermission();
  return (
    <Layout style={{ minHeight: '100vh' }}>
      {session.demo && <DemoBanner />}
      <Layout>
        <Layout.Sider breakpoint="lg" collapsedWidth={0} width={208} theme="light">
          <div style={{ padding: '16px 20px' }}>
            <Typography.Title level={4} style={{ margin: 0, color: '#c8102e' }}>
              {t('app.name')}
            </Typography.Title>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('app.subtitle')}
            </Typography.Text>
          </div>
          <SideMenu />
        </Layout.Sider>
        <Layout>
          <AppHeader />
          <Layout.Content style={{ padding: 24 }}>
            {permission ? (
              <RequirePermission permission={permission}>
                <Outlet />
              </RequirePermission>
            ) : (
              <Outlet />
            )}
          </Layout.Content>
        </Layout>
      </Layout>
    </Layout>
  );
}
