import type { Conn } from '../../db/schema.ts';
import type { TodoScope } from '../todos/todos.types.ts';

/** What the grid's to-do kinds read (grid.todos.ts): open cases, and specialist posts with no report on a day. */

export async function openCases(db: Conn, scope: TodoScope) {
  let q = db
    .selectFrom('dispute_cases as c')
    .innerJoin('org_units as g', 'g.id', 'c.grid_id')
    .select([
      'c.id',
      'c.number',
      'c.status',
      'c.level',
      'c.category',
      'c.assignee_id',
      'c.stage_started_at',
      'g.path as grid_path',
    ])
    .where('c.status', '!=', 'closed');
  if (scope.subjectIds) q = q.where('c.id', 'in', scope.subjectIds as string[]);
  if (scope.subdistrictId) q = q.where('g.path', 'like', `/${scope.subdistrictId}/%`);
  return q.execute();
}

/** Specialist post holders of active grids expected to report on `day` who have not (subject `<grid>:<user>`). */
export async function postsWithoutReport(db: Conn, scope: TodoScope, day: string) {
  let q = db
    .selectFrom('grid_posts as p')
    .innerJoin('org_units as g', 'g.id', 'p.grid_id')
    .leftJoin('daily_reports as r', (j) =>
      j.onRef('r.grid_id', '=', 'p.grid_id').onRef('r.reporter_id', '=', 'p.user_id').on('r.report_date', '=', day),
    )
    .select(['p.grid_id', 'p.user_id', 'g.name as grid_name', 'g.path as grid_path'])
    .where('p.post', '=', 'specialist')
    .where('p.since', '<=', day)
    .where('g.valid_to', 'is', null)
    .where('r.id', 'is', null);
  if (scope.subdistrictId) q = q.where('g.path', 'like', `/${scope.subdistrictId}/%`);
  if (scope.subjectIds) {
    const grids = [...new Set(scope.subjectIds.map((s) => s.split(':')[0] as string))];
    q = q.where('p.grid_id', 'in', grids);
  }
  return q.execute();
}
