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
}

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
  const inMemory = Boolean(options.sqliteImage) || file === ':memory:';
  const database = options.sqliteImage ? new SQLite(options.sqliteImage) : new SQLite(file);
  if (!inMemory) database.pragma('journal_mode = WAL');
  database.pragma('synchronous = NORMAL');
  database.pragma('foreign_keys = ON');
  database.pragma('busy_timeout = 5000');
  return sqliteEngine(new SqliteDialect({ database: withStatementCache(database) }), database);
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

function sqliteEngine(kysely: Dialect, database: SQLite.Database): Engine {
  return {
    name: 'sqlite',
    label: 'the embedded database (SQLite)',
    kysely,
    forUpdate: false,
    appendOnlySql: (t) => [
      `CREATE TRIGGER ${t}_no_update BEFORE UPDATE ON ${t} BEGIN SELECT RAISE(ABORT, '${t} is append-only'); END`,
      `CREATE TRIGGER ${t}_no_delete BEFORE DELETE ON ${t} BEGIN SELECT RAISE(ABORT, '${t} is append-only'); END`,
    ],
    dropAppendOnlySql: (t) => [`DROP TRIGGER IF EXISTS ${t}_no_update`, `DROP TRIGGER IF EXISTS ${t}_no_delete`],
    dumpFile: SQLITE_DUMP_FILE,
    snapshot: (file, during) => sqliteSnapshot(database, file, during),
  };
}

function postgresEngine(kysely: Dialect, url: string): Engine {
  return {
    name: 'postgres',
    label: 'the server database (PostgreSQL)',
    kysely,
    forUpdate: true,
    appendOnlySql: (t) => [
      `CREATE OR REPLACE FUNCTION ${t}_append_only() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION '${t} is append-only'; END $$ LANGUAGE plpgsql`,
      `CREATE TRIGGER ${t}_no_change BEFORE UPDATE OR DELETE OR TRUNCATE ON ${t} FOR EACH STATEMENT EXECUTE FUNCTION ${t}_append_only()`,
    ],
    dropAppendOnlySql: (t) => [`DROP TRIGGER IF EXISTS ${t}_no_change ON ${t}`],
    dumpFile: POSTGRES_DUMP_FILE,
    snapshot: (file, during) => postgresSnapshot(url, file, during),
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
