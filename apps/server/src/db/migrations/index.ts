import type { MigrationContext } from '../migration-kit.ts';
import * as m0001 from './2026_11_29_0100_create_foundation.ts';
import * as m0002 from './2026_11_29_0300_create_decisions.ts';
import * as m0003 from './2026_11_29_0400_create_integrity.ts';
import * as m0004 from './2026_11_29_0500_create_rate_events.ts';
// grid governance
import * as mGrid from './2026_11_29_0600_create_grid_governance.ts';
// party life and volunteers
import * as m0008 from './2026_11_29_0800_create_party_life.ts';
// services
import * as m0007 from './2026_11_29_0700_create_services.ts';
// indicators and portal
import * as m0009 from './2026_11_29_0900_create_indicators_and_portal.ts';
// branch secretary's own branch
import * as m0010 from './2026_11_29_1000_user_party_branch.ts';
// indicator month cells
import * as m0011 from './2026_11_29_1100_indicator_month_rollups.ts';
// a branch secretary's reach: pairing helpers' and in-service members' branch
import * as m0012 from './2026_11_29_1120_branch_reach.ts';
// grid dashboard case counts (at city scale)
import * as m0015 from './2026_11_29_1150_grid_case_mix.ts';
// service requests: published only with the resident's consent
import * as mOpen311Consent from './2026_12_07_0200_request_public_consent.ts';
// accounts: first sign-in password change, pending TOTP, recovery codes, administrator account proposals
import * as mAccounts from './2026_12_07_0300_accounts_second_factor.ts';
// sign-in throttling counted under a row lock
import * as mThrottle from './2026_12_07_0400_throttle_counters.ts';
// keyed audit chain: the first keyed record and the head's seal
import * as mAuditSeal from './2026_12_07_0500_audit_head_seal.ts';
// first set-up: instance settings (data-key canary), one-time password flag
import * as mSetup from './2026_12_07_0700_first_setup.ts';
// scheduled jobs: schedules and runs claimed under leases; indexes of the overdue sweep and the clean-ups
import * as mJobs from './2026_12_07_0900_scheduled_jobs.ts';
import * as mTodos from './2026_12_07_1000_todo_items.ts';
import * as mMessages from './2026_12_07_1100_messages.ts';

/** Every migration, in order. Frozen: add new files, never edit old ones. */
export const MIGRATIONS: Record<string, { up: (ctx: MigrationContext) => Promise<void> }> = {
  '2026_11_29_0100_create_foundation': m0001,
  '2026_11_29_0300_create_decisions': m0002,
  '2026_11_29_0400_create_integrity': m0003,
  '2026_11_29_0500_create_rate_events': m0004,
  // grid governance
  '2026_11_29_0600_create_grid_governance': mGrid,
  // party life and volunteers
  '2026_11_29_0800_create_party_life': m0008,
  // services
  '2026_11_29_0700_create_services': m0007,
  // indicators and portal
  '2026_11_29_0900_create_indicators_and_portal': m0009,
  // branch secretary's own branch
  '2026_11_29_1000_user_party_branch': m0010,
  // indicator month cells
  '2026_11_29_1100_indicator_month_rollups': m0011,
  // a branch secretary's reach: pairing helpers' and in-service members' branch
  '2026_11_29_1120_branch_reach': m0012,
  // grid dashboard case counts (at city scale)
  '2026_11_29_1150_grid_case_mix': m0015,
  // service requests: published only with the resident's consent
  '2026_12_07_0200_request_public_consent': mOpen311Consent,
  // accounts: first sign-in password change, pending TOTP, recovery codes, administrator account proposals
  '2026_12_07_0300_accounts_second_factor': mAccounts,
  // sign-in throttling counted under a row lock
  '2026_12_07_0400_throttle_counters': mThrottle,
  // keyed audit chain: the first keyed record and the head's seal
  '2026_12_07_0500_audit_head_seal': mAuditSeal,
  // first set-up: instance settings (data-key canary), one-time password flag
  '2026_12_07_0700_first_setup': mSetup,
  // scheduled jobs: schedules and runs claimed under leases; indexes of the overdue sweep and the clean-ups
  '2026_12_07_0900_scheduled_jobs': mJobs,
  // to-do centre: open items of work, one per kind and subject
  '2026_12_07_1000_todo_items': mTodos,
  // messages and channels: in-app messages, preferences, group robots (sealed webhooks), the outbox
  '2026_12_07_1100_messages': mMessages,
};
