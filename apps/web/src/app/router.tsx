import { Suspense } from 'react';
import type { ComponentType, LazyExoticComponent } from 'react';
import { createBrowserRouter, Navigate } from 'react-router';
import type { RouteObject } from 'react-router';
import { lazyNamed } from '../lib/lazy-named.ts';
import { PageLoading } from '../components/page-loading.tsx';
import { lazyModulePage } from './module-page.tsx';
import { WEB_MODULES } from './modules.ts';
import { OfflineShell, RequireSession } from './require-session.tsx';
import { routeTable } from './route-table.ts';
import type { PageRoute } from './route-table.ts';
import type { RouteHandle } from './web-module.ts';

const AppLayout = lazyNamed(() => import('./app-layout.tsx'), 'AppLayout');
const NotFound = lazyNamed(() => import('../components/not-found.tsx'), 'NotFound');
const PortalLayout = lazyModulePage(
  () => import('../features/portal/portal-layout.tsx').then((m) => m.PortalLayout),
  'PortalLayout',
  ['portal', 'decisions', 'services'],
);
const PortalRequireSession = lazyNamed(() => import('../features/portal/portal-session.tsx'), 'PortalRequireSession');

function page(Page: LazyExoticComponent<ComponentType>) {
  return (
    <Suspense fallback={<PageLoading />}>
      <Page />
    </Suspense>
  );
}

const { pages, redirects } = routeTable(WEB_MODULES);
/** One lazy component per page (a page shown at two addresses keeps one component per address). */
const lazyPage = (r: PageRoute) => lazyModulePage(r.page, r.path, r.strings);

function element(r: PageRoute, Page: LazyExoticComponent<ComponentType>) {
  if (r.kind === 'portal' && r.session === 'resident')
    return (
      <Suspense fallback={<PageLoading />}>
        <PortalRequireSession>{page(Page)}</PortalRequireSession>
      </Suspense>
    );
  if (r.kind === 'public' && r.session === 'staff') return <RequireSession>{page(Page)}</RequireSession>;
  return page(Page);
}

/** `/portal/x` → `x` (the portal's own address is its index), `/x` → `x` under the console (`/` is its index). */
function child(r: PageRoute, prefix: string): RouteObject {
  const Page = lazyPage(r);
  const handle: RouteHandle = { permission: r.permission };
  const rest = r.path === prefix ? '' : r.path.slice(prefix === '/' ? 1 : prefix.length + 1);
  return rest === ''
    ? { index: true, element: element(r, Page), handle }
    : { path: rest, element: element(r, Page), handle };
}

const consolePages = pages.filter((r) => r.kind === 'console');
const offlinePages = Object.fromEntries(consolePages.filter((r) => r.offline).map((r) => [r.path, lazyPage(r)]));

export const router = createBrowserRouter([
  ...pages.filter((r) => r.kind === 'public').map((r) => ({ path: r.path, element: element(r, lazyPage(r)) })),
  ...redirects.map((r) => ({ path: r.path, element: <Navigate to={r.to} replace /> })),
  {
    path: '/portal',
    element: page(PortalLayout),
    children: pages.filter((r) => r.kind === 'portal').map((r) => child(r, '/portal')),
  },
  {
    path: '/',
    // A phone starting offline still opens the pages marked `offline` (the grid worker's drafts, PWA start_url).
    element: <RequireSession offline={<OfflineShell pages={offlinePages} />}>{page(AppLayout)}</RequireSession>,
    children: [
      ...consolePages.map((r) => child(r, '/')),
      { path: '*', element: page(NotFound), handle: { permission: null } satisfies RouteHandle },
    ],
  },
]);
