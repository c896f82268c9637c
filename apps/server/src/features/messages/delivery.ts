import type { Deps } from '../../deps.ts';
import { isBusyError } from '../../db/dialect.ts';
import { newId } from '../../platform/ids.ts';
import type { GroupMessage, SendResult, SmsMessage } from '../../platform/outbound/channel.ts';
import type { OutboundMessageTable } from './messages.table.ts';
import * as outbox from './outbox.repo.ts';
import { robotsByIds } from './robots.repo.ts';
import { preferencesOfUsers } from './messages.repo.ts';
import { digestOf } from './digest.ts';
import { quietUntil } from './quiet-hours.ts';
import { parseList } from './lists.ts';
import { PHONE_FIELD, SECRET_FIELD, WEBHOOK_FIELD } from './sealed-fields.ts';
import type { SenderMap } from './senders.ts';

/**
 * One delivery pass over the outbox (the `messages.deliver` job, every minute): claims the due rows under a lease,
 * sends them through the sender map, and records each outcome — sent (with the provider's id), retried with
 * exponential backoff (or the platform's Retry-After), or failed (refused for good, or out of attempts).
 * - robots: at most `robotPerMinute` requests a minute each; several rows of one kind waiting for one robot go as ONE
 *   digest, every row marked with the same provider and delivery id;
 * - SMS: held while the recipient's quiet hours last; the number is unsealed only to send.
 */
export interface DeliveryOptions {
  now: () => Date;
  /** This pass's name in the leases (default a new id). */
  owner?: string;
  /** Rows claimed per pass. */
  batch?: number;
  leaseMs?: number;
  maxAttempts?: number;
  /** Delay before the first retry, doubled for each further one, capped at maxBackoffMs. */
  backoffMs?: number;
  maxBackoffMs?: number;
  robotPerMinute?: number;
}

export const DELIVERY_DEFAULTS = {
  batch: 200,
  leaseMs: 4 * 60_000,
  maxAttempts: 8,
  backoffMs: 30_000,
  maxBackoffMs: 60 * 60_000,
  robotPerMinute: 20,
} as const;

export interface DeliverySummary {
  claimed: number;
  /** Requests made (a digest is one). */
  requests: number;
  sent: number;
  retrying: number;
  failed: number;
  /** Rows put back without an attempt (quiet hours, rate limit, lease running short). */
  held: number;
}

type Row = OutboundMessageTable;
const MINUTE = 60_000;
const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

