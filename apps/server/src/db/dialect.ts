import SQLite from 'better-sqlite3';
import pg from 'pg';
import {
  PostgresDialect,
  SqliteDialect,
  sql,
  type Dialect,
  type Kysely,
  type RawBuilder,
  type Expression,
  type SqlBool,
} from 'kysely';
import { AppError } from '../platform/errors.ts';
import { POSTGRES_DUMP_FILE, postgresSnapshot } from './backup-postgres.ts';
import { SQLITE_DUMP_FILE, sqliteSnapshot } from './backup-sqlite.ts';

/**
 * The ONLY file that knows which database engine is underneath (besides the backup tools: backup-*.ts, table-scan.ts).
 * Everything else asks it for capabilities and the few SQL fragments that differ.
 */
export type EngineName = 'sqlite' | 'postgres';

export interface Engine {
  name: EngineName;
  /** For people: which kind of database this is. */
  label: string;
  kysely: Dialect;
  /** Row lock for read-modify-write sequences (a no-op where writers are already serialized). */
  forUpdate: boolean;
  /**
   * Row lock that passes over rows another transaction holds (`FOR UPDATE SKIP LOCKED`), for claiming queued work:
   * concurrent claimers each take different rows instead of waiting. False where writers are serialized anyway.
   */
  skipLocked: boolean;
  /** SQL that makes a table append-only (rejects UPDATE and DELETE). */
  appendOnlySql(table: string): string[];
  /** SQL that drops the append-only guard (used by the restore tool and tamper tests only). */
  dropAppendOnlySql(table: string): string[];
  /** The name of the database's file inside a backup. */
  dumpFile: string;
  /**
   * Writes a consistent copy of the whole database into `file` while it stays in use; `during` reads
   * exactly the copied state (for the backup's row counts and checksums). `tool` names what made the copy.
   */
  snapshot<T>(file: string, during: (db: Kysely<unknown>) => Promise<T>): Promise<{ tool: string; result: T }>;
  /** The engine's own check of the stored pages (run at start, before migrating). */
  checkIntegrity(): Promise<IntegrityResult>;
}

/** What the start check of the stored database found. */
export interface IntegrityResult {
  ok: boolean;
  /** How it was checked, for people (e.g. which pragma), or why no check applies. */
  method: string;
  /** The engine's findings (at most the first 20), empty when ok. */
  problems: string[];
  checkedAt: string;
  ms: number;
}

/**
 * How long a write waits for a lock held by another process before it gives up with 503 (see
 * isBusyError). The embedded driver is synchronous: a wait blocks every request of the process.
 */
export const BUSY_TIMEOUT_MS = 250;

/** Which engine a database URL names. */
export const engineOfUrl = (url: string): EngineName => (isPostgresUrl(url) ? 'postgres' : 'sqlite');

/** The embedded database file under a data directory: the default when no DATABASE_URL is set. */
export const embeddedDatabaseUrl = (file: string): string => `sqlite:${file}`;

export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//.test(url);
}

/** The engine for a URL; closing happens through Kysely's `destroy()` (it ends the pool or the file handle). */
export function createEngine(url: string, options: { sqliteImage?: Buffer } = {}): Engine {
  if (isPostgresUrl(url)) {
    pg.types.setTypeParser(20, (v) => Number(v)); // int8 counts → number
    const pool = new pg.Pool({ connectionString: url, max: Number(process.env.DB_POOL_MAX ?? 10) });
    return postgresEngine(new PostgresDialect({ pool }), url);
  }
  const file = url.replace(/^sqlite:/, '');
  const syncMode = embeddedSyncMode(process.env.DB_SYNCHRONOUS);
  const inMemory = Boolean(options.sqliteImage) || file === ':memory:';
  const database = options.sqliteImage ? new SQLite(options.sqliteImage) : new SQLite(file);
  // The pragmas run before anything reads the file: the short wait applies to them too.
  database.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  if (!inMemory) database.pragma('journal_mode = WAL');
  database.pragma(`synchronous = ${syncMode}`);
  database.pragma('foreign_keys = ON');
  return sqliteEngine(new SqliteDialect({ database: withStatementCache(database) }), database);
}

/**
 * FULL (default): the write-ahead log is synced at every commit, so an acknowledged write survives a power cut
 * or kernel crash too, at one disk flush per write transaction (S2 on a quiet machine: 0.9x the HTTP rate of
 * NORMAL; decision 0033). NORMAL survives a killed process (the log is in the operating system's cache) but the
 * last commits before a power cut may roll back; the file stays consistent. `DB_SYNCHRONOUS=normal` chooses it.
 */
export function embeddedSyncMode(setting: string | undefined): 'NORMAL' | 'FULL' {
  if (setting === undefined || setting === '' || setting === 'full') return 'FULL';
  if (setting === 'normal') return 'NORMAL';
  throw new Error(`DB_SYNCHRONOUS must be "normal" or "full", not "${setting}"`);
}

/**
 * Kysely prepares every query anew; preparing costs as much as running a point lookup. Reuse
 * prepared statements by SQL text (bounded, least-recently-used out first).
 */
