import { Suspense } from 'react';
import type { ComponentType, LazyExoticComponent } from 'react';
import { createBrowserRouter, Navigate } from 'react-router';
import { lazyNamed } from '../lib/lazy-named.ts';
import type { ModuleName } from '../lib/i18n/module-bundles.ts';
import { lazyModulePage } from './module-page.tsx';
import { PageLoading } from '../components/page-loading.tsx';
import { OfflineShell, RequireSession } from './require-session.tsx';
import type { RouteHandle } from './routes.ts';

// Each module's strings load with its pages; the public pages show the board's and the power list's.
const DECISIONS: readonly ModuleName[] = ['decisions'];
const INTEGRITY: readonly ModuleName[] = ['integrity'];
const PUBLIC: readonly ModuleName[] = ['decisions', 'integrity'];
// grid governance
const GRID: readonly ModuleName[] = ['grid'];

const LoginPage = lazyNamed(() => import('../features/auth/login-page.tsx'), 'LoginPage');
const AppLayout = lazyNamed(() => import('./app-layout.tsx'), 'AppLayout');
const NotFound = lazyNamed(() => import('../components/not-found.tsx'), 'NotFound');
const HomePage = lazyNamed(() => import('../features/dashboard/home-page.tsx'), 'HomePage');
const TerritoryPage = lazyNamed(() => import('../features/territory/territory-page.tsx'), 'TerritoryPage');
const PartyOrgsPage = lazyNamed(() => import('../features/party-orgs/party-orgs-page.tsx'), 'PartyOrgsPage');
const ResidentsPage = lazyNamed(() => import('../features/residents/residents-page.tsx'), 'ResidentsPage');
const PartyMembersPage = lazyNamed(
  () => import('../features/party-members/party-members-page.tsx'),
  'PartyMembersPage',
);
const WorkersPage = lazyNamed(() => import('../features/workers/workers-page.tsx'), 'WorkersPage');
const UsersPage = lazyNamed(() => import('../features/users/users-page.tsx'), 'UsersPage');
const AccountProposalsPage = lazyNamed(
  () => import('../features/users/account-proposals-page.tsx'),
  'AccountProposalsPage',
);
const AuditPage = lazyNamed(() => import('../features/audit/audit-page.tsx'), 'AuditPage');
const AccountPage = lazyNamed(() => import('../features/auth/account-page.tsx'), 'AccountPage');
const HallPage = lazyModulePage(() => import('../features/decisions/hall-page.tsx'), 'HallPage', DECISIONS);
const MatterPage = lazyModulePage(() => import('../features/decisions/matter-page.tsx'), 'MatterPage', DECISIONS);
const MatterPrintPage = lazyModulePage(
  () => import('../features/decisions/matter-print-page.tsx'),
  'MatterPrintPage',
  DECISIONS,
);
const ProposalsPage = lazyModulePage(
  () => import('../features/decisions/proposals-page.tsx'),
  'ProposalsPage',
  DECISIONS,
);
const ResidentProposalsPage = lazyModulePage(
  () => import('../features/decisions/resident-proposals-page.tsx'),
  'ResidentProposalsPage',
  DECISIONS,
);
const TemplatesPage = lazyModulePage(
  () => import('../features/decisions/templates-page.tsx'),
  'TemplatesPage',
  DECISIONS,
);
const MeetingsPage = lazyModulePage(() => import('../features/decisions/meetings-page.tsx'), 'MeetingsPage', DECISIONS);
const BoardPage = lazyModulePage(() => import('../features/decisions/board-page.tsx'), 'BoardPage', PUBLIC);
const PowerListPage = lazyModulePage(
  () => import('../features/integrity/power-list-page.tsx'),
  'PowerListPage',
  INTEGRITY,
);
const ExercisesPage = lazyModulePage(
  () => import('../features/integrity/exercises-page.tsx'),
  'ExercisesPage',
  INTEGRITY,
);
const ExercisePage = lazyModulePage(() => import('../features/integrity/exercise-page.tsx'), 'ExercisePage', INTEGRITY);
const AlertsPage = lazyModulePage(() => import('../features/integrity/alerts-page.tsx'), 'AlertsPage', INTEGRITY);
const OversightPage = lazyModulePage(
  () => import('../features/integrity/oversight-page.tsx'),
  'OversightPage',
  INTEGRITY,
);
const ComplaintsPage = lazyModulePage(
  () => import('../features/integrity/complaints-page.tsx'),
  'ComplaintsPage',
  INTEGRITY,
);
const ItemPrintPage = lazyModulePage(
  () => import('../features/integrity/item-print-page.tsx'),
  'ItemPrintPage',
  INTEGRITY,
);
const PowerBoardPage = lazyModulePage(
  () => import('../features/integrity/power-board-page.tsx'),
  'PowerBoardPage',
  PUBLIC,
);
// grid governance
const GridTodayPage = lazyModulePage(() => import('../features/grid/today-page.tsx'), 'GridTodayPage', GRID);
const GridCasesPage = lazyModulePage(() => import('../features/grid/cases-page.tsx'), 'GridCasesPage', GRID);
const GridCasePage = lazyModulePage(() => import('../features/grid/case-page.tsx'), 'GridCasePage', GRID);
const GridCompliancePage = lazyModulePage(
  () => import('../features/grid/compliance-page.tsx'),
  'GridCompliancePage',
  GRID,
);
const GridDashboardPage = lazyModulePage(
  () => import('../features/grid/figures-page.tsx'),
  'GridDashboardPage',
  GRID,
);
const GridPostsPage = lazyModulePage(() => import('../features/grid/posts-page.tsx'), 'GridPostsPage', GRID);
// party life and volunteers
const VOLUNTEERS: readonly ModuleName[] = ['volunteers'];
const PartyLifePage = lazyModulePage(
  () => import('../features/party-life/party-life-page.tsx'),
  'PartyLifePage',
  VOLUNTEERS,
);
const VolunteeringPage = lazyModulePage(
  () => import('../features/volunteering/volunteering-page.tsx'),
  'VolunteeringPage',
  VOLUNTEERS,
);
const PairingPage = lazyModulePage(() => import('../features/pairing/pairing-page.tsx'), 'PairingPage', VOLUNTEERS);
const MyVolunteerPage = lazyModulePage(
  () => import('../features/volunteering/my-volunteer-page.tsx'),
  'MyVolunteerPage',
  VOLUNTEERS,
);
// services
const SERVICES: readonly ModuleName[] = ['services'];
const ServicesPage = lazyModulePage(() => import('../features/premises/services-page.tsx'), 'ServicesPage', SERVICES);
const ProviderOrdersPage = lazyModulePage(
  () => import('../features/providers/provider-orders-page.tsx'),
  'ProviderOrdersPage',
  SERVICES,
);
const CommunityPage = lazyModulePage(
  () => import('../features/premises/community-page.tsx'),
  'CommunityPage',
  SERVICES,
);
// indicators and portal
const INDICATORS: readonly ModuleName[] = ['indicators'];
const PORTAL: readonly ModuleName[] = ['portal', 'decisions', 'services'];
const IndicatorsPage = lazyModulePage(
  () => import('../features/indicators/indicators-page.tsx'),
  'IndicatorsPage',
  INDICATORS,
);
const BigScreenPage = lazyModulePage(
  () => import('../features/indicators/big-screen-page.tsx'),
  'BigScreenPage',
  INDICATORS,
);
const PortalLayout = lazyModulePage(() => import('../features/portal/portal-layout.tsx'), 'PortalLayout', PORTAL);
const PortalHomePage = lazyModulePage(
  () => import('../features/portal/portal-home-page.tsx'),
  'PortalHomePage',
  PORTAL,
);
const PortalCommunityPage = lazyModulePage(
  () => import('../features/portal/community-page.tsx'),
  'CommunityPage',
  PORTAL,
);
const PortalNoticesPage = lazyModulePage(
  () => import('../features/portal/portal-notices-page.tsx'),
  'PortalNoticesPage',
  PORTAL,
);
const PortalLoginPage = lazyModulePage(
  () => import('../features/portal/portal-login-page.tsx'),
  'PortalLoginPage',
  PORTAL,
);
const PortalRequireSession = lazyNamed(() => import('../features/portal/portal-session.tsx'), 'PortalRequireSession');
// Resident pages of other modules, inside the portal's frame (their strings load with them).
const PortalRequestsPage = lazyModulePage(
  () => import('../features/service-requests/portal-requests-page.tsx'),
  'PortalRequestsPage',
  PORTAL,
);
const PortalBookingPage = lazyModulePage(
  () => import('../features/bookings/portal-booking-page.tsx'),
  'PortalBookingPage',
  PORTAL,
);
const PortalVolunteerPage = lazyModulePage(
  () => import('../features/volunteering/portal-volunteer-page.tsx'),
  'PortalVolunteerPage',
  [...PORTAL, ...VOLUNTEERS],
);
const PortalMyVolunteerPage = lazyModulePage(
  () => import('../features/volunteering/portal-my-volunteer-page.tsx'),
  'PortalMyVolunteerPage',
  [...PORTAL, ...VOLUNTEERS],
);
const PortalPowerBoardPage = lazyModulePage(
  () => import('../features/integrity/power-board-page.tsx'),
  'PowerBoardPage',
  [...PORTAL, ...INTEGRITY],
);
const PortalCertificatePage = lazyModulePage(
  () => import('../features/volunteering/certificate-check-page.tsx'),
  'CertificateCheckPage',
  [...PORTAL, ...VOLUNTEERS],
);
const PortalReportPage = lazyModulePage(() => import('../features/integrity/report-page.tsx'), 'ReportPage', [
  ...PORTAL,
  ...INTEGRITY,
]);
const PortalTrackPage = lazyModulePage(() => import('../features/integrity/track-page.tsx'), 'TrackPage', [
  ...PORTAL,
  ...INTEGRITY,
]);

