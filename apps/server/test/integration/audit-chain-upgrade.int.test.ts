import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { sql } from 'kysely';
import { openDatabase } from '../../src/db/database.ts';
import type { AnyDb } from '../../src/db/migration-kit.ts';
import { MIGRATIONS } from '../../src/db/migrations/index.ts';
import type { DB } from '../../src/db/schema.ts';
import { deriveAuditKeys, GENESIS_HASH, legacyLink } from '../../src/platform/audit-chain-crypto.ts';
import { verifyChain } from '../../src/features/audit/audit.service.ts';
import { adminQuery, postgresAdminUrl, testEngine } from '../engine.ts';
import { TEST_KEY } from '../test-key.ts';

const KEYING = '2026_12_07_0500_audit_head_seal';
const LEGACY = 12;

/**
 * An existing deployment: a database migrated up to the migration before the chain was keyed, holding records
 * linked with plain SHA-256. Then the keying migration runs, as at an upgrade.
 */
describe('upgrading a deployment whose audit chain was not keyed', () => {
  const keys = deriveAuditKeys(TEST_KEY);
  let db: ReturnType<typeof openDatabase<DB>>['db'];
  let engine: ReturnType<typeof openDatabase<DB>>['engine'];

  beforeAll(async () => {
    let url = 'sqlite::memory:';
    if (testEngine() === 'postgres') {
      const name = `jishi_t_${inject('templateDb').split('_')[2]}_${randomBytes(6).toString('hex')}`;
      await adminQuery(`CREATE DATABASE ${name}`);
      url = postgresAdminUrl(name);
      afterAll(() => adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    }
    ({ db, engine } = openDatabase<DB>(url));
    afterAll(() => db.destroy());
    const anyDb = db as unknown as AnyDb;
    // In name order, as the migrator runs them.
    for (const name of Object.keys(MIGRATIONS).sort()) {
      if (name === KEYING) break;
      await MIGRATIONS[name].up({ db: anyDb, engine, auditKeys: keys });
    }
    let prev = GENESIS_HASH;
    for (let seq = 1; seq <= LEGACY; seq++) {
      const record = {
        seq,
        at: `2026-11-30T08:00:${String(seq).padStart(2, '0')}.000Z`,
        actor_id: null,
        actor_role: 'subdistrict_admin',
        ip: '10.0.0.1',
        request_id: `legacy-${seq}`,
        action: 'resident.update',
        subject_type: 'resident',
        subject_id: `r${seq}`,
        org_path: '/1/',
        changes: null,
        result: 'success',
        reason: null,
      };
      const hash = legacyLink(prev, record);
      await anyDb
        .insertInto('audit_log')
        .values({ ...record, prev_hash: prev, hash })
        .execute();
      prev = hash;
    }
    await sql`UPDATE audit_head SET seq = ${LEGACY}, hash = ${prev} WHERE id = 1`.execute(db);
    await MIGRATIONS[KEYING].up({ db: anyDb, engine, auditKeys: keys });
  });

  it('keeps the legacy links, appends audit.chain.keyed as the first keyed record and seals the head', async () => {
    const rows = await db.selectFrom('audit_log').selectAll().orderBy('seq').execute();
    expect(rows.length).toBe(LEGACY + 1);
    expect(rows[LEGACY]).toMatchObject({
      seq: LEGACY + 1,
      action: 'audit.chain.keyed',
      actor_role: 'system',
      prev_hash: rows[LEGACY - 1].hash,
      changes: JSON.stringify({ legacyRecords: LEGACY, legacyHead: rows[LEGACY - 1].hash }),
    });
    const head = await db.selectFrom('audit_head').selectAll().executeTakeFirstOrThrow();
    expect(head).toMatchObject({ seq: LEGACY + 1, keyed_from: LEGACY + 1, hash: rows[LEGACY].hash });
    expect(head.seal).toMatch(/^[0-9a-f]{64}$/);
    expect(await verifyChain(db, keys)).toMatchObject({ problem: null, checked: LEGACY + 1 });
  });

  it('verification needs the master key the migration ran with', async () => {
    expect(await verifyChain(db, deriveAuditKeys(Buffer.alloc(32, 8)))).toMatchObject({
      problem: 'altered',
      firstBadSeq: LEGACY + 1,
    });
  });

  it('a legacy record edited, with the legacy links recomputed by anyone, breaks the first keyed link', async () => {
    for (const statement of engine.dropAppendOnlySql('audit_log')) await sql.raw(statement).execute(db);
    await db.updateTable('audit_log').set({ subject_id: 'someone-else' }).where('seq', '=', 5).execute();
    const rows = await db.selectFrom('audit_log').selectAll().where('seq', '<=', LEGACY).orderBy('seq').execute();
    let prev = GENESIS_HASH;
    for (const row of rows) {
      const hash = legacyLink(prev, row);
      await db.updateTable('audit_log').set({ prev_hash: prev, hash }).where('seq', '=', row.seq).execute();
      prev = hash;
    }
    await db
      .updateTable('audit_log')
      .set({ prev_hash: prev })
      .where('seq', '=', LEGACY + 1)
      .execute();
    expect(await verifyChain(db, keys)).toMatchObject({ problem: 'altered', firstBadSeq: LEGACY + 1 });
  });
});
