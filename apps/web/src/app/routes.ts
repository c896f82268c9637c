import type { Permission } from '@jishi/shared';

/** Menu and route table in one place: the layout shows only what the session permits. */
export interface NavItem {
  key: string;
  path: string;
  labelKey: string;
  permission: Permission | null;
}

export const NAV_ITEMS: readonly NavItem[] = [
  { key: 'home', path: '/', labelKey: 'nav.home', permission: null },
  { key: 'territory', path: '/territory', labelKey: 'nav.territory', permission: 'territory:read' },
  { key: 'party-orgs', path: '/party-orgs', labelKey: 'nav.partyOrgs', permission: 'party-org:read' },
  { key: 'residents', path: '/residents', labelKey: 'nav.residents', permission: 'resident:read' },
  { key: 'party-members', path: '/party-members', labelKey: 'nav.partyMembers', permission: 'member:read' },
  { key: 'workers', path: '/workers', labelKey: 'nav.workers', permission: 'worker:read' },
  { key: 'users', path: '/users', labelKey: 'nav.users', permission: 'user:read' },
  { key: 'audit', path: '/audit', labelKey: 'nav.audit', permission: 'audit:read' },
  {
    key: 'account-proposals',
    path: '/account-proposals',
    labelKey: 'nav.accountProposals',
    permission: 'account:propose',
  },
  { key: 'hall', path: '/hall', labelKey: 'nav.hall', permission: 'decision:read' },
  { key: 'proposals', path: '/hall/proposals', labelKey: 'nav.proposals', permission: 'decision:read' },
  { key: 'meetings', path: '/hall/meetings', labelKey: 'nav.meetings', permission: 'decision:read' },
  { key: 'templates', path: '/hall/templates', labelKey: 'nav.templates', permission: 'decision:read' },
  { key: 'power-list', path: '/integrity', labelKey: 'nav.powerList', permission: 'integrity:read' },
  { key: 'exercises', path: '/integrity/exercises', labelKey: 'nav.exercises', permission: 'integrity:read' },
  { key: 'alerts', path: '/integrity/alerts', labelKey: 'nav.alerts', permission: 'supervision:read' },
  { key: 'oversight', path: '/integrity/oversight', labelKey: 'nav.oversight', permission: 'supervision:read' },
  // Complaints: inspectors only (complaint:read) — never community staff or administrators.
  { key: 'complaints', path: '/integrity/complaints', labelKey: 'nav.complaints', permission: 'complaint:read' },
  { key: 'portal', path: '/portal/proposals', labelKey: 'nav.portal', permission: 'proposal:create' },
  { key: 'board', path: '/board', labelKey: 'nav.board', permission: null },
  // grid governance
  { key: 'grid-today', path: '/grid/today', labelKey: 'nav.gridToday', permission: 'grid:report' },
  { key: 'grid-cases', path: '/grid/cases', labelKey: 'nav.gridCases', permission: 'grid:read' },
  { key: 'grid-compliance', path: '/grid/compliance', labelKey: 'nav.gridCompliance', permission: 'grid:read' },
  { key: 'grid-dashboard', path: '/grid/dashboard', labelKey: 'nav.gridDashboard', permission: 'grid:read' },
  { key: 'grid-posts', path: '/grid/posts', labelKey: 'nav.gridPosts', permission: 'grid:manage' },
  { key: 'account', path: '/account', labelKey: 'nav.account', permission: null },
  // party life and volunteers
  { key: 'party-life', path: '/party-life', labelKey: 'nav.partyLife', permission: 'partylife:read' },
  { key: 'volunteering', path: '/volunteering', labelKey: 'nav.volunteering', permission: 'volunteer:read' },
  { key: 'pairing', path: '/pairing', labelKey: 'nav.pairing', permission: 'pairing:read' },
  { key: 'my-volunteer', path: '/my/volunteer', labelKey: 'nav.myVolunteer', permission: 'volunteer:self' },
  // services
  { key: 'services', path: '/services', labelKey: 'nav.services', permission: 'service:read' },
  // Residents' own requests live in the portal only (request:create is no staff role's); staff, branches and
  // providers also book rooms (booking:create), so their menu leads into the portal's booking page.
  { key: 'bookings', path: '/portal/bookings', labelKey: 'nav.bookings', permission: 'booking:create' },
  { key: 'orders', path: '/provider/orders', labelKey: 'nav.orders', permission: 'provider:orders' },
  { key: 'community', path: '/community', labelKey: 'nav.community', permission: null },
  // indicators and portal
  { key: 'indicators', path: '/indicators', labelKey: 'nav.indicators', permission: 'dashboard:read' },
  { key: 'big-screen', path: '/big-screen', labelKey: 'nav.bigScreen', permission: 'dashboard:read' },
  { key: 'residents-portal', path: '/portal', labelKey: 'nav.residentsPortal', permission: null },
];

export interface RouteHandle {
  permission: Permission | null;
}
