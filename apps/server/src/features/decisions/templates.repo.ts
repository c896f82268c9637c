import type { Conn } from '../../db/schema.ts';
import type { OrgScope } from '../../platform/org-scope.ts';
import { pathInScope } from '../../db/scope-sql.ts';
import type { DecisionTemplateStageTable, DecisionTemplateTable } from './decisions.table.ts';
import { ancestorIdsOf } from '../../platform/org-scope.ts';

export type TemplateRow = DecisionTemplateTable & { owner_path: string };

const withOwner = (db: Conn) =>
  db
    .selectFrom('decision_templates as t')
    .innerJoin('org_units as o', 'o.id', 't.owner_unit_id')
    .selectAll('t')
    .select('o.path as owner_path');

/** Templates of the subdistricts the scope lies in or covers. */
export const listVisible = (db: Conn, scope: OrgScope) =>
  withOwner(db)
    .where((eb) =>
      eb.or([pathInScope('o.path', scope), eb('t.owner_unit_id', 'in', ['', ...ancestorIdsOf(scope.paths)])]),
    )
    .orderBy('t.code')
    .orderBy('t.version', 'desc')
    .execute();

export const findTemplate = (db: Conn, id: string) => withOwner(db).where('t.id', '=', id).executeTakeFirst();

export const findActive = (db: Conn, ownerUnitId: string, code: string) =>
  db
    .selectFrom('decision_templates')
    .selectAll()
    .where('owner_unit_id', '=', ownerUnitId)
    .where('code', '=', code)
    .where('status', '=', 'active')
    .executeTakeFirst();

export const stagesOf = (db: Conn, templateIds: string[]) =>
  db
    .selectFrom('decision_template_stages')
    .selectAll()
    .where('template_id', 'in', ['', ...templateIds])
    .orderBy('template_id')
    .orderBy('seq')
    .execute();

export const templatesInUse = async (db: Conn, templateIds: string[]): Promise<Set<string>> => {
  const rows = await db
    .selectFrom('decision_matters')
    .select('template_id')
    .distinct()
    .where('template_id', 'in', ['', ...templateIds])
    .execute();
  return new Set(rows.map((r) => r.template_id));
};

export async function nextVersion(db: Conn, ownerUnitId: string, code: string): Promise<number> {
  const row = await db
    .selectFrom('decision_templates')
    .select((eb) => eb.fn.max('version').as('v'))
    .where('owner_unit_id', '=', ownerUnitId)
    .where('code', '=', code)
    .executeTakeFirst();
  return Number(row?.v ?? 0) + 1;
}

export async function insertTemplate(
  db: Conn,
  row: DecisionTemplateTable,
  stages: DecisionTemplateStageTable[],
): Promise<void> {
  await db
    .updateTable('decision_templates')
    .set({ status: 'retired', updated_at: row.created_at })
    .where('owner_unit_id', '=', row.owner_unit_id)
    .where('code', '=', row.code)
    .where('status', '=', 'active')
    .execute();
  await db.insertInto('decision_templates').values(row).execute();
  await db.insertInto('decision_template_stages').values(stages).execute();
}
