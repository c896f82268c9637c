import { Suspense } from 'react';
import type { ComponentType, LazyExoticComponent } from 'react';
import { createBrowserRouter } from 'react-router';
import { lazyPage } from '../lib/lazy-page.ts';
import { PageLoading } from '../components/page-loading.tsx';
import { RequireSession } from './require-session.tsx';
import type { RouteHandle } from './routes.ts';

const LoginPage = lazyPage(() => import('../features/auth/login-page.tsx'), 'LoginPage');
const AppLayout = lazyPage(() => import('../features/layout/app-layout.tsx'), 'AppLayout');
const NotFound = lazyPage(() => import('../components/not-found.tsx'), 'NotFound');
const HomePage = lazyPage(() => import('../features/dashboard/home-page.tsx'), 'HomePage');
const TerritoryPage = lazyPage(() => import('../features/territory/territory-page.tsx'), 'TerritoryPage');
const PartyOrgsPage = lazyPage(() => import('../features/party-orgs/party-orgs-page.tsx'), 'PartyOrgsPage');
const ResidentsPage = lazyPage(() => import('../features/residents/residents-page.tsx'), 'ResidentsPage');
const PartyMembersPage = lazyPage(() => import('../features/party-members/party-members-page.tsx'), 'PartyMembersPage');
const WorkersPage = lazyPage(() => import('../features/workers/workers-page.tsx'), 'WorkersPage');
const UsersPage = lazyPage(() => import('../features/users/users-page.tsx'), 'UsersPage');
const AuditPage = lazyPage(() => import('../features/audit/audit-page.tsx'), 'AuditPage');
const AccountPage = lazyPage(() => import('../features/account/account-page.tsx'), 'AccountPage');

function page(Page: LazyExoticComponent<ComponentType>) {
  return (
    <Suspense fallback={<PageLoading />}>
      <Page />
    </Suspense>
  );
}

function child(path: string, Page: LazyExoticComponent<ComponentType>, permission: RouteHandle['permission']) {
  const handle: RouteHandle = { permission };
  return { path, element: page(Page), handle };
}

export const router = createBrowserRouter([
  { path: '/login', element: page(LoginPage) },
  {
    path: '/',
    element: <RequireSession>{page(AppLayout)}</RequireSession>,
    children: [
      { index: true, element: page(HomePage), handle: { permission: null } satisfies RouteHandle },
      child('territory', TerritoryPage, 'territory:read'),
      child('party-orgs', PartyOrgsPage, 'party-org:read'),
      child('residents', ResidentsPage, 'resident:read'),
      child('party-members', PartyMembersPage, 'member:read'),
      child('workers', WorkersPage, 'worker:read'),
      child('users', UsersPage, 'user:read'),
      child('audit', AuditPage, 'audit:read'),
      child('account', AccountPage, null),
      { path: '*', element: page(NotFound), handle: { permission: null } satisfies RouteHandle },
    ],
  },
]);
