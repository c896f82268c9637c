import type { Conn } from '../../db/schema.ts';

/** The audit chain's current head and the time of its last record. */
export async function chainHead(db: Conn): Promise<{ seq: number; hash: string; at: string }> {
  const head = await db.selectFrom('audit_head').select(['seq', 'hash']).where('id', '=', 1).executeTakeFirstOrThrow();
  const last = await db.selectFrom('audit_log').select('at').where('seq', '=', head.seq).executeTakeFirst();
  return { seq: Number(head.seq), hash: head.hash, at: last?.at ?? '' };
}
