import { z } from 'zod';
import { ROLES, PERMISSIONS } from './permissions.ts';

export const zRole = z.enum(ROLES);
export const zPermission = z.enum(PERMISSIONS);

export const loginBody = z.strictObject({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(256),
  totp: z
    .string()
    .regex(/^\d{6}$/)
    .optional(),
  /** One of the single-use recovery codes, instead of the 6-digit code. */
  recoveryCode: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9]{5}-?[A-Za-z0-9]{5}$/)
    .optional(),
});
export type LoginInput = z.infer<typeof loginBody>;

/**
 * What a signed-in session may do before it is complete: change the one-time password first, then enrol the
 * second factor (TOTP). A limited session reaches only its own session, sign-out, password and enrolment.
 */
export const SESSION_RESTRICTIONS = ['password_change', 'totp_enrolment'] as const;
export const zSessionRestriction = z.enum(SESSION_RESTRICTIONS);
export type SessionRestriction = z.infer<typeof zSessionRestriction>;

/** Second-factor policy: enforced (production, always), demo accounts exempt (demo), off (tests and development). */
export const SECOND_FACTOR_POLICIES = ['enforced', 'demo_exempt', 'off'] as const;
export type SecondFactorPolicy = (typeof SECOND_FACTOR_POLICIES)[number];

export const sessionView = z.object({
  user: z.object({
    id: z.string(),
    username: z.string(),
    displayName: z.string(),
    role: zRole,
    scopeUnitId: z.string(),
    scopeUnitName: z.string(),
    totpEnabled: z.boolean(),
  }),
  permissions: z.array(zPermission),
  csrfToken: z.string(),
  demo: z.boolean(),
  /** Null for a complete session; otherwise the step the user must take first. */
  restriction: zSessionRestriction.nullable(),
  /** Whether this account must use a second factor (it cannot switch TOTP off). */
  secondFactorRequired: z.boolean(),
});
export type SessionView = z.infer<typeof sessionView>;

const zTotpCode = z.string().regex(/^\d{6}$/);
const zCurrentPassword = z.string().min(1).max(256);

export const totpSetupView = z.object({ secret: z.string(), uri: z.string() });
/** Re-enrolling an enabled second factor needs the password and a current code; a first enrolment needs neither. */
export const totpSetupBody = z.strictObject({ password: zCurrentPassword.optional(), code: zTotpCode.optional() });
export type TotpSetupInput = z.infer<typeof totpSetupBody>;
export const totpEnableBody = z.strictObject({ code: zTotpCode });
/** Single-use recovery codes, shown once (at enrolment or when regenerated) and stored hashed. */
export const recoveryCodesView = z.object({ recoveryCodes: z.array(z.string()) });
/** Switching TOTP off and regenerating recovery codes: the password and a current code. */
export const secondFactorConfirmBody = z.strictObject({ password: zCurrentPassword, code: zTotpCode });
export type SecondFactorConfirmInput = z.infer<typeof secondFactorConfirmBody>;
export const passwordChangeBody = z.strictObject({
  currentPassword: zCurrentPassword,
  newPassword: z.string().min(12).max(256),
});
export type PasswordChangeInput = z.infer<typeof passwordChangeBody>;

export const metaView = z.object({
  demo: z.boolean(),
  secondFactor: z.enum(SECOND_FACTOR_POLICIES),
  demoAccounts: z.array(z.object({ username: z.string(), password: z.string(), role: zRole, scope: z.string() })),
});
