import type { Conn } from '../../db/schema.ts';
import type { OrgScope } from '../../platform/org-scope.ts';
import { pathInScope } from '../../db/scope-sql.ts';
import type { TrainingParticipantTable, TrainingTable } from './trainings.table.ts';

export const insertTraining = (db: Conn, row: TrainingTable) => db.insertInto('trainings').values(row).execute();
export const insertParticipants = (db: Conn, rows: TrainingParticipantTable[]) =>
  rows.length ? db.insertInto('training_participants').values(rows).execute() : Promise.resolve();

export function listTrainings(db: Conn, scope: OrgScope, year: number) {
  return db
    .selectFrom('trainings as t')
    .innerJoin('org_units as u', 'u.id', 't.unit_id')
    .leftJoin('training_participants as p', 'p.training_id', 't.id')
    .select((eb) => [
      't.id',
      't.unit_id',
      't.kind',
      't.title',
      't.held_on',
      't.place',
      eb.fn.count<number>('p.id').as('participants'),
      eb.fn.coalesce(eb.fn.sum<number>('p.attended'), eb.val(0)).as('attended'),
    ])
    .where(pathInScope('u.path', scope))
    .where('t.held_on', '>=', `${year}-01-01`)
    .where('t.held_on', '<=', `${year}-12-31`)
    .groupBy(['t.id', 't.unit_id', 't.kind', 't.title', 't.held_on', 't.place'])
    .orderBy('t.held_on')
    .execute();
}
