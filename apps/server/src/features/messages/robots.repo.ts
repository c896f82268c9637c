import type { Conn } from '../../db/schema.ts';
import type { OrgScope } from '../../platform/org-scope.ts';
import { pathInScope } from '../../db/scope-sql.ts';
import type { RobotTable } from './messages.table.ts';

/** SQL over `robots`. */

export const findRobot = (db: Conn, id: string) =>
  db.selectFrom('robots').selectAll().where('id', '=', id).executeTakeFirst();

/** Robots registered on units inside the scope (a unit's path starts with a scope path). */
export async function robotsInScope(db: Conn, scope: OrgScope): Promise<RobotTable[]> {
  return db
    .selectFrom('robots')
    .selectAll()
    .where(pathInScope('unit_path', scope))
    .orderBy('unit_path')
    .orderBy('created_at')
    .execute();
}

/** The enabled robots registered on exactly these units. */
export async function enabledRobotsOf(db: Conn, unitIds: readonly string[]): Promise<RobotTable[]> {
  const out: RobotTable[] = [];
  for (let i = 0; i < unitIds.length; i += 500)
    out.push(
      ...(await db
        .selectFrom('robots')
        .selectAll()
        .where('unit_id', 'in', unitIds.slice(i, i + 500))
        .where('enabled', '=', 1)
        .execute()),
    );
  return out;
}

export const robotsByIds = (db: Conn, ids: readonly string[]) =>
  ids.length === 0 ? Promise.resolve([]) : db.selectFrom('robots').selectAll().where('id', 'in', ids).execute();

export async function insertRobot(db: Conn, row: RobotTable): Promise<void> {
  await db.insertInto('robots').values(row).execute();
}

export async function updateRobot(db: Conn, id: string, change: Partial<RobotTable>): Promise<void> {
  await db.updateTable('robots').set(change).where('id', '=', id).execute();
}

export async function deleteRobot(db: Conn, id: string): Promise<void> {
  await db.deleteFrom('robots').where('id', '=', id).execute();
}
