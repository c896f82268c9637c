import type { Conn } from '../../db/schema.ts';

/** Stage records of the halls under a unit since a date (meetings by date, notices by their last day), capped. */
export const hallRecordsSince = (db: Conn, unitPath: string, since: string) =>
  db
    .selectFrom('decision_records as r')
    .innerJoin('org_units as u', 'u.id', 'r.unit_id')
    .innerJoin('decision_matters as m', 'm.id', 'r.matter_id')
    .innerJoin('decision_template_stages as s', (j) =>
      j.onRef('s.template_id', '=', 'm.template_id').onRef('s.seq', '=', 'r.stage_seq'),
    )
    .select([
      'r.id',
      'r.kind',
      'r.held_on',
      'r.start_time',
      'r.end_time',
      'r.place',
      'r.passed',
      'r.notice_from',
      'r.notice_until',
      'r.created_at',
      'm.title',
      's.name as stage_name',
      'u.name as unit_name',
    ])
    .where('u.path', 'like', `${unitPath}%`)
    .where((eb) => eb.or([eb('r.held_on', '>=', since), eb('r.notice_until', '>=', since)]))
    .orderBy('r.held_on')
    .orderBy('r.id')
    .limit(5000)
    .execute();
