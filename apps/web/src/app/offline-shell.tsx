import { Suspense, type ComponentType, type LazyExoticComponent } from 'react';
import { Alert, Button, Layout, Result, Typography } from 'antd';
import { useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageLoading } from '../components/page-loading.tsx';

/**
 * What a cold start without a connection shows: an "offline" notice, and the page asked for when it works
 * without the server (`pages`, by path), otherwise a note that it needs the network. Nothing here needs a session;
 * once the connection is back, the session check runs again and the full console (or the login page) takes over.
 */
export function OfflineShell({ pages = {} }: { pages?: Record<string, LazyExoticComponent<ComponentType>> }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const Page = pages[pathname];
  return (
    <Layout style={{ minHeight: '100vh' }} data-testid="offline-shell">
      <Layout.Header style={{ display: 'flex', alignItems: 'center', paddingInline: 16 }}>
        <Typography.Text strong style={{ color: '#fff' }}>
          {t('app.name')} · {t('offline.title')}
        </Typography.Text>
      </Layout.Header>
      <Layout.Content style={{ padding: 12 }}>
        <Alert
          type="warning"
          showIcon
          message={t('offline.title')}
          description={t('offline.notice')}
          data-testid="offline-state"
          style={{ marginBottom: 12 }}
        />
        {Page ? (
          <Suspense fallback={<PageLoading />}>
            <Page />
          </Suspense>
        ) : (
          <Result
            status="warning"
            title={t('offline.unavailable')}
            extra={<Button onClick={() => window.location.reload()}>{t('offline.retry')}</Button>}
          />
        )}
      </Layout.Content>
    </Layout>
  );
}
