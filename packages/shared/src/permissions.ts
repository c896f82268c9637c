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
  // indicators (issue 8)
  'indicator:rebuild',
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
    // indicators (issue 8)
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
  community_worker: [...READ_ALL, 'resident:write', 'resident:import', 'member:write', 'decision:read', 'decision:write', 'proposal:read', 'integrity:read', 'integrity:write'],
  grid_worker: ['territory:read', 'resident:read', 'resident:write', 'dashboard:read'],
  branch_secretary: ['party-org:read', 'member:read', 'member:write', 'dashboard:read', 'decision:read', 'proposal:read'],
  party_member: [...PORTAL],
  volunteer: [...PORTAL],
  resident: [...PORTAL],
  provider: [],
  /** Discipline inspectors (纪检监察室): read everything in their subdistrict; they write only the handling of alerts and complaints. */
  inspector: [...READ_ALL, 'audit:read', 'decision:read', 'proposal:read', 'integrity:read', 'supervision:read', 'alert:handle', 'complaint:read', 'complaint:handle'],
  security_admin: ['user:read', 'user:write', 'territory:read'],
  audit_admin: ['audit:read'],
};

export function hasPermission(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}

/** Roles that must be able to use a second factor (staff, admins, inspectors). */
export const STAFF_ROLES: readonly Role[] = ROLES.filter(
  (r) => !['party_member', 'volunteer', 'resident', 'provider'].includes(r),
);
