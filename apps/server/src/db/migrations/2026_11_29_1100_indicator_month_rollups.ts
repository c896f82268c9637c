import { sql } from 'kysely';
import { shanghaiDay, type AnyDb, type MigrationContext } from '../migration-kit.ts';

/**
 * Frozen. Month cells beside the day cells of the indicator roll-ups: a period of whole months reads
 * units × months cells instead of units × days (decision 0023, "month cells"). Registered residents become
 * a counter ('people.residents': +1 on the registration day, −1 on the moving-out day, in the resident's
 * grid): its day cells are filled here from the register, then every month cell from the day cells.
 * From now on day and month cells are written in the same transaction.
 */
export async function up({ db }: MigrationContext): Promise<void> {
  await db.schema
    .createTable('indicator_rollups_month')
    .addColumn('counter', 'text', (c) => c.notNull())
    .addColumn('unit_id', 'text', (c) => c.notNull())
    .addColumn('month', 'text', (c) => c.notNull())
    .addColumn('value', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('indicator_rollups_month_pk', ['counter', 'unit_id', 'month'])
    .execute();
  await db.schema
    .createIndex('indicator_rollups_month_counter_month')
    .on('indicator_rollups_month')
    .columns(['counter', 'month'])
    .execute();

  await backfillResidentCells(db);
  await fillMonthCells(db);
}

/** Day cells of 'people.residents' from the register (exported for its test). */
export async function backfillResidentCells(db: AnyDb): Promise<void> {
  const cells = new Map<string, { counter: string; unit_id: string; day: string; value: number }>();
  const add = (unitId: string, day: string, delta: number) => {
    const key = `${unitId}|${day}`;
    const cell = cells.get(key) ?? { counter: 'people.residents', unit_id: unitId, day, value: 0 };
    cell.value += delta;
    cells.set(key, cell);
  };
  const residents = await db.selectFrom('residents').select(['grid_id', 'registered_on', 'removed_at']).execute();
  for (const r of residents) {
    add(String(r.grid_id), String(r.registered_on), 1);
    if (r.removed_at) add(String(r.grid_id), shanghaiDay(String(r.removed_at)), -1);
  }
  const rows = [...cells.values()].filter((c) => c.value !== 0);
  for (let i = 0; i < rows.length; i += 500)
    await db
      .insertInto('indicator_rollups')
      .values(rows.slice(i, i + 500))
      .execute();
}

/** Every month cell from the day cells (into an empty month table; exported for its test). */
export async function fillMonthCells(db: AnyDb): Promise<void> {
  await sql`INSERT INTO indicator_rollups_month (counter, unit_id, month, value)
    SELECT counter, unit_id, substr(day, 1, 7), sum(value) FROM indicator_rollups GROUP BY counter, unit_id, substr(day, 1, 7)`.execute(
    db,
  );
}
