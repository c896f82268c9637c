import type { Deps } from '../../deps.ts';
import type { JobKind } from '../../platform/jobs/job-kind.ts';
import { deliverDue, type DeliveryOptions } from './delivery.ts';
import { adapterSenders, type SenderMap } from './senders.ts';

/**
 * The outbox's delivery (`messages.deliver`): every minute, once across the app nodes (decision 0035); each pass
 * claims its rows under their own lease as well, so a pass still sending when the next starts never sends a row twice.
 * `senders` replaces the adapters (tests); `options` the delivery's limits.
 */
export function deliveryJob(
  senders: (deps: Deps) => SenderMap = (deps) => adapterSenders(deps.config),
  options: Omit<DeliveryOptions, 'now'> = {},
): JobKind<Deps> {
  let cached: { deps: Deps; map: SenderMap } | undefined;
  const sendersOf = (deps: Deps) => {
    if (cached?.deps !== deps) cached = { deps, map: senders(deps) };
    return cached.map;
  };
  return {
    kind: 'messages.deliver',
    cron: '* * * * *',
    maxAttempts: 3,
    backoffMs: 20_000,
    run: (deps, run) => deliverDue(deps, sendersOf(deps), { ...options, now: run.now }),
  };
}
