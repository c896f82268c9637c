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
  { key: 'account', path: '/account', labelKey: 'nav.account', permission: null },
  // indicators and portal (issue 8)
  { key: 'indicators', path: '/indicators', labelKey: 'nav.indicators', permission: 'dashboard:read' },
  { key: 'big-screen', path: '/big-screen', labelKey: 'nav.bigScreen', permission: 'dashboard:read' },
  { key: 'residents-portal', path: '/portal', labelKey: 'nav.residentsPortal', permission: null },
];

export interface RouteHandle {
  permission: Permission | null;
}
