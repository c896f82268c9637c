import { Secret, TOTP } from 'otpauth';
import { expect } from 'vitest';
import type { Deps } from '../src/deps.ts';
import { newId } from '../src/platform/ids.ts';
import { currentTotp } from '../src/features/auth/totp.ts';
import { readJson } from './harness.ts';
import type { Client } from './sessions.ts';
import { nowIsoOf, systemClock } from '../src/platform/clock.ts';

/** The code of the next 30-second step (inside the server's ±1 step window, after a code just spent). */
export const nextTotp = (secret: string): string =>
  new TOTP({ secret: Secret.fromBase32(secret) }).generate({ timestamp: Date.now() + 30_000 });

/** Enrols TOTP for a signed-in client through the API: the secret and the recovery codes shown once. */
export async function enrolTotp(client: Client): Promise<{ secret: string; recoveryCodes: string[] }> {
  const setup = await client.post('/api/auth/totp/setup');
  expect(setup.statusCode, setup.body).toBe(200);
  const { secret } = readJson<{ secret: string }>(setup);
  const enable = await client.post('/api/auth/totp/enable', { code: currentTotp(secret) });
  expect(enable.statusCode, enable.body).toBe(200);
  return { secret, recoveryCodes: readJson<{ recoveryCodes: string[] }>(enable).recoveryCodes };
}

/** A pending proposal row written directly (a fixture, not the feature under test). */
export async function pendingProposal(
  deps: Deps,
  p: { proposedBy: string; targetUserId: string; username: string; role: string; orgPath: string },
): Promise<string> {
  const id = newId();
  await deps.db
    .insertInto('account_proposals')
    .values({
      id,
      kind: 'second_factor_reset',
      status: 'pending',
      target_user_id: p.targetUserId,
      username: p.username,
      roles: JSON.stringify([p.role]),
      changes: '{}',
      org_path: p.orgPath,
      proposed_by: p.proposedBy,
      proposed_at: nowIsoOf(systemClock),
      decided_by: null,
      decided_at: null,
    })
    .execute();
  return id;
}
