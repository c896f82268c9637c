import { join } from 'node:path';
import { loadConfig } from './config.ts';
import { createLocalDiskStore } from './platform/files/local-disk-store.ts';
import { openCheckedDatabase } from './start-checks.ts';
import { sealCanary } from './features/setup/canary.service.ts';
import { systemClock } from './platform/clock.ts';
import { buildApp } from './app.ts';
import { seedDemo } from './seed/seed-demo.ts';
import { demoAccounts } from './seed/demo-accounts.ts';
import { systemActor } from './features/auth/system-actor.ts';
import { ALL_JOBS } from './modules.ts';
import { createJobRunner } from './platform/jobs/job-runner.ts';

/** config → key → database (integrity check, migrate, key canary) → (demo seed) → listen; graceful shutdown. */
async function main(): Promise<void> {
  const config = loadConfig();
  const { deps, applied } = await openCheckedDatabase(
    config,
    createLocalDiskStore(join(config.dataDir, 'files')),
    systemClock,
  );
  const { db, engine } = deps;
  const integrity = deps.startChecks?.integrity;
  const app = await buildApp(deps, { logLevel: config.logLevel, serveWeb: true });
  if (integrity && !integrity.ok) {
    app.log.fatal(
      { method: integrity.method, problems: integrity.problems },
      'database integrity check FAILED: serving only /livez and /readyz; restore the database from a backup',
    );
  } else {
    if (integrity) app.log.info({ method: integrity.method, ms: integrity.ms }, 'database integrity check passed');
    if (applied.length) app.log.info({ applied }, 'migrations applied');
    if (config.demo && (await seedDemo(deps))) {
      await sealCanary(deps, systemActor(), { action: 'instance.canary_seal' });
      app.log.info('demo subdistrict 秦岭路街道 loaded');
    }
    if (!config.demo && !(await db.selectFrom('users').select('id').limit(1).executeTakeFirst()))
      app.log.warn(
        'no accounts yet: run `npm run setup -- --code … --name … --security-admin … --audit-admin … --admin …`',
      );
  }

  // Scheduled jobs the modules declare (the overdue escalation sweep, clean-ups): each run once across the nodes
  // sharing the database, a run missed while down caught up at start (decision 0035).
  const runner = createJobRunner(deps, ALL_JOBS, { pollMs: config.jobs.pollMs, log: app.log });
  const runJobs = config.jobs.enabled && !(integrity && !integrity.ok);
  if (runJobs) runner.start();

  const shutdown = async (signal: string) => {
    app.log.info({ signal }, 'shutting down');
    // The run in hand may finish (bounded); one cut short keeps its lease until it expires, then another node takes it.
    if (runJobs) await runner.stop(10_000);
    await app.close();
    await db.destroy();
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));

  await app.listen({ port: config.port, host: config.host });
  const url = `http://${config.host === '0.0.0.0' ? '127.0.0.1' : config.host}:${config.port}/`;
  const lines = [`\n  基石 Jishi is running on ${engine.label}: ${url}\n`];
  if (config.demo) {
    lines.push('  演示模式 DEMO MODE — demo accounts (do not use in production):');
    for (const a of demoAccounts()) lines.push(`    ${a.username.padEnd(10)} ${a.password}   ${a.role} @ ${a.scope}`);
  }
  console.log(lines.join('\n'));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
