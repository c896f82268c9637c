/**
 * Roles and permissions: the one table both ends read.
 * Separation of duties (三员分立): no role holds both `user:write` and `audit:read`.
 * Complaints and reports (信访举报) are read and handled by discipline inspectors only — never by
 * community staff, subdistrict administrators or the security administrator.
 */
export const ROLES = [
  'subdistrict_admin',
  'subdistrict_leader',
  'community_secretary',
  'community_worker',
  'grid_worker',
  'branch_secretary',
  'party_member',
  'volunteer',
  'resident',
  'provider',
  'inspector',
  'security_admin',
  'audit_admin',
] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = [
  'territory:read',
  'territory:write',
  'territory:restructure',
  'party-org:read',
  'party-org:write',
  'resident:read',
  'resident:write',
  'resident:import',
  'resident:export',
  'member:read',
  'member:write',
  'worker:read',
  'worker:write',
  'pi:reveal',
  'dashboard:read',
  'decision:read',
  'decision:write',
  'decision:template',
  'decision:close-period',
  'meeting:write',
  'meeting:supervise',
  'proposal:read',
  'proposal:create',
  'notice:rate',
  'integrity:read',
  'integrity:write',
  'integrity:manage',
  'supervision:read',
  'alert:handle',
  'complaint:read',
  'complaint:handle',
  'user:read',
  'user:write',
  'audit:read',
  // grid governance: read, file daily reports, register and handle dispute cases, assign posts, configure
  'grid:read',
  'grid:report',
  'grid:case',
  'grid:manage',
  'grid:configure',
  // party life and volunteers
  'partylife:read',
  'partylife:write',
  'partylife:close',
  'study:self',
  'volunteer:read',
  'volunteer:write',
  'volunteer:self',
  'pairing:read',
  'pairing:write',
  'pairing:rules',
  // services: premises, funds, bookings, catalogue and requests, providers, brands
  'service:read',
  'service:write',
  'fund:read',
  'fund:write',
  'fund:approve',
  'booking:create',
  'request:create',
  'provider:orders',
  'open311:manage',
  // indicators
  'indicator:rebuild',
  // accounts of the administrator roles: propose and approve (dual control, see role-administration.ts)
  'account:propose',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

/** Residents' side of the deliberation hall: propose, support, rate published results. */
const PORTAL: Permission[] = ['proposal:read', 'proposal:create', 'notice:rate'];

const READ_ALL: Permission[] = [
  'territory:read',
  'party-org:read',
  'resident:read',
  'member:read',
  'worker:read',
  'dashboard:read',
];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  subdistrict_admin: [
    ...READ_ALL,
    'territory:write',
    'territory:restructure',
    'party-org:write',
    'resident:write',
    'resident:import',
    'resident:export',
    'member:write',
    'worker:write',
    'pi:reveal',
    'decision:read',
    'decision:write',
    'decision:template',
    'decision:close-period',
    'meeting:write',
    'meeting:supervise',
    'proposal:read',
    'integrity:read',
    'integrity:write',
    'integrity:manage',
    // indicators
    'indicator:rebuild',
  ],
  subdistrict_leader: [...READ_ALL, 'decision:read', 'proposal:read', 'meeting:supervise', 'integrity:read'],
  community_secretary: [
    ...READ_ALL,
    'territory:write',
    'party-org:write',
    'resident:write',
    'resident:import',
    'resident:export',
    'member:write',
    'worker:write',
    'pi:reveal',
    'decision:read',
    'decision:write',
    'proposal:read',
    'integrity:read',
    'integrity:write',
  ],
  community_worker: [
    ...READ_ALL,
    'resident:write',
    'resident:import',
    'member:write',
    'decision:read',
    'decision:write',
    'proposal:read',
    'integrity:read',
    'integrity:write',
  ],
  grid_worker: ['territory:read', 'resident:read', 'resident:write', 'dashboard:read'],
  branch_secretary: [
    'party-org:read',
    'member:read',
    'member:write',
    'dashboard:read',
    'decision:read',
    'proposal:read',
  ],
  party_member: [...PORTAL],
  volunteer: [...PORTAL],
  resident: [...PORTAL],
  provider: [],
  /** Discipline inspectors (纪检监察室): read everything in their subdistrict; they write only the handling of alerts and complaints. */
  inspector: [
    ...READ_ALL,
    'audit:read',
    'decision:read',
    'proposal:read',
    'integrity:read',
    'supervision:read',
    'alert:handle',
    'complaint:read',
    'complaint:handle',
  ],
  security_admin: ['user:read', 'user:write', 'territory:read'],
  audit_admin: ['audit:read'],
};

