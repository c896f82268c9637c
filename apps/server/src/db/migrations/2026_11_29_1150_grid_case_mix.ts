import { shanghaiDay, type AnyDb, type MigrationContext } from '../migration-kit.ts';

/**
 * Frozen. Dispute cases counted per grid, registration day and current category/level/status/resolution
 * level (grid dashboard, decision 0015 addendum). Filled here from the cases that exist; from now on kept
 * in each case's transactions.
 */
export async function up({ db }: MigrationContext): Promise<void> {
  await db.schema
    .createTable('grid_case_mix')
    .addColumn('grid_id', 'text', (c) => c.notNull())
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('level', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('resolved_level', 'text', (c) => c.notNull())
    .addColumn('n', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('grid_case_mix_pk', ['grid_id', 'day', 'category', 'level', 'status', 'resolved_level'])
    .execute();
  await db.schema.createIndex('grid_case_mix_day').on('grid_case_mix').columns(['day', 'grid_id']).execute();
  await fillCaseMix(db);
}

/** Counts every case into its cell (into an empty table; exported for its test). */
export async function fillCaseMix(db: AnyDb): Promise<void> {
  const cells = new Map<
    string,
    { grid_id: string; day: string; category: string; level: string; status: string; resolved_level: string; n: number }
  >();
  const cases = await db
    .selectFrom('dispute_cases')
    .select(['grid_id', 'registered_at', 'category', 'level', 'status', 'resolved_level'])
    .execute();
  for (const c of cases) {
    const cell = {
      grid_id: String(c.grid_id),
      day: shanghaiDay(String(c.registered_at)),
      category: String(c.category),
      level: String(c.level),
      status: String(c.status),
      resolved_level: String(c.resolved_level ?? ''),
      n: 0,
    };
    const key = [cell.grid_id, cell.day, cell.category, cell.level, cell.status, cell.resolved_level].join('|');
    const seen = cells.get(key);
    if (seen) seen.n += 1;
    else cells.set(key, { ...cell, n: 1 });
  }
  const rows = [...cells.values()];
  for (let i = 0; i < rows.length; i += 500)
    await db
      .insertInto('grid_case_mix')
      .values(rows.slice(i, i + 500))
      .execute();
}
