import { spawn } from 'node:child_process';
import pg from 'pg';
import { Kysely, PostgresDialect, sql } from 'kysely';

/** The name of the dump inside a backup of a PostgreSQL database (pg_dump's custom format). */
export const POSTGRES_DUMP_FILE = 'database.pgdump';

/**
 * How the client tools reach the database: the URL without its password (argv is visible to other
 * users of the machine) and the password in the child's environment (PGPASSWORD), never through a shell.
 */
function toolConnection(url: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const parsed = new URL(url);
  const password = decodeURIComponent(parsed.password);
  parsed.password = '';
  const env = { ...process.env };
  if (password) env.PGPASSWORD = password;
  return { dbname: parsed.toString(), env };
}

/** Runs one of the PostgreSQL client tools found on PATH; resolves with its standard output. */
function runTool(
  tool: 'pg_dump' | 'pg_restore',
  args: string[],
  env: NodeJS.ProcessEnv = process.env,
): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(tool, args, { env, shell: false, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'ENOENT'
          ? new Error(
              `${tool} was not found on PATH: install the PostgreSQL client tools of the server's major version`,
            )
          : error,
      );
    });
    child.on('close', (code) => {
      if (code === 0) resolve(Buffer.concat(out).toString('utf8'));
      else reject(new Error(`${tool} failed (exit ${code}): ${Buffer.concat(err).toString('utf8').trim()}`));
    });
  });
}

const majorOf = (version: string): number => Number(/(\d+)(?:\.\d+)?/.exec(version)?.[1] ?? Number.NaN);

async function toolVersion(tool: 'pg_dump' | 'pg_restore'): Promise<string> {
  const text = await runTool(tool, ['--version']);
  return /\d+(?:\.\d+)*/.exec(text)?.[0] ?? text.trim();
}

/**
 * pg_dump in the custom format from a snapshot exported by a read-only repeatable-read transaction;
 * `during` runs in that same transaction, so it reads exactly what the dump holds while the server writes on.
 * pg_dump refuses a server newer than itself, so the client tools must be at least the server's major version.
 */
export async function postgresSnapshot<T>(
  url: string,
  file: string,
  during: (db: Kysely<unknown>) => Promise<T>,
): Promise<{ tool: string; result: T }> {
  const dumpVersion = await toolVersion('pg_dump');
  pg.types.setTypeParser(20, (v) => Number(v)); // int8 → number, as every connection of the app reads it
  const db = new Kysely<unknown>({
    dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: url, max: 1 }) }),
  });
  try {
    const { rows } = await sql<{ v: string }>`SELECT current_setting('server_version') AS v`.execute(db);
    const serverVersion = rows[0]?.v ?? '?';
    if (!(majorOf(dumpVersion) >= majorOf(serverVersion))) {
      throw new Error(
        `pg_dump ${dumpVersion} is older than the database server (${serverVersion}): install the client tools of version ${majorOf(serverVersion)}`,
      );
    }
    const { dbname, env } = toolConnection(url);
    return await db
      .transaction()
      .setIsolationLevel('repeatable read')
      .setAccessMode('read only')
      .execute(async (trx) => {
        const snap = await sql<{ id: string }>`SELECT pg_export_snapshot() AS id`.execute(trx);
        const id = snap.rows[0]?.id;
        if (!id) throw new Error('the database did not export a snapshot');
        const args = ['--format=custom', `--snapshot=${id}`, `--file=${file}`, '--no-password', `--dbname=${dbname}`];
        const [, result] = await Promise.all([runTool('pg_dump', args, env), during(trx)]);
        return { tool: `pg_dump ${dumpVersion} (PostgreSQL server ${serverVersion})`, result };
      });
  } finally {
    await db.destroy();
  }
}

/** True when the database holds no table outside the system schemas (it must exist: create it first). */
export async function postgresIsEmpty(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
  } catch (error) {
    if ((error as { code?: unknown }).code === '3D000') {
      throw new Error(`the target database does not exist: create it first (createdb), empty, then restore into it`);
    }
    throw error;
  }
  try {
    const { rows } = await client.query<{ n: string }>(
      `SELECT count(*) AS n FROM information_schema.tables WHERE table_schema NOT IN ('pg_catalog', 'information_schema')`,
    );
    return Number(rows[0]?.n) === 0;
  } finally {
    await client.end();
  }
}

/** Drops the tables of the current schema that the backup does not hold (CASCADE: constraints naming them go too). */
async function dropTablesOtherThan(url: string, keep: string[]): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('BEGIN');
    const { rows } = await client.query<{ name: string }>(
      `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'`,
    );
    for (const { name } of rows) {
      if (!keep.includes(name)) await client.query(`DROP TABLE ${client.escapeIdentifier(name)} CASCADE`);
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    await client.end();
  }
}

/**
 * pg_restore in one transaction, stopping at the first error (the target is left as it was). With
 * `replace`, tables the backup does not hold are dropped first, then the objects it holds are dropped
 * and loaded again in pg_restore's one transaction (--clean). Owners and grants are not restored: the
 * restoring user owns the tables. An archive from a newer pg_dump is refused.
 */
export async function postgresRestore(
  url: string,
  dumpFile: string,
  options: { replace: boolean; madeBy: string; tables: string[] },
): Promise<void> {
  const restoreVersion = await toolVersion('pg_restore');
  const dumpMajor = majorOf(/pg_dump (\S+)/.exec(options.madeBy)?.[1] ?? '');
  if (!(majorOf(restoreVersion) >= dumpMajor)) {
    throw new Error(
      `pg_restore ${restoreVersion} cannot read a dump made by ${options.madeBy}: install the client tools of version ${dumpMajor} or newer`,
    );
  }
  if (options.replace) await dropTablesOtherThan(url, options.tables);
  const { dbname, env } = toolConnection(url);
  const args = [
    `--dbname=${dbname}`,
    '--no-password',
    '--no-owner',
    '--no-privileges',
    '--exit-on-error',
    '--single-transaction',
    ...(options.replace ? ['--clean', '--if-exists'] : []),
    dumpFile,
  ];
  await runTool('pg_restore', args, env);
}
