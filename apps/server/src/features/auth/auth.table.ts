import type { AccountProposalKind, AccountProposalStatus, Role } from '@jishi/shared';
export interface UserTable {
  id: string;
  username: string;
  display_name: string;
  password_hash: string;
  role: Role;
  scope_unit_id: string;
  totp_secret_enc: string | null;
  totp_enabled: number;
  /** The last 30-second step whose code was accepted: a code is never accepted twice. */
  totp_last_step: number | null;
  disabled: number;
  created_at: string;
  updated_at: string;
  /** A branch secretary's own Party branch (kind 'branch'); null for every other role. */
  party_branch_id?: string | null;
  /** 1 while the account still has a one-time password set by an administrator (changed at first sign-in). */
  must_change_password?: number;
  /** A new TOTP secret (encrypted) waiting to be confirmed with a code; the enabled one stays until then. */
  totp_pending_enc?: string | null;
}

/** Single-use recovery codes: SHA-256 of a 50-bit random code; used_at set when spent. */
export interface RecoveryCodeTable {
  id: string;
  user_id: string;
  code_hash: string;
  created_at: string;
  used_at: string | null;
}

/** A change to an administrator account, applied only when a different administrator approves it. */
export interface AccountProposalTable {
  id: string;
  kind: AccountProposalKind;
  status: AccountProposalStatus;
  target_user_id: string | null;
  username: string;
  /** JSON array of the roles involved. */
  roles: string;
  /** JSON of the proposed change (never a password). */
  changes: string;
  org_path: string;
  proposed_by: string;
  proposed_at: string;
  decided_by: string | null;
  decided_at: string | null;
}

export interface SessionTable {
  /** SHA-256 of the cookie token: a stolen table cannot be replayed as cookies. */
  id: string;
  user_id: string;
  csrf_token: string;
  created_at: string;
  last_seen_at: string;
  ip: string | null;
}

/*
 * The frozen migrations also create `login_attempts` and `rate_events`, the rate-limit stores from before
 * `throttle_counters`: they are left empty, and no code reads or writes them (they are not in db/schema.ts).
 */

/** A throttled key's counted instants (JSON array of ISO instants) under a row lock; see throttle.repo.ts. */
export interface ThrottleCounterTable {
  key: string;
  instants: string;
  /** After this instant nothing in the row counts any more: the row may be deleted. */
  expires_at: string;
}
