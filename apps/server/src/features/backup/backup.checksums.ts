import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { EngineName } from '../../db/dialect.ts';
import { listTables, scanInKeyOrder } from '../../db/table-scan.ts';
import type { TableSum } from './backup.manifest.ts';

/**
 * One value as both engines hand it over: the storage convention has only text, integers and NULL
 * (decision 0003); bytes would be hex. Anything else means the convention was broken: refuse rather
 * than hash something engine-specific.
 */
function canonicalValue(value: unknown, where: string): string | number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'bigint') return value.toString();
  if (Buffer.isBuffer(value)) return `hex:${value.toString('hex')}`;
  throw new Error(`${where}: a value of type ${typeof value} has no canonical form`);
}

/**
 * Row count and SHA-256 per table, over the rows in primary-key order, each row a JSON array of its
 * values in column-name order (the header line is the column names). The same rows give the same
 * checksum on either engine, so a copy is compared with its original table by table.
 */
export async function tableChecksums(db: Kysely<unknown>, engine: EngineName): Promise<TableSum[]> {
  const sums: TableSum[] = [];
  for (const table of await listTables(db, engine)) {
    const hash = createHash('sha256').update(`${JSON.stringify(table.columns)}\n`);
    let rows = 0;
    for await (const batch of scanInKeyOrder(db, engine, table)) {
      for (const row of batch) {
        hash.update(`${JSON.stringify(table.columns.map((c) => canonicalValue(row[c], `${table.name}.${c}`)))}\n`);
        rows += 1;
      }
    }
    sums.push({ name: table.name, rows, sha256: hash.digest('hex') });
  }
  return sums;
}

/** How two lists of table sums differ, one line per table (empty when they are equal). */
export function tableDifferences(expected: TableSum[], actual: TableSum[]): string[] {
  const found = new Map(actual.map((t) => [t.name, t]));
  const lines: string[] = [];
  for (const want of expected) {
    const got = found.get(want.name);
    found.delete(want.name);
    if (!got) lines.push(`${want.name}: missing`);
    else if (got.rows !== want.rows) lines.push(`${want.name}: ${got.rows} rows instead of ${want.rows}`);
    else if (got.sha256 !== want.sha256) lines.push(`${want.name}: same row count, different content`);
  }
  for (const extra of found.keys()) lines.push(`${extra}: not in the backup`);
  return lines;
}
