import { headSeal, keyedLink } from '../../platform/audit-chain-crypto.ts';
import type { MigrationContext } from '../migration-kit.ts';

/**
 * Frozen. The audit chain becomes keyed (decision 0031). The records already written keep their plain SHA-256
 * links; this migration appends the first keyed record, `audit.chain.keyed` (how many legacy records there were
 * and the last legacy link), records its seq as `keyed_from` and seals the head with the head key. From here on
 * every link is an HMAC and the head row always carries a valid seal: there is no unsealed state an attacker
 * could reset the head to. Editing a legacy record now breaks the first keyed link, which nobody can recompute
 * without the master key.
 */
export async function up({ db, auditKeys }: MigrationContext): Promise<void> {
  await db.schema
    .alterTable('audit_head')
    .addColumn('keyed_from', 'bigint', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.alterTable('audit_head').addColumn('seal', 'text').execute();

  const head = await db.selectFrom('audit_head').select(['seq', 'hash']).where('id', '=', 1).executeTakeFirstOrThrow();
  const legacyRecords = Number(head.seq);
  const prevHash = String(head.hash);
  const record = {
    seq: legacyRecords + 1,
    at: new Date().toISOString(),
    actor_id: null,
    actor_role: 'system',
    ip: null,
    request_id: 'migration',
    action: 'audit.chain.keyed',
    subject_type: 'audit_head',
    subject_id: null,
    org_path: null,
    changes: JSON.stringify({ legacyRecords, legacyHead: prevHash }),
    result: 'success',
    reason: null,
  };
  const hash = keyedLink(auditKeys.chain, prevHash, record);
  await db
    .insertInto('audit_log')
    .values({ ...record, prev_hash: prevHash, hash })
    .execute();
  await db
    .updateTable('audit_head')
    .set({
      seq: record.seq,
      hash,
      keyed_from: record.seq,
      seal: headSeal(auditKeys.head, { seq: record.seq, hash, keyedFrom: record.seq }),
    })
    .where('id', '=', 1)
    .execute();
}
