import type { Deps } from '../../deps.ts';
import { pendingMigrations } from '../../db/migrate.ts';
import { canaryState } from '../setup/canary.service.ts';

export interface Check {
  ok: boolean;
  detail?: string;
}

export interface Readiness {
  ok: boolean;
  checks: { database: Check; migrations: Check; integrity: Check; dataKey: Check };
}

/** A database that does not answer within this time counts as not answering. */
const PROBE_MS = 2000;

function withinProbeTime<T>(work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${PROBE_MS} ms`)), PROBE_MS);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

const failure = (error: unknown): Check => ({
  ok: false,
  detail: error instanceof Error ? error.message : 'the database did not answer',
});

/**
 * Whether this process should get traffic: the database answers (a read of the migration table),
 * every migration of this build is applied, the start integrity check passed and the sealed data-key
 * canary (when set up) opens with the configured key. Details are short: the full findings go to the log.
 */
export async function readiness(deps: Deps): Promise<Readiness> {
  let database: Check;
  let migrations: Check;
  try {
    const pending = await withinProbeTime(pendingMigrations(deps.db));
    database = { ok: true };
    migrations = pending.length ? { ok: false, detail: `${pending.length} migration(s) not applied` } : { ok: true };
  } catch (error) {
    database = failure(error);
    migrations = { ok: false, detail: 'unknown: the database did not answer' };
  }
  const started = deps.startChecks?.integrity;
  // The method and the findings name the engine and its pages: they go to the log, not to this public answer.
  const integrity: Check = !started
    ? { ok: false, detail: 'the start integrity check has not run' }
    : started.ok
      ? { ok: true, detail: `the start integrity check passed at ${started.checkedAt}` }
      : {
          ok: false,
          detail: `the start integrity check found ${started.problems.length} problem(s) at ${started.checkedAt}; see the server log`,
        };
  let dataKey: Check;
  if (!database.ok) dataKey = { ok: false, detail: 'unknown: the database did not answer' };
  else
    try {
      const state = await withinProbeTime(canaryState(deps.db, deps.cipher));
      dataKey =
        state === 'mismatch'
          ? { ok: false, detail: 'the data key does not match this database' }
          : { ok: true, detail: state === 'opens' ? 'the sealed canary opens' : 'no canary sealed yet (not set up)' };
    } catch (error) {
      dataKey = failure(error);
    }
  const checks = { database, migrations, integrity, dataKey };
  return { ok: Object.values(checks).every((c) => c.ok), checks };
}
