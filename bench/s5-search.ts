import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { openDatabase } from '../apps/server/src/db/database.ts';
import { migrateToLatest } from '../apps/server/src/db/migrate.ts';
import { deriveAuditKeys } from '../apps/server/src/platform/audit-chain-crypto.ts';
import type { DB, Db } from '../apps/server/src/db/schema.ts';
import { scopeForUnitPath } from '../apps/server/src/features/auth/scope.ts';
import { listResidents } from '../apps/server/src/features/residents/residents.repo.ts';
import { residentGrams } from '../apps/server/src/features/residents/residents.grams.ts';
import { personName, prng } from '../apps/server/src/seed/people-generator.ts';
import { fmt, percentile } from './lib.ts';

const GRIDS = 50;
const BATCH = 400;

/** Generates `count` residents (2- and 3-character names, short addresses) with their bigram rows. */
async function generate(db: Db, count: number): Promise<{ names: string[]; rootPath: string }> {
  const rand = prng(7);
  const now = new Date().toISOString();
  const rootId = '00000000-0000-7000-8000-000000000000';
  const rootPath = `/${rootId}/`;
  await db
    .insertInto('org_units')
    .values({
      id: rootId,
      parent_id: null,
      kind: 'subdistrict',
      grid_kind: null,
      name: '基准街道',
      code: null,
      path: rootPath,
      valid_from: '2010-01-01',
      valid_to: null,
      merged_into_id: null,
      created_at: now,
      updated_at: now,
    })
    .execute();
  const grids = Array.from({ length: GRIDS }, (_, i) => `00000000-0000-7000-8000-${String(i + 1).padStart(12, '0')}`);
  await db
    .insertInto('org_units')
    .values(
      grids.map((id, i) => ({
        id,
        parent_id: rootId,
        kind: 'grid',
        grid_kind: 'regular',
        name: `网格${i}`,
        code: null,
        path: `${rootPath}${id}/`,
        valid_from: '2010-01-01',
        valid_to: null,
        merged_into_id: null,
        created_at: now,
        updated_at: now,
      })),
    )
    .execute();
  const names: string[] = [];
  for (let start = 0; start < count; start += BATCH) {
    const rows = Array.from({ length: Math.min(BATCH, count - start) }, (_, k) => {
      const n = start + k;
      const name = personName(rand);
      if (n % 997 === 0) names.push(name);
      return {
        id: `r${String(n).padStart(9, '0')}`,
        grid_id: grids[n % GRIDS],
        household_id: null,
        name,
        gender: null,
        birth_date: null,
        address: `${n % 40}号院${n % 12}号楼`,
        id_no_enc: null,
        id_no_bidx: null,
        id_no_mask: null,
        phone_enc: null,
        phone_bidx: null,
        phone_mask: null,
        is_needy: 0,
        is_elderly: 0,
        is_disabled: 0,
        registered_on: '2015-01-01',
        created_at: now,
        updated_at: now,
        removed_at: null,
      };
    });
    await db.transaction().execute(async (trx) => {
      await trx.insertInto('residents').values(rows).execute();
      const grams = rows.flatMap((r) => residentGrams(r.name, r.address).map((gram) => ({ gram, resident_id: r.id })));
      for (let i = 0; i < grams.length; i += 4000)
        await trx
          .insertInto('resident_grams')
          .values(grams.slice(i, i + 4000))
          .execute();
    });
  }
  return { names, rootPath };
}

async function timed<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const t = performance.now();
  const out = await fn();
  return [performance.now() - t, out];
}

/** S5: Chinese name search over `count` residents via the bigram index, against a LIKE '%q%' scan, with recall. */
export async function benchSearch(count: number, databaseUrl?: string) {
  const dir = mkdtempSync(join(tmpdir(), 'jishi-s5-'));
  const { db, engine } = openDatabase<DB>(databaseUrl ?? `sqlite:${join(dir, 's5.db')}`);
  try {
    await migrateToLatest(db, engine, deriveAuditKeys(Buffer.alloc(32, 5)));
    const [genMs, { names, rootPath }] = await timed(() => generate(db, count));
    console.log(`S5 generated ${count} residents in ${fmt(genMs / 1000)} s`);
    const scope = scopeForUnitPath(rootPath);
    const queries = {
      '1 char (surname)': [...new Set(names.map((n) => n[0]))].slice(0, 30),
      '2 chars': names.map((n) => n.slice(0, 2)).slice(0, 60),
      '3 chars': names.filter((n) => n.length === 3).slice(0, 60),
    };
    const results: Record<string, { index: number; scan: number; recall: number }> = {};
    for (const [label, qs] of Object.entries(queries)) {
      const indexTimes: number[] = [];
      const scanTimes: number[] = [];
      let found = 0;
      let expected = 0;
      for (const q of qs) {
        const [ti, page] = await timed(() => listResidents(db, scope, { q }, 1, 20));
        const [ts, scan] = await timed(() =>
          q.length === 1
            ? sql<{ id: string }>`SELECT id FROM residents WHERE name LIKE ${`${q}%`} ORDER BY name, id`.execute(db)
            : sql<{
                id: string;
              }>`SELECT id FROM residents WHERE name LIKE ${`%${q}%`} OR address LIKE ${`%${q}%`} ORDER BY name, id`.execute(
                db,
              ),
        );
        indexTimes.push(ti);
        scanTimes.push(ts);
        const all = await listResidents(db, scope, { q }, 1, 100_000);
        const got = new Set(all.rows.map((r) => r.id));
        expected += scan.rows.length;
        found += scan.rows.filter((r) => got.has(r.id)).length;
        if (page.total !== scan.rows.length) throw new Error(`total mismatch for ${q}`);
      }
      results[label] = {
        index: percentile(indexTimes, 95),
        scan: percentile(scanTimes, 95),
        recall: expected ? found / expected : 1,
      };
      console.log(
        `S5 ${label}: index p95 ${fmt(results[label].index)} ms, LIKE scan p95 ${fmt(results[label].scan)} ms, ` +
          `${fmt(results[label].scan / results[label].index)}× faster, recall ${fmt(results[label].recall * 100)}%`,
      );
    }
    return results;
  } finally {
    await db.destroy();
    rmSync(dir, { recursive: true, force: true });
  }
}
