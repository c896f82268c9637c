import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import type { Db } from '../../db/schema.ts';
import type { Engine } from '../../db/dialect.ts';
import { isBusyError } from '../../db/dialect.ts';
import { newId } from '../ids.ts';
import { DEFAULT_KEY, DEFAULTS, JOB_TIME_ZONE, type JobKind } from './job-kind.ts';
import { checkCron, latestDue, nextDue, retryAt } from './job-schedule.ts';
import * as repo from './job-runs.repo.ts';
import type { Clock } from '../clock.ts';

/**
 * The scheduled-job runner (decision 0035). Every app node runs one; they agree through the database only:
 * - planning: at each occurrence of a kind's cron expression a node inserts one run per key, unique on
 *   (kind, key, scheduled instant), so however many nodes plan it the run exists once. Only the latest
 *   occurrence at or before now is planned: after a restart the latest missed one runs, once, not every one missed;
 * - claiming: a run is taken under a lease (owner, until) by one node (repo.claimOne); the lease is renewed while
 *   the handler runs, and a run whose lease ran out (its node died) is taken over by another node;
 * - a failed attempt is retried with exponential backoff, up to `maxAttempts`, then the run is marked failed.
 */
export interface RunnerOptions {
  /** Time of the runner (tests move it); deps.clock when absent. */
  now?: () => Date;
  /** How often a node looks for work, ms. */
  pollMs?: number;
  /** This node's name in leases (default host:pid:random). */
  owner?: string;
  /** Runs handled per tick at most (one after another). */
  batch?: number;
  log?: { info(o: object, msg: string): void; error(o: object, msg: string): void };
}

export interface JobRunner {
  /** One round: plan due occurrences, then claim and run what is due. Resolves when the round is done. */
  tick(): Promise<void>;
  /** Ticks every `pollMs` (the first at once). */
  start(): void;
  /** Stops ticking and waits for the run in hand to finish, at most `graceMs` (its lease then expires). */
  stop(graceMs?: number): Promise<void>;
  readonly owner: string;
}

const silent = { info() {}, error() {} };
const errorText = (e: unknown): string => (e instanceof Error ? e.message : String(e)).slice(0, 1000);

