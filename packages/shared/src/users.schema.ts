import { z } from 'zod';
import { zId, zName } from './common.schema.ts';
import { zRole } from './auth.schema.ts';

/** Staff accounts (users): administration, dual-control proposals for administrator accounts, branch links. */
export const userView = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: zRole,
  scopeUnitId: z.string(),
  disabled: z.boolean(),
  totpEnabled: z.boolean(),
  /** A branch secretary's own Party branch (支部); null otherwise. */
  partyBranchId: z.string().nullable(),
  /** Signed in with a one-time password that has not been changed yet. */
  mustChangePassword: z.boolean(),
});
export const userListView = z.object({ items: z.array(userView) });
/** A one-time password, shown once to the administrator who set it; the account must change it at first sign-in. */
export const oneTimePasswordView = z.object({ oneTimePassword: z.string() });
export const userCreatedView = userView.extend({ oneTimePassword: z.string() });
export const userCreateBody = z.strictObject({
  username: z
    .string()
    .trim()
    .regex(/^[a-z0-9_.-]{3,32}$/),
  displayName: zName,
  role: zRole,
  scopeUnitId: zId,
  partyBranchId: zId.nullable().optional(),
});
export type UserCreate = z.infer<typeof userCreateBody>;
export const userUpdateBody = z.strictObject({
  displayName: zName.optional(),
  role: zRole.optional(),
  scopeUnitId: zId.optional(),
  disabled: z.boolean().optional(),
  partyBranchId: zId.nullable().optional(),
});
/**
 * Changes to accounts of the administrator roles (dual control): proposed by one administrator, applied when a
 * different one approves. `create` names the new account; the other kinds name an existing account.
 */
export const ACCOUNT_PROPOSAL_KINDS = ['create', 'update', 'password_reset', 'second_factor_reset'] as const;
export type AccountProposalKind = (typeof ACCOUNT_PROPOSAL_KINDS)[number];
export const ACCOUNT_PROPOSAL_STATUSES = ['pending', 'approved', 'rejected'] as const;
export type AccountProposalStatus = (typeof ACCOUNT_PROPOSAL_STATUSES)[number];
export const accountProposalBody = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('create'), account: userCreateBody }),
  z.strictObject({ kind: z.literal('update'), userId: zId, changes: userUpdateBody }),
  z.strictObject({ kind: z.literal('password_reset'), userId: zId }),
  z.strictObject({ kind: z.literal('second_factor_reset'), userId: zId }),
]);
export const accountProposalView = z.object({
  id: z.string(),
  kind: z.enum(ACCOUNT_PROPOSAL_KINDS),
  status: z.enum(ACCOUNT_PROPOSAL_STATUSES),
  /** The account concerned (null for a create until it is approved). */
  userId: z.string().nullable(),
  username: z.string(),
  /** The roles involved: the account's current role and, for a create or a role change, the new one. */
  roles: z.array(zRole),
  changes: z.record(z.string(), z.unknown()),
  /** The name of the proposed scope unit (changes.scopeUnitId), for readers without territory access. */
  scopeUnitName: z.string().nullable(),
  proposedBy: z.string(),
  proposedByName: z.string(),
  proposedAt: z.string(),
  decidedBy: z.string().nullable(),
  decidedAt: z.string().nullable(),
});
export const accountProposalListView = z.object({ items: z.array(accountProposalView) });
/** An approval's result: the one-time password of a created or reset account, shown once to the approver. */
export const accountProposalDecisionView = z.object({
  proposal: accountProposalView,
  oneTimePassword: z.string().nullable(),
});

/** The Party branches an account may be linked to (the user administration's picker). */
export const userBranchOptionsView = z.object({
  items: z.array(z.object({ id: z.string(), name: z.string(), territoryId: z.string() })),
});
