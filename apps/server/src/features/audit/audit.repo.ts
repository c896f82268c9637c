import { sql, type SqlBool } from 'kysely';
import type { Conn } from '../../db/schema.ts';
import type { OrgScope } from '../../platform/org-scope.ts';
import { pathInScope } from '../../db/scope-sql.ts';
import type { AuditLogTable } from './audit.table.ts';

export async function readHead(db: Conn, forUpdate: boolean): Promise<{ seq: number; hash: string }> {
  let q = db.selectFrom('audit_head').select(['seq', 'hash']).where('id', '=', 1);
  if (forUpdate) q = q.forUpdate();
  const head = await q.executeTakeFirstOrThrow();
  return { seq: Number(head.seq), hash: head.hash };
}

export async function append(db: Conn, row: AuditLogTable): Promise<void> {
  await db.insertInto('audit_log').values(row).execute();
  await db.updateTable('audit_head').set({ seq: row.seq, hash: row.hash }).where('id', '=', 1).execute();
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