export function createJobRunner<D extends { db: Db; engine: Engine; clock: Clock }>(
  deps: D,
  kinds: readonly JobKind<D>[],
  options: RunnerOptions = {},
): JobRunner {
  const now = options.now ?? (() => deps.clock.now());
  const pollMs = options.pollMs ?? 30_000;
  const owner = options.owner ?? `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
  const batch = options.batch ?? 20;
  const log = options.log ?? silent;
  const byKind = new Map<string, JobKind<D>>();
  for (const k of kinds) {
    if (byKind.has(k.kind)) throw new Error(`job kind declared twice: ${k.kind}`);
    checkCron(k.cron);
    byKind.set(k.kind, k);
  }
  const setting = <K extends keyof typeof DEFAULTS>(kind: string, name: K): number =>
    byKind.get(kind)?.[name] ?? DEFAULTS[name];
  /** The occurrence each kind was last planned for by this node (planning writes once per occurrence). */
  const planned = new Map<string, string>();

  async function plan(kind: JobKind<D>): Promise<void> {
    const at = now();
    const due = latestDue(kind.cron, at);
    const dueIso = due?.toISOString() ?? null;
    if (dueIso === null || planned.get(kind.kind) === dueIso) return;
    const stale = kind.catchUpWithinMs !== undefined && at.getTime() - (due as Date).getTime() > kind.catchUpWithinMs;
    if (!stale) {
      const keys = kind.keys ? await kind.keys(deps, due as Date) : [DEFAULT_KEY];
      const created = at.toISOString();
      await repo.planRuns(
        deps.db,
        [...new Set(keys)].map((key) => ({
          id: newId(),
          kind: kind.kind,
          key,
          scheduled_for: dueIso,
          status: 'pending',
          attempts: 0,
          next_attempt_at: dueIso,
          lease_owner: null,
          lease_until: null,
          last_error: null,
          result: null,
          created_at: created,
          started_at: null,
          finished_at: null,
        })),
      );
    }
    const next = nextDue(kind.cron, at);
    await repo.saveSchedule(
      deps.db,
      {
        kind: kind.kind,
        cron: kind.cron,
        time_zone: JOB_TIME_ZONE,
        last_planned_for: stale ? null : dueIso,
        next_run_at: next?.toISOString() ?? null,
      },
      at.toISOString(),
    );
    planned.set(kind.kind, dueIso);
  }

  async function claim(): Promise<repo.Claimed | null> {
    const at = now();
    try {
      return await repo.claimOne(
        deps.db,
        deps.engine,
        {
          kinds: [...byKind.keys()],
          now: at.toISOString(),
          owner,
          leaseUntil: (kind) => new Date(at.getTime() + setting(kind, 'leaseMs')).toISOString(),
        },
        (kind, attempts) => attempts >= setting(kind, 'maxAttempts'),
      );
    } catch (error) {
      if (isBusyError(error)) return null; // another node is writing: try again next tick
      throw error;
    }
  }

  async function execute(c: repo.Claimed): Promise<void> {
    const kind = byKind.get(c.kind) as JobKind<D>;
    const held = { id: c.id, attempt: c.attempts + 1, owner };
    const leaseMs = setting(c.kind, 'leaseMs');
    const renew = setInterval(
      () => {
        void repo
          .renewLease(deps.db, held, new Date(now().getTime() + leaseMs).toISOString())
          .catch((error: unknown) => log.error({ err: error, kind: c.kind }, 'job lease renewal failed'));
      },
      Math.max(1000, Math.floor(leaseMs / 3)),
    );
    renew.unref();
    let outcome: { ok: true; result: unknown } | { ok: false; error: unknown };
    try {
      const result = await kind.run(deps, {
        kind: c.kind,
        key: c.key,
        scheduledFor: c.scheduled_for,
        attempt: held.attempt,
        now,
      });
      outcome = { ok: true, result };
    } catch (error) {
      outcome = { ok: false, error };
    } finally {
      clearInterval(renew);
    }
    const at = now();
    if (outcome.ok) {
      const kept = await repo.markSucceeded(
        deps.db,
        held,
        at.toISOString(),
        outcome.result === undefined ? null : JSON.stringify(outcome.result),
      );
      if (!kept) log.error({ kind: c.kind, key: c.key }, 'job finished after its lease was taken over');
      else log.info({ kind: c.kind, key: c.key, result: outcome.result }, 'job run succeeded');
      return;
    }
    const last = held.attempt >= setting(c.kind, 'maxAttempts');
    const again = last ? null : retryAt(at, held.attempt, setting(c.kind, 'backoffMs')).toISOString();
    await repo.markAttemptFailed(deps.db, held, at.toISOString(), errorText(outcome.error), again);
    log.error(
      { err: outcome.error, kind: c.kind, key: c.key, attempt: held.attempt, retryAt: again },
      last ? 'job run failed for good' : 'job run failed, will retry',
    );
  }

  let stopping = false;
  let timer: NodeJS.Timeout | undefined;
  let current: Promise<void> = Promise.resolve();

  async function round(): Promise<void> {
    for (const kind of byKind.values()) {
      try {
        await plan(kind);
      } catch (error) {
        if (!isBusyError(error)) log.error({ err: error, kind: kind.kind }, 'job planning failed');
      }
    }
    for (let i = 0; i < batch && !stopping; i += 1) {
      const c = await claim();
      if (!c) break;
      await execute(c);
    }
  }

  const tick = (): Promise<void> => {
    current = current.then(round).catch((error: unknown) => log.error({ err: error }, 'job runner round failed'));
    return current;
  };

  return {
    owner,
    tick,
    start() {
      stopping = false;
      const loop = () => {
        void tick().then(() => {
          if (!stopping) timer = setTimeout(loop, pollMs).unref();
        });
      };
      loop();
    },
    async stop(graceMs = DEFAULTS.leaseMs) {
      stopping = true;
      if (timer) clearTimeout(timer);
      let waited: NodeJS.Timeout | undefined;
      await Promise.race([current, new Promise<void>((r) => (waited = setTimeout(r, graceMs)))]);
      if (waited) clearTimeout(waited);
    },
  };
}