// party life and volunteers: grants added in one block so merges stay trivial.
// partylife:* = education, 三会一课, trainings; volunteer:* = in-service members, teams, activities, hours, good deeds;
// *:self = one's own learning, registration, sign-ups, hours and certificates; pairing:* = "3+2+1" pairing.
const PARTY_LIFE_GRANTS: Partial<Record<Role, Permission[]>> = {
  subdistrict_admin: [
    'partylife:read',
    'partylife:write',
    'partylife:close',
    'volunteer:read',
    'volunteer:write',
    'pairing:read',
    'pairing:write',
    'pairing:rules',
  ],
  subdistrict_leader: ['partylife:read', 'volunteer:read', 'pairing:read', 'pairing:write'],
  community_secretary: [
    'partylife:read',
    'partylife:write',
    'partylife:close',
    'volunteer:read',
    'volunteer:write',
    'pairing:read',
    'pairing:write',
  ],
  community_worker: ['partylife:read', 'partylife:write', 'volunteer:read', 'volunteer:write', 'pairing:read'],
  branch_secretary: ['partylife:read', 'partylife:write', 'volunteer:read', 'pairing:read', 'pairing:write'],
  party_member: ['study:self', 'volunteer:self'],
  volunteer: ['volunteer:self'],
  inspector: ['partylife:read', 'volunteer:read', 'pairing:read'],
};
for (const [role, grants] of Object.entries(PARTY_LIFE_GRANTS))
  (ROLE_PERMISSIONS[role as Role] as Permission[]).push(...grants);
// services: grants appended to the roles above (one block, so merges stay trivial).
// Staff read and run the service centre; the subdistrict allocates funds and issues Open311 keys; leaders
// approve spending beyond an allocation; inspectors read services and funds; residents, members, volunteers,
// branches and providers book rooms; residents submit and follow their own requests; providers handle their orders.
const SERVICE_GRANTS: Partial<Record<Role, Permission[]>> = {
  subdistrict_admin: ['service:read', 'service:write', 'fund:read', 'fund:write', 'booking:create', 'open311:manage'],
  subdistrict_leader: ['service:read', 'fund:read', 'fund:approve'],
  community_secretary: ['service:read', 'service:write', 'fund:read', 'booking:create'],
  community_worker: ['service:read', 'service:write', 'booking:create'],
  branch_secretary: ['booking:create'],
  party_member: ['booking:create', 'request:create'],
  volunteer: ['booking:create', 'request:create'],
  resident: ['booking:create', 'request:create'],
  provider: ['booking:create', 'provider:orders'],
  inspector: ['service:read', 'fund:read'],
};
for (const [role, grants] of Object.entries(SERVICE_GRANTS))
  (ROLE_PERMISSIONS[role as Role] as Permission[]).push(...grants);

export function hasPermission(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}

/** Roles that must be able to use a second factor (staff, admins, inspectors). */
export const STAFF_ROLES: readonly Role[] = ROLES.filter(
  (r) => !['party_member', 'volunteer', 'resident', 'provider'].includes(r),
);

// grid governance: granted here in one block so the role table above stays untouched.
const GRID_GRANTS: Partial<Record<Role, readonly Permission[]>> = {
  subdistrict_admin: ['grid:read', 'grid:case', 'grid:manage', 'grid:configure'],
  subdistrict_leader: ['grid:read'],
  community_secretary: ['grid:read', 'grid:case', 'grid:manage'],
  community_worker: ['grid:read', 'grid:report', 'grid:case'],
  grid_worker: ['grid:read', 'grid:report', 'grid:case'],
};
for (const [role, extra] of Object.entries(GRID_GRANTS))
  (ROLE_PERMISSIONS[role as Role] as Permission[]).push(...extra);

// accounts of the administrator roles (三员): each of the three proposes, a different one approves.
for (const role of ['subdistrict_admin', 'security_admin', 'audit_admin'] as const)
  (ROLE_PERMISSIONS[role] as Permission[]).push('account:propose');
