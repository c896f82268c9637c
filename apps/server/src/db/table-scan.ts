import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { EngineName } from './dialect.ts';

/** A table as the backup sees it: its columns (sorted by name) and its primary key in key order. */
export interface TableShape {
  name: string;
  columns: string[];
  key: string[];
  /** Key columns holding text: ordered byte-wise on every engine. */
  textKeys: string[];
}

/** Tables in the current schema with their columns and primary keys (the migration bookkeeping included). */
export async function listTables<DB>(db: Kysely<DB>, engine: EngineName): Promise<TableShape[]> {
  const columns =
    engine === 'postgres'
      ? await sql<{ t: string; c: string; type: string; pk: number }>`
          SELECT c.table_name AS t, c.column_name AS c, c.data_type AS type,
                 COALESCE((SELECT k.ord FROM pg_index i
                           CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, ord)
                           JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum
                           WHERE i.indisprimary AND i.indrelid = format('%I.%I', c.table_schema, c.table_name)::regclass
                             AND a.attname = c.column_name), 0)::int AS pk
          FROM information_schema.columns c
          JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
          WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE'`.execute(db)
      : await sql<{ t: string; c: string; type: string; pk: number }>`
          SELECT m.name AS t, p.name AS c, lower(p.type) AS type, p.pk AS pk
          FROM sqlite_master m, pragma_table_info(m.name) p
          WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%'`.execute(db);
  const tables = new Map<string, { columns: string[]; key: { c: string; pk: number; text: boolean }[] }>();
  for (const row of columns.rows) {
    const table = tables.get(row.t) ?? { columns: [], key: [] };
    tables.set(row.t, table);
    table.columns.push(row.c);
    const pk = Number(row.pk);
    if (pk > 0) table.key.push({ c: row.c, pk, text: /char|text|clob/.test(row.type) });
  }
  return [...tables.entries()]
    .map(([name, t]) => {
      const key = t.key.sort((a, b) => a.pk - b.pk);
      return {
        name,
        columns: [...t.columns].sort(),
        // a table without a primary key is ordered by all its columns (equal rows serialise equally)
        key: key.length ? key.map((k) => k.c) : [...t.columns].sort(),
        textKeys: key.filter((k) => k.text).map((k) => k.c),
      };
    })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/**
 * The rows of a table in primary-key order, a batch at a time (keyset pagination: every batch is one
 * index range). Text keys compare byte-wise on both engines, so the order is the same on either.
 */
export async function* scanInKeyOrder<DB>(
  db: Kysely<DB>,
  engine: EngineName,
  table: TableShape,
  batch = 2000,
): AsyncGenerator<Record<string, unknown>[]> {
  const ordered = (column: string): RawBuilder<unknown> =>
    engine === 'postgres' && table.textKeys.includes(column)
      ? sql`${sql.id(column)} COLLATE "C"`
      : sql`${sql.id(column)}`;
  const keys = sql.join(table.key.map(ordered));
  let after: unknown[] | null = null;
  for (;;) {
    const where: RawBuilder<unknown> = after
      ? sql`WHERE (${keys}) > (${sql.join(after.map((v) => sql.val(v)))})`
      : sql``;
    const { rows } = await sql<Record<string, unknown>>`
      SELECT * FROM ${sql.table(table.name)} ${where} ORDER BY ${keys} LIMIT ${sql.lit(batch)}`.execute(db);
    if (rows.length === 0) return;
    yield rows;
    if (rows.length < batch) return;
    const last = rows[rows.length - 1];
    after = table.key.map((k) => last[k]);
  }
}

/** The last migration applied (Kysely's bookkeeping), or null for a database never migrated. */
export async function schemaVersion<DB>(db: Kysely<DB>, engine: EngineName): Promise<string | null> {
  const tables = await listTables(db, engine);
  if (!tables.some((t) => t.name === 'kysely_migration')) return null;
  const { rows } = await sql<{ name: string }>`SELECT name FROM kysely_migration`.execute(db);
  // names start with their time stamp: the byte-wise greatest is the latest
  return rows.map((r) => r.name).reduce<string | null>((max, n) => (max === null || n > max ? n : max), null);
}
