import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from './config.ts';
import { openDatabase } from './db/database.ts';
import { migrateToLatest } from './db/migrate.ts';
import type { DB } from './db/schema.ts';
import { createFieldCipher } from './platform/crypto.ts';
import { deriveAuditKeys } from './platform/audit-chain-crypto.ts';
import { loadMasterKey } from './platform/keys.ts';
import { createLocalDiskStore } from './platform/files/local-disk-store.ts';
import { buildApp } from './app.ts';
import { seedDemo } from './seed/seed-demo.ts';
import { demoAccounts } from './seed/demo-accounts.ts';
// grid governance
import { escalateOverdue } from './features/grid/cases.write.service.ts';
import { systemActor } from './features/auth/system-actor.ts';

/** config → database → migrate → (demo seed) → listen; graceful shutdown. */
async function main(): Promise<void> {
  const config = loadConfig();
  mkdirSync(config.dataDir, { recursive: true });
  const { db, engine } = openDatabase<DB>(config.databaseUrl);
  const masterKey = loadMasterKey(config);
  const auditKeys = deriveAuditKeys(masterKey);
  const applied = await migrateToLatest(db, engine, auditKeys);
  const deps = {
    db,
    engine,
    config,
    cipher: createFieldCipher(masterKey),
    auditKeys,
    files: createLocalDiskStore(join(config.dataDir, 'files')),
  };
  const app = await buildApp(deps, { logLevel: config.logLevel, serveWeb: true });
  if (applied.length) app.log.info({ applied }, 'migrations applied');
  if (config.demo && (await seedDemo(deps))) app.log.info('demo subdistrict 秦岭路街道 loaded');

  const shutdown = async (signal: string) => {
    app.log.info({ signal }, 'shutting down');
    await app.close();
    await db.destroy();
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));

  // grid governance: dispute cases whose accept/handle time ran out escalate by themselves (decision 0015).
  // Idempotent and row-locked, so several nodes may each run it; the first sweep comes one interval after start.
  setInterval(() => {
    void escalateOverdue(deps, systemActor()).then(
      (r) => {
        if (r.escalated) app.log.info(r, 'overdue dispute cases escalated');
      },
      (error: unknown) => app.log.error({ err: error }, 'overdue escalation failed'),
    );
  }, 15 * 60_000).unref();

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
