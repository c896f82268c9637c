import type { Conn } from '../../db/schema.ts';
import type { GridSettingsTable } from './grid.table.ts';

export const findSettings = (db: Conn, subdistrictId: string) =>
  db.selectFrom('grid_settings').selectAll().where('subdistrict_id', '=', subdistrictId).executeTakeFirst();

export async function saveSettings(db: Conn, row: GridSettingsTable): Promise<void> {
  await db
    .insertInto('grid_settings')
    .values(row)
    .onConflict((oc) =>
      oc.column('subdistrict_id').doUpdateSet({
        cutoff: row.cutoff,
        time_limits: row.time_limits,
        updated_by: row.updated_by,
        updated_at: row.updated_at,
      }),
    )
    .execute();
}
