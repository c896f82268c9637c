import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';

/** The name of the database copy inside a backup of the embedded database. */
export const SQLITE_DUMP_FILE = 'database.sqlite';

/** Copy every page in one step: the copy is one consistent snapshot (in WAL mode writers go on meanwhile). */
const ALL_PAGES = () => 0x7fffffff;

/**
 * An online copy through SQLite's backup API, taken from the running connection, then made a
 * self-contained file (rollback journal, no -wal beside it). `during` reads the copy, read-only.
 */
export async function sqliteSnapshot<T>(
  database: SQLite.Database,
  file: string,
  during: (db: Kysely<unknown>) => Promise<T>,
): Promise<{ tool: string; result: T }> {
  await database.backup(file, { progress: ALL_PAGES });
  const copy = new SQLite(file, { fileMustExist: true });
  try {
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
  const db = new Kysely<unknown>({
    dialect: new SqliteDialect({ database: new SQLite(file, { readonly: true, fileMustExist: true }) }),
  });
  try {
    const { rows } = await sql<{ v: string }>`SELECT sqlite_version() AS v`.execute(db);
    return { tool: `SQLite ${rows[0]?.v ?? '?'} online backup API`, result: await during(db) };
  } finally {
    await db.destroy();
  }
}

/** The database file a `sqlite:` URL names; an in-memory database cannot be a restore target. */
export function sqliteFileOf(url: string): string {
  const file = url.replace(/^sqlite:/, '');
  if (file === ':memory:' || file === '') throw new Error('an in-memory database cannot be restored into');
  return file;
}

/** True when the file does not exist yet or holds no table. */
export async function sqliteIsEmpty(url: string): Promise<boolean> {
  const file = sqliteFileOf(url);
  if (!existsSync(file)) return true;
  const database = new SQLite(file, { readonly: true, fileMustExist: true });
  try {
    const row = database.prepare(`SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'`).get() as { n: number };
    return row.n === 0;
  } finally {
    database.close();
  }
}

/**
 * Writes the backup copy over the target file through the backup API (one step, under the target's
 * write lock: a reader sees the old database or the new one, never half of each). The server must be stopped.
 */
export async function sqliteRestore(url: string, dumpFile: string): Promise<void> {
  const target = sqliteFileOf(url);
  mkdirSync(dirname(target), { recursive: true });
  const source = new SQLite(dumpFile, { readonly: true, fileMustExist: true });
  try {
    await source.backup(target, { progress: ALL_PAGES });
  } finally {
    source.close();
  }
}