function withStatementCache(database: SQLite.Database, max = 500): SQLite.Database {
  const cache = new Map<string, SQLite.Statement>();
  const prepare = (source: string): SQLite.Statement => {
    let stmt = cache.get(source);
    if (stmt) cache.delete(source);
    else stmt = database.prepare(source);
    cache.set(source, stmt);
    if (cache.size > max) cache.delete(cache.keys().next().value as string);
    return stmt;
  };
  return new Proxy(database, {
    get(target, prop, receiver) {
      if (prop === 'prepare') return prepare;
      const value = Reflect.get(target, prop, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/**
 * quick_check, not integrity_check: it reads every page and checks the b-trees, records and free list,
 * but not that each index matches its table, so it stays linear in the file size (decision 0033).
 * A file too damaged to be read at all throws; that is a failed check too.
 */
function sqliteIntegrity(database: SQLite.Database): Promise<IntegrityResult> {
  const started = performance.now();
  const method = 'PRAGMA quick_check';
  let problems: string[];
  try {
    const rows = database.pragma('quick_check(20)') as { quick_check: string }[];
    problems = rows.map((r) => r.quick_check).filter((m) => m !== 'ok');
  } catch (error) {
    problems = [error instanceof Error ? error.message : String(error)];
  }
  const ms = Math.round(performance.now() - started);
  return Promise.resolve({ ok: problems.length === 0, method, problems, checkedAt: new Date().toISOString(), ms });
}

function sqliteEngine(kysely: Dialect, database: SQLite.Database): Engine {
  return {
    name: 'sqlite',
    label: 'the embedded database (SQLite)',
    kysely,
    forUpdate: false,
    skipLocked: false,
    appendOnlySql: (t) => [
      `CREATE TRIGGER ${t}_no_update BEFORE UPDATE ON ${t} BEGIN SELECT RAISE(ABORT, '${t} is append-only'); END`,
      `CREATE TRIGGER ${t}_no_delete BEFORE DELETE ON ${t} BEGIN SELECT RAISE(ABORT, '${t} is append-only'); END`,
    ],
    dropAppendOnlySql: (t) => [`DROP TRIGGER IF EXISTS ${t}_no_update`, `DROP TRIGGER IF EXISTS ${t}_no_delete`],
    dumpFile: SQLITE_DUMP_FILE,
    snapshot: (file, during) => sqliteSnapshot(database, file, during),
    checkIntegrity: () => sqliteIntegrity(database),
  };
}

function postgresEngine(kysely: Dialect, url: string): Engine {
  return {
    name: 'postgres',
    label: 'the server database (PostgreSQL)',
    kysely,
    forUpdate: true,
    skipLocked: true,
    appendOnlySql: (t) => [
      `CREATE OR REPLACE FUNCTION ${t}_append_only() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION '${t} is append-only'; END $$ LANGUAGE plpgsql`,
      `CREATE TRIGGER ${t}_no_change BEFORE UPDATE OR DELETE OR TRUNCATE ON ${t} FOR EACH STATEMENT EXECUTE FUNCTION ${t}_append_only()`,
    ],
    dropAppendOnlySql: (t) => [`DROP TRIGGER IF EXISTS ${t}_no_change ON ${t}`],
    dumpFile: POSTGRES_DUMP_FILE,
    snapshot: (file, during) => postgresSnapshot(url, file, during),
    // The server checks its own pages (data checksums when the cluster enables them); nothing to do here.
    checkIntegrity: () =>
      Promise.resolve({
        ok: true,
        method: 'not applicable: the database server checks its own storage',
        problems: [],
        checkedAt: new Date().toISOString(),
        ms: 0,
      }),
  };
}

/** Case-sensitive "contains" with LIKE wildcards in the needle escaped. */
export function containsPattern(needle: string): string {
  return `%${needle.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
export function likeEscaped(column: Expression<string>, pattern: string): RawBuilder<SqlBool> {
  return sql<SqlBool>`${column} LIKE ${pattern} ESCAPE '\\'`;
}

/** Translate driver errors by code, never by message text. */
export function translateDbError(error: unknown): unknown {
  const code = (error as { code?: unknown })?.code;
  if (code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY') {
    return new AppError('DUPLICATE');
  }
  if (code === '23503' || code === 'SQLITE_CONSTRAINT_FOREIGNKEY') return new AppError('CONFLICT');
  return error;
}

/**
 * A lock held by another process (or connection) outlasted the busy wait: the request is refused
 * with 503 and Retry-After instead of stalling. PostgreSQL's lock_not_available (55P03) is the same
 * situation where a lock_timeout is set.
 */
export function isBusyError(error: unknown): boolean {
  const code = (error as { code?: unknown })?.code;
  if (typeof code !== 'string') return false;
  return code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED') || code === '55P03';
}

/** For the database image used by tests: a serialized copy of a migrated SQLite database. */
export function sqliteImage(file: string): Buffer {
  const database = new SQLite(file);
  try {
    database.pragma('journal_mode = DELETE');
    return database.serialize();
  } finally {
    database.close();
  }
}
