import { sql, type Kysely, type CreateTableBuilder } from 'kysely';
import type { Engine } from './dialect.ts';
import { localDay } from '../platform/local-date.ts';
import type { AuditKeys } from '../platform/audit-chain-crypto.ts';

/**
 * Portable column vocabulary for migrations. Both dialects store:
 * ids as text (UUIDv7), instants as UTC ISO text, dates as YYYY-MM-DD text,
 * booleans as integer 0/1, money as integer fen, JSON as text.
 */
export type AnyDb = Kysely<Record<string, Record<string, unknown>>>;

export interface MigrationContext {
  db: AnyDb;
  engine: Engine;
  /** The audit chain's keys: the migration that keyed the chain seals its head with them. */
  auditKeys: AuditKeys;
}

/** The local (Asia/Shanghai) day of a UTC instant: the day a roll-up cell counts on (data migrations that fill cells). */
export const shanghaiDay = (instant: string): string => localDay(instant);

export function withId<T extends string>(table: CreateTableBuilder<T, never>): CreateTableBuilder<T, 'id'> {
  return table.addColumn('id', 'text', (c) => c.primaryKey());
}

export function withTimestamps<T extends string, C extends string>(table: CreateTableBuilder<T, C>) {
  return table.addColumn('created_at', 'text', (c) => c.notNull()).addColumn('updated_at', 'text', (c) => c.notNull());
}

export async function runSql(db: AnyDb, statements: string[]): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}