function page(Page: LazyExoticComponent<ComponentType>) {
  return (
    <Suspense fallback={<PageLoading />}>
      <Page />
    </Suspense>
  );
}

/** A portal page that needs a resident's session (signed-out visitors go to the portal's sign-in). */
function signedIn(Page: LazyExoticComponent<ComponentType>) {
  return (
    <Suspense fallback={<PageLoading />}>
      <PortalRequireSession>{page(Page)}</PortalRequireSession>
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
  { path: '/board/:unitId/power-list', element: page(PowerBoardPage) },
  // 信访举报 and the certificate check (no sign-in) live in the residents' portal now; the old addresses lead there.
  { path: '/report', element: <Navigate to="/portal/report" replace /> },
  { path: '/report/track', element: <Navigate to="/portal/report/track" replace /> },
  { path: '/certificates', element: <Navigate to="/portal/certificates" replace /> },
  // services: a community's public page needs no session
  { path: '/community', element: page(CommunityPage) },
  { path: '/community/:unitId', element: page(CommunityPage) },
  // The printable record form: signed in, but without the console's chrome.
  { path: '/print/matters/:id', element: <RequireSession>{page(MatterPrintPage)}</RequireSession> },
  { path: '/print/power-items/:id', element: <RequireSession>{page(ItemPrintPage)}</RequireSession> },
  // indicators and portal: the lobby screen without the console's chrome; the residents' portal with its own layout
  { path: '/big-screen', element: <RequireSession>{page(BigScreenPage)}</RequireSession> },
  {
    path: '/portal',
    element: page(PortalLayout),
    children: [
      { index: true, element: page(PortalHomePage) },
      { path: 'communities/:id', element: page(PortalCommunityPage) },
      { path: 'notices', element: page(PortalNoticesPage) },
      { path: 'notices/:unitId', element: page(PortalNoticesPage) },
      { path: 'login', element: page(PortalLoginPage) },
      { path: 'proposals', element: signedIn(ResidentProposalsPage) },
      // services for residents: their own requests and room bookings
      { path: 'requests', element: signedIn(PortalRequestsPage) },
      { path: 'bookings', element: signedIn(PortalBookingPage) },
      // volunteer activities: anyone reads them; volunteers sign up and see their own hours and certificates
      { path: 'volunteer', element: page(PortalVolunteerPage) },
      { path: 'volunteer/mine', element: signedIn(PortalMyVolunteerPage) },
      { path: 'volunteer/:unitId', element: page(PortalVolunteerPage) },
      // no sign-in: the certificate check and 信访举报 (the tracking code never appears in a URL)
      { path: 'certificates', element: page(PortalCertificatePage) },
      { path: 'report', element: page(PortalReportPage) },
      { path: 'report/track', element: page(PortalTrackPage) },
      // a community's power list (权力清单) in the portal's frame; /board/:unitId/power-list stays the standalone board
      { path: 'power-list/:unitId', element: page(PortalPowerBoardPage) },
    ],
  },
  {
    path: '/',
    // grid governance: a phone starting offline still opens the drafts page (PWA start_url).
    element: (
      <RequireSession offline={<OfflineShell pages={{ '/grid/today': GridTodayPage }} />}>
        {page(AppLayout)}
      </RequireSession>
    ),
    children: [
      { index: true, element: page(HomePage), handle: { permission: null } satisfies RouteHandle },
      child('territory', TerritoryPage, 'territory:read'),
      child('party-orgs', PartyOrgsPage, 'party-org:read'),
      child('residents', ResidentsPage, 'resident:read'),
      child('party-members', PartyMembersPage, 'member:read'),
      child('workers', WorkersPage, 'worker:read'),
      child('users', UsersPage, 'user:read'),
      child('audit', AuditPage, 'audit:read'),
      child('account-proposals', AccountProposalsPage, 'account:propose'),
      child('account', AccountPage, null),
      child('hall', HallPage, 'decision:read'),
      child('hall/matters/:id', MatterPage, 'decision:read'),
      child('hall/proposals', ProposalsPage, 'decision:read'),
      child('hall/templates', TemplatesPage, 'decision:read'),
      child('hall/meetings', MeetingsPage, 'decision:read'),
      child('integrity', PowerListPage, 'integrity:read'),
      child('integrity/exercises', ExercisesPage, 'integrity:read'),
      child('integrity/exercises/:id', ExercisePage, 'integrity:read'),
      child('integrity/alerts', AlertsPage, 'supervision:read'),
      child('integrity/oversight', OversightPage, 'supervision:read'),
      child('integrity/complaints', ComplaintsPage, 'complaint:read'),
      // grid governance
      child('grid/today', GridTodayPage, 'grid:report'),
      child('grid/cases', GridCasesPage, 'grid:read'),
      child('grid/cases/:id', GridCasePage, 'grid:read'),
      child('grid/compliance', GridCompliancePage, 'grid:read'),
      child('grid/dashboard', GridDashboardPage, 'grid:read'),
      child('grid/posts', GridPostsPage, 'grid:manage'),
      // party life and volunteers
      child('party-life', PartyLifePage, 'partylife:read'),
      child('volunteering', VolunteeringPage, 'volunteer:read'),
      child('pairing', PairingPage, 'pairing:read'),
      child('my/volunteer', MyVolunteerPage, 'volunteer:self'),
      // services
      child('services', ServicesPage, 'service:read'),
      child('provider/orders', ProviderOrdersPage, 'provider:orders'),
      // indicators
      child('indicators', IndicatorsPage, 'dashboard:read'),
      { path: '*', element: page(NotFound), handle: { permission: null } satisfies RouteHandle },
    ],
  },
]);