export async function deliverDue(
  deps: Pick<Deps, 'db' | 'engine' | 'cipher'>,
  senders: SenderMap,
  options: DeliveryOptions,
): Promise<DeliverySummary> {
  const o = { ...DELIVERY_DEFAULTS, ...options };
  const owner = o.owner ?? `deliver:${newId()}`;
  const started = o.now().getTime();
  const iso = (ms: number) => new Date(ms).toISOString();
  let rows: Row[];
  try {
    rows = await outbox.claimDue(deps.db, deps.engine, {
      now: iso(started),
      owner,
      leaseUntil: iso(started + o.leaseMs),
      limit: o.batch,
    });
  } catch (error) {
    if (!isBusyError(error)) throw error;
    rows = []; // another node is claiming on the embedded database: the next pass takes what is left
  }
  const sum: DeliverySummary = { claimed: rows.length, requests: 0, sent: 0, retrying: 0, failed: 0, held: 0 };
  /** Half the lease spent: what is left goes back for the next pass, so no row is sent after its lease ran out. */
  const leaseShort = () => o.now().getTime() - started > o.leaseMs / 2;

  const hold = async (batch: readonly Row[], untilMs: number) => {
    await outbox.release(deps.db, ids(batch), owner, iso(untilMs));
    sum.held += batch.length;
  };

  /** Records one request's outcome for the rows it carried. */
  async function record(batch: readonly Row[], result: SendResult): Promise<number | null> {
    const at = o.now().getTime();
    const deliveryId = newId();
    sum.requests += 1;
    if (result.ok) {
      await outbox.markSent(deps.db, ids(batch), owner, {
        at: iso(at),
        providerId: result.providerId ?? null,
        deliveryId,
      });
      sum.sent += batch.length;
      return null;
    }
    for (const [attempts, same] of groupBy(batch, (r) => r.attempts)) {
      const attempt = attempts + 1;
      const giveUp = !result.retryable || attempt >= o.maxAttempts;
      const backoff = Math.min(o.maxBackoffMs, o.backoffMs * 2 ** (attempt - 1));
      const retryAt = giveUp ? null : iso(at + Math.max(backoff, result.retryAfterMs ?? 0));
      await outbox.markAttemptFailed(deps.db, ids(same), owner, { error: result.error, retryAt, deliveryId });
      if (giveUp) sum.failed += same.length;
      else sum.retrying += same.length;
    }
    return result.retryable && result.retryAfterMs ? at + result.retryAfterMs : null;
  }

  const attempt = async (send: () => Promise<SendResult>): Promise<SendResult> => {
    try {
      return await send();
    } catch (error) {
      return { ok: false, retryable: true, error: errorText(error) };
    }
  };

  // ---- group robots ----
  const robotRows = rows.filter((r) => r.channel !== 'sms');
  const robots = new Map(
    (await robotsByIds(deps.db, [...new Set(robotRows.map((r) => r.target_id))])).map((r) => [r.id, r]),
  );
  const recent = await outbox.robotSendsSince(deps.db, [...robots.keys()], iso(started - MINUTE));
  for (const [robotId, waiting] of groupBy(robotRows, (r) => r.target_id)) {
    const robot = robots.get(robotId);
    if (robot?.enabled !== 1) {
      await outbox.markDropped(deps.db, ids(waiting), owner, robot ? 'robot disabled' : 'robot removed');
      sum.failed += waiting.length;
      continue;
    }
    const target = {
      platform: robot.platform,
      webhookUrl: deps.cipher.decrypt(WEBHOOK_FIELD, robot.webhook_url),
      secret: robot.secret === null ? null : deps.cipher.decrypt(SECRET_FIELD, robot.secret),
    };
    const window = recent.get(robotId);
    let budget = o.robotPerMinute - (window?.n ?? 0);
    /** When the earliest request of the last minute leaves the window (a place frees up). */
    const freeAt = (window ? Date.parse(window.first) : started) + MINUTE;
    let pausedUntil: number | null = null;
    for (const [, batch] of groupBy(waiting, (r) => r.kind)) {
      if (pausedUntil !== null) await hold(batch, pausedUntil);
      else if (budget <= 0) await hold(batch, freeAt);
      else if (leaseShort()) await hold(batch, started);
      else {
        budget -= 1;
        const message = digestOf(batch.map((r) => JSON.parse(r.payload) as GroupMessage));
        pausedUntil = await record(batch, await attempt(() => senders[robot.platform](target, message)));
      }
    }
  }

  // ---- SMS ----
  const smsRows = rows.filter((r) => r.channel === 'sms');
  const prefs = new Map(
    (
      await preferencesOfUsers(
        deps.db,
        smsRows.map((r) => r.target_id),
      )
    ).map((p) => [p.user_id, p]),
  );
  for (const row of smsRows) {
    const p = prefs.get(row.target_id);
    if (!p?.phone_enc || !parseList(p.sms_kinds).includes(row.kind)) {
      await outbox.markDropped(deps.db, [row.id], owner, 'the recipient no longer receives this kind by SMS');
      sum.failed += 1;
      continue;
    }
    const quiet = quietUntil({ start: p.quiet_start, end: p.quiet_end }, o.now());
    if (quiet !== null) await hold([row], Date.parse(quiet));
    else if (leaseShort()) await hold([row], started);
    else {
      const { templateCode, params } = JSON.parse(row.payload) as Omit<SmsMessage, 'phone'>;
      const phone = deps.cipher.decrypt(PHONE_FIELD, p.phone_enc);
      await record([row], await attempt(() => senders.sms({ phone, templateCode, params })));
    }
  }
  return sum;
}

const ids = (rows: readonly Row[]) => rows.map((r) => r.id);

function groupBy<T, K>(items: readonly T[], key: (t: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}
