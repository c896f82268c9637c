import type { Deps } from '../../deps.ts';
import { createSampler } from '../../platform/sampler.ts';
import { type AuditEntry, type AuditWho, recordAuditAlone } from '../audit/audit.service.ts';

/** Per kind and client address, one record a minute; at most 600 such records a minute in all (per process). */
export const REFUSAL_SAMPLE_WINDOW_MS = 60_000;
const refusals = createSampler({ windowMs: REFUSAL_SAMPLE_WINDOW_MS, perWindow: 600 });

/**
 * Audits a request that anyone can repeat at no cost (no session, a missing CSRF token, a used-up allowance):
 * the first of each kind from each address in a minute is recorded, the rest of that minute is not, so a
 * flood of refused requests cannot flood the audit chain. The entry names the kind and says it is sampled.
 */
export async function auditRefusal(
  deps: Pick<Deps, 'db' | 'engine' | 'auditKeys'>,
  kind: string,
  who: AuditWho,
  entry: AuditEntry,
): Promise<void> {
  if (!refusals.take(`${kind}:${who.ip ?? 'unknown'}`)) return;
  await recordAuditAlone(deps, who, {
    ...entry,
    result: entry.result ?? 'denied',
    changes: { ...entry.changes, sampled: 'first from this address this minute' },
  });
}
