import type { ExerciseStatus } from '@jishi/shared';
import type { Conn } from '../../db/schema.ts';
import type { OrgScope } from '../../platform/org-scope.ts';
import { pathInScope } from '../../db/scope-sql.ts';
import type { ExerciseStepTable, ExerciseTable } from './integrity.table.ts';

export interface ExerciseFilter {
  unitPath?: string;
  status?: ExerciseStatus;
  itemCode?: string;
  deviating?: boolean;
  ids?: string[];
}

const base = (db: Conn) =>
  db
    .selectFrom('power_exercises as e')
    .innerJoin('org_units as u', 'u.id', 'e.unit_id')
    .innerJoin('power_items as i', 'i.id', 'e.item_id');

const columns = [
  'u.path as unit_path',
  'u.name as unit_name',
  'i.code as item_code',
  'i.name as item_name',
  'i.version as item_version',
] as const;

export const findExercise = (db: Conn, id: string) =>
  base(db).selectAll('e').select(columns).where('e.id', '=', id).executeTakeFirst();
export type ExerciseRow = NonNullable<Awaited<ReturnType<typeof findExercise>>>;

export async function lockExercise(db: Conn, id: string, forUpdate: boolean): Promise<ExerciseTable> {
  let q = db.selectFrom('power_exercises').selectAll().where('id', '=', id);
  if (forUpdate) q = q.forUpdate();
  return q.executeTakeFirstOrThrow();
}

function filtered(db: Conn, scope: OrgScope, f: ExerciseFilter) {
  let q = base(db).where(pathInScope('u.path', scope));
  if (f.unitPath) q = q.where('u.path', 'like', `${f.unitPath}%`);
  if (f.status) q = q.where('e.status', '=', f.status);
  if (f.itemCode) q = q.where('i.code', '=', f.itemCode);
  if (f.ids) q = q.where('e.id', 'in', ['', ...f.ids]);
  if (f.deviating !== undefined) {
    q = q.where((eb) => {
      const has = eb.exists(
        eb.selectFrom('supervision_alerts as a').select('a.id').whereRef('a.exercise_id', '=', 'e.id'),
      );
      return f.deviating ? has : eb.not(has);
    });
  }
  return q;
}

/** A page of exercises, newest first; steps, items and alerts are loaded set-wise by the caller. */
export async function listExercises(db: Conn, scope: OrgScope, f: ExerciseFilter, page: number, pageSize: number) {
  const q = filtered(db, scope, f);
  const total = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const rows = await q
    .selectAll('e')
    .select(columns)
    .orderBy('e.opened_at', 'desc')
    .orderBy('e.id', 'desc')
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .execute();
  return { rows, total: Number(total.n) };
}

/** Every matching exercise in batches (exports). */
export async function* scanExercises(db: Conn, scope: OrgScope, f: ExerciseFilter, batch = 500) {
  for (let page = 1; ; page++) {
    const rows = await filtered(db, scope, f)
      .selectAll('e')
      .select(columns)
      .orderBy('e.opened_at', 'desc')
      .orderBy('e.id', 'desc')
      .limit(batch)
      .offset((page - 1) * batch)
      .execute();
    if (rows.length === 0) return;
    yield rows;
  }
}

export const stepsOfExercises = (db: Conn, ids: string[]) =>
  db
    .selectFrom('power_exercise_steps')
    .selectAll()
    .where('exercise_id', 'in', ['', ...ids])
    .orderBy('exercise_id')
    .orderBy('created_at')
    .orderBy('id')
    .execute();

export async function openAlertCounts(db: Conn, ids: string[]): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('supervision_alerts')
    .select(['exercise_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('exercise_id', 'in', ['', ...ids])
    .where('status', '!=', 'closed')
    .groupBy('exercise_id')
    .execute();
  return new Map(rows.map((r) => [r.exercise_id, Number(r.n)]));
}

export const insertExercise = (db: Conn, row: ExerciseTable) => db.insertInto('power_exercises').values(row).execute();
export const insertStep = (db: Conn, row: ExerciseStepTable) =>
  db.insertInto('power_exercise_steps').values(row).execute();
export const updateExercise = (db: Conn, id: string, patch: Partial<ExerciseTable>) =>
  db.updateTable('power_exercises').set(patch).where('id', '=', id).execute();

/** Exercises (with unit path) for on-demand detection: open ones, and closed ones whose disclosure may still be due. */
export const detectable = (db: Conn, scope: OrgScope, unitPath?: string) => {
  let q = base(db).selectAll('e').select(columns).where(pathInScope('u.path', scope));
  if (unitPath) q = q.where('u.path', 'like', `${unitPath}%`);
  return q
    .where((eb) => eb.or([eb('e.status', '=', 'open'), eb('e.disclosed_at', 'is', null)]))
    .orderBy('e.id')
    .execute();
};
