import type { Role } from './roles.ts';

/**
 * Separation of duties (三员分立) for accounts: who may create and manage an account of each role.
 * The one table; docs/security/accounts-and-second-factor.md repeats it for reviewers.
 *
 * - 'security_admin': the security administrator (安全管理员) creates the account, changes it, disables it and
 *   resets its password or second factor directly (audited).
 * - 'dual_control': one holder of an administrator role proposes the change; it takes effect only when a
 *   different holder of an administrator role approves it. The security administrator cannot do it alone.
 *
 * The three administrator roles (三员) are the system administrator (the subdistrict administrator, 街道管理员 /
 * 系统管理员), the security administrator and the audit administrator (审计管理员). Discipline inspectors read the
 * audit trail, so their accounts are kept under the same dual control.
 */
export const ROLE_ADMINISTRATION: Record<Role, 'security_admin' | 'dual_control'> = {
  subdistrict_admin: 'dual_control',
  security_admin: 'dual_control',
  audit_admin: 'dual_control',
  inspector: 'dual_control',
  subdistrict_leader: 'security_admin',
  community_secretary: 'security_admin',
  community_worker: 'security_admin',
  grid_worker: 'security_admin',
  branch_secretary: 'security_admin',
  party_member: 'security_admin',
  volunteer: 'security_admin',
  resident: 'security_admin',
  provider: 'security_admin',
};

/** The three administrator roles (三员): the holders who propose and approve dual-control changes. */
export const ADMINISTRATOR_ROLES: readonly Role[] = ['subdistrict_admin', 'security_admin', 'audit_admin'];

export const isAdministratorRole = (role: string): boolean => (ADMINISTRATOR_ROLES as readonly string[]).includes(role);

/** True when a change touching these roles (the account's current and new role) needs dual control. */
export const needsDualControl = (...roles: Role[]): boolean =>
  roles.some((r) => ROLE_ADMINISTRATION[r] === 'dual_control');
