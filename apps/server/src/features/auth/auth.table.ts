export interface UserTable {
  id: string;
  username: string;
  display_name: string;
  password_hash: string;
  role: string;
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
  /** 1: the password is a one-time password (first set-up) that must be changed at the next sign-in. */
  must_change_password?: number;
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

export interface LoginAttemptTable {
  id: string;
  key: string;
  at: string;
  ok: number;
}

/** One counted event against a per-key allowance (see rate-limit.service.ts). */
export interface RateEventTable {
  id: string;
  key: string;
  at: string;
}

/** A throttled key's counted instants (JSON array of ISO instants) under a row lock; see throttle.repo.ts. */
export interface ThrottleCounterTable {
  key: string;
  instants: string;
  /** After this instant nothing in the row counts any more: the row may be deleted. */
  expires_at: string;
}
