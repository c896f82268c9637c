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
});

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
});
export type SessionView = z.infer<typeof sessionView>;

export const totpSetupView = z.object({ secret: z.string(), uri: z.string() });
export const totpEnableBody = z.strictObject({ code: z.string().regex(/^\d{6}$/) });
export const passwordChangeBody = z.strictObject({
  currentPassword: z.string().min(1).max(256),
  newPassword: z.string().min(12).max(256),
});

export const metaView = z.object({
  demo: z.boolean(),
  demoAccounts: z.array(z.object({ username: z.string(), password: z.string(), role: zRole, scope: z.string() })),
});
