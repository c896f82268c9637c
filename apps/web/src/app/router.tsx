import { Suspense } from 'react';
import type { ComponentType, LazyExoticComponent } from 'react';
import { createBrowserRouter } from 'react-router';
import { lazyNamed } from '../lib/lazy-named.ts';
import { PageLoading } from '../components/page-loading.tsx';
import { RequireSession } from './require-session.tsx';
import type { RouteHandle } from './routes.ts';

const LoginPage = lazyNamed(() => import('../features/auth/login-page.tsx'), 'LoginPage');
const AppLayout = lazyNamed(() => import('../features/layout/app-layout.tsx'), 'AppLayout');
const NotFound = lazyNamed(() => import('../components/not-found.tsx'), 'NotFound');
const HomePage = lazyNamed(() => import('../features/dashboard/home-page.tsx'), 'HomePage');
const TerritoryPage = lazyNamed(() => import('../features/territory/territory-page.tsx'), 'TerritoryPage');
const PartyOrgsPage = lazyNamed(() => import('../features/party-orgs/party-orgs-page.tsx'), 'PartyOrgsPage');
const ResidentsPage = lazyNamed(() => import('../features/residents/residents-page.tsx'), 'ResidentsPage');
const PartyMembersPage = lazyNamed(() => import('../features/party-members/party-members-page.tsx'), 'PartyMembersPage');
const WorkersPage = lazyNamed(() => import('../features/workers/workers-page.tsx'), 'WorkersPage');
const UsersPage = lazyNamed(() => import('../features/users/users-page.tsx'), 'UsersPage');
const AuditPage = lazyNamed(() => import('../features/audit/audit-page.tsx'), 'AuditPage');
const AccountPage = lazyNamed(() => import('../features/account/account-page.tsx'), 'AccountPage');
const HallPage = lazyNamed(() => import('../features/decisions/hall-page.tsx'), 'HallPage');
const MatterPage = lazyNamed(() => import('../features/decisions/matter-page.tsx'), 'MatterPage');
const MatterPrintPage = lazyNamed(() => import('../features/decisions/matter-print-page.tsx'), 'MatterPrintPage');
const ProposalsPage = lazyNamed(() => import('../features/decisions/proposals-page.tsx'), 'ProposalsPage');
const ResidentProposalsPage = lazyNamed(() => import('../features/decisions/resident-proposals-page.tsx'), 'ResidentProposalsPage');
const TemplatesPage = lazyNamed(() => import('../features/decisions/templates-page.tsx'), 'TemplatesPage');
const MeetingsPage = lazyNamed(() => import('../features/decisions/meetings-page.tsx'), 'MeetingsPage');
const BoardPage = lazyNamed(() => import('../features/public-board/board-page.tsx'), 'BoardPage');

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
  // The public board (公示栏) needs no session: it sits outside the guard.
  { path: '/board', element: page(BoardPage) },
  { path: '/board/:unitId', element: page(BoardPage) },
  // The printable record form: signed in, but without the console's chrome.
  { path: '/print/matters/:id', element: <RequireSession>{page(MatterPrintPage)}</RequireSession> },
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
      child('hall', HallPage, 'decision:read'),
      child('hall/matters/:id', MatterPage, 'decision:read'),
      child('hall/proposals', ProposalsPage, 'decision:read'),
      child('hall/templates', TemplatesPage, 'decision:read'),
      child('hall/meetings', MeetingsPage, 'decision:read'),
      child('portal/proposals', ResidentProposalsPage, 'proposal:create'),
      { path: '*', element: page(NotFound), handle: { permission: null } satisfies RouteHandle },
    ],
  },
]);
