import { Migrator, type Kysely, type Migration } from 'kysely';
import type { Engine } from './dialect.ts';
import type { AnyDb } from './migration-kit.ts';
import type { AuditKeys } from '../platform/audit-chain-crypto.ts';
import { MIGRATIONS } from './migrations/index.ts';

/**
 * Applies pending migrations in order; throws (leaving earlier ones applied) if one fails. The audit keys come
 * from the master key: the migration that keyed the audit chain seals its head (decision 0031).
 */
export async function migrateToLatest<DB>(db: Kysely<DB>, engine: Engine, auditKeys: AuditKeys): Promise<string[]> {
  const anyDb = db as unknown as AnyDb;
  const migrations: Record<string, Migration> = {};
  for (const [name, m] of Object.entries(MIGRATIONS)) {
    migrations[name] = { up: (trxDb) => m.up({ db: trxDb as AnyDb, engine, auditKeys }) };
  }
  const migrator = new Migrator({ db: anyDb, provider: { getMigrations: async () => migrations } });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/** Migrations this build has that the database has not applied (readiness; throws before the first migration). */
export async function pendingMigrations<DB>(db: Kysely<DB>): Promise<string[]> {
  const anyDb = db as unknown as AnyDb;
  const applied = new Set(
    (await anyDb.selectFrom('kysely_migration').select('name').execute()).map((r) => String(r.name)),
  );
  return Object.keys(MIGRATIONS).filter((name) => !applied.has(name));
}
