import { STAFF_ROLES, type SecondFactorPolicy, type SessionRestriction } from '@jishi/shared';
import { DEMO_ACCOUNTS } from '../../seed/demo-accounts.ts';

/** The accounts printed on the demo sign-in screen: the only ones demo mode may exempt from the second factor. */
const DEMO_USERNAMES: ReadonlySet<string> = new Set(DEMO_ACCOUNTS.map((a) => a.username));

const isStaff = (role: string): boolean => (STAFF_ROLES as readonly string[]).includes(role);

/**
 * Whether an account must sign in with a second factor: staff, administrators and inspectors always under
 * `enforced` (production mode), all but the printed demo accounts under `demo_exempt`, nobody under `off`.
 * Portal accounts (residents, members, volunteers) and service providers are not staff.
 */
export function secondFactorRequired(policy: SecondFactorPolicy, user: { role: string; username: string }): boolean {
  if (!isStaff(user.role) || policy === 'off') return false;
  return policy === 'enforced' || !DEMO_USERNAMES.has(user.username);
}

/** The step a staff session must take before it is complete: the one-time password first, then TOTP enrolment. */
export function sessionRestriction(
  policy: SecondFactorPolicy,
  user: { role: string; username: string; mustChangePassword: boolean; totpEnabled: boolean },
): SessionRestriction | null {
  if (!isStaff(user.role)) return null;
  if (user.mustChangePassword) return 'password_change';
  if (secondFactorRequired(policy, user) && !user.totpEnabled) return 'totp_enrolment';
  return null;
}
