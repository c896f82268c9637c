import { sql, type SqlBool } from 'kysely';
import type { Conn } from '../../db/schema.ts';
import type { OrgScope } from '../../platform/org-scope.ts';
import { pathInScope } from '../../db/scope-sql.ts';
import type { AuditLogTable } from './audit.table.ts';

export interface HeadRow {
  seq: number;
  hash: string;
  keyedFrom: number;
  seal: string | null;
}

/** The head row; null when it is gone (verification reports that instead of failing). */
export async function readHead(db: Conn, forUpdate: boolean): Promise<HeadRow | null> {
  let q = db.selectFrom('audit_head').select(['seq', 'hash', 'keyed_from', 'seal']).where('id', '=', 1);
  if (forUpdate) q = q.forUpdate();
  const head = await q.executeTakeFirst();
  if (!head) return null;
  return { seq: Number(head.seq), hash: head.hash, keyedFrom: Number(head.keyed_from), seal: head.seal };
}

export async function append(db: Conn, row: AuditLogTable, headSeal: string): Promise<void> {
  await db.insertInto('audit_log').values(row).execute();
  await db
    .updateTable('audit_head')
    .set({ seq: row.seq, hash: row.hash, seal: headSeal })
    .where('id', '=', 1)
    .execute();
}

/** The time of one record (the exported head names it). */
export async function recordTime(db: Conn, seq: number): Promise<string | null> {
  const row = await db.selectFrom('audit_log').select('at').where('seq', '=', seq).executeTakeFirst();
  return row?.at ?? null;
}

export async function listPage(
  db: Conn,
  scope: OrgScope,
  filter: { action?: string; subjectId?: string; withUnplaced: boolean },
  page: number,
  pageSize: number,
): Promise<{ rows: (AuditLogTable & { actor_name: string | null })[]; total: number }> {
  const inScope = pathInScope('audit_log.org_path', scope);
  let q = db
    .selectFrom('audit_log')
    .where(filter.withUnplaced ? sql<SqlBool>`(${inScope} OR audit_log.org_path IS NULL)` : inScope);
  if (filter.action) q = q.where('action', '=', filter.action);
  if (filter.subjectId) q = q.where('subject_id', '=', filter.subjectId);
  const total = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const rows = await q
    .leftJoin('users', 'users.id', 'audit_log.actor_id')
    .selectAll('audit_log')
    .select('users.display_name as actor_name')
    .orderBy('seq', 'desc')
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .execute();
  return { rows, total: Number(total.n) };
}

/** Which of the two audit tables are gone (verification names them rather than failing on a query). */
export async function missingTables(db: Conn): Promise<('audit_log' | 'audit_head')[]> {
  const names = new Set((await db.introspection.getTables()).map((t) => t.name));
  return (['audit_log', 'audit_head'] as const).filter((t) => !names.has(t));
}

/** Streams the chain in order, in batches, so verifying millions of rows keeps memory flat. */
export async function* scanChain(db: Conn, batch = 5000): AsyncGenerator<AuditLogTable> {
  let after = 0;
  for (;;) {
    const rows = await db
      .selectFrom('audit_log')
      .selectAll()
      .where('seq', '>', after)
      .orderBy('seq')
      .limit(batch)
      .execute();
    if (rows.length === 0) return;
    for (const row of rows) yield row;
    after = Number(rows[rows.length - 1].seq);
  }
}
