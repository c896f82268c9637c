import type { Conn } from '../../db/schema.ts';

/** Published notices of one hall (first day reached), newest first; only the columns a public board may show. */
export async function publishedNotices(
  db: Conn,
  unitId: string,
  today: string,
  currentOnly: boolean,
  page: number,
  pageSize: number,
) {
  let base = db
    .selectFrom('decision_records as r')
    .innerJoin('decision_matters as m', 'm.id', 'r.matter_id')
    .where('r.unit_id', '=', unitId)
    .where('r.kind', '=', 'notice')
    .where('r.notice_from', '<=', today);
  if (currentOnly) base = base.where('r.notice_until', '>=', today);
  const total = await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const rows = await base
    .innerJoin('decision_template_stages as s', (j) =>
      j.onRef('s.template_id', '=', 'm.template_id').onRef('s.seq', '=', 'r.stage_seq'),
    )
    .select(['r.id', 'r.matter_id', 'm.title', 's.body', 'r.notice_content', 'r.notice_from', 'r.notice_until'])
    .orderBy('r.notice_from', 'desc')
    .orderBy('r.id', 'desc')
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .execute();
  return { rows, total: Number(total.n) };
}
