/** The roles of the platform; what each holds is the role table in permissions.ts, built from the module manifests. */
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

/** Roles that must be able to use a second factor (staff, admins, inspectors). */
export const STAFF_ROLES: readonly Role[] = ROLES.filter(
  (r) => !['party_member', 'volunteer', 'resident', 'provider'].includes(r),
);
