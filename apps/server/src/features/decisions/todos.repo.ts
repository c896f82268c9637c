import type { Conn } from '../../db/schema.ts';
import type { TodoScope } from '../todos/todos.types.ts';

/** What the hall's to-do kinds read (decisions.todos.ts): open proposals, matters in implementation, running notices. */

const inSubdistrict = (scope: TodoScope) => `/${scope.subdistrictId}/%`;

/** Residents' proposals not yet adopted or declined. */
export function openProposals(db: Conn, scope: TodoScope) {
  let q = db
    .selectFrom('decision_proposals as p')
    .innerJoin('org_units as u', 'u.id', 'p.unit_id')
    .select(['p.id', 'p.title', 'p.unit_id', 'u.path as unit_path'])
    .where('p.status', '=', 'open');
  if (scope.subjectIds) q = q.where('p.id', 'in', ['', ...scope.subjectIds]);
  if (scope.subdistrictId) q = q.where('u.path', 'like', inSubdistrict(scope));
  return q.execute();
}

/** Matters being implemented with an implementation due date (the stage's deadline). */
export function mattersWithImplementationDue(db: Conn, scope: TodoScope) {
  let q = db
    .selectFrom('decision_matters as m')
    .innerJoin('org_units as u', 'u.id', 'm.unit_id')
    .select(['m.id', 'm.title', 'm.unit_id', 'm.impl_due_on', 'u.path as unit_path'])
    .where('m.status', '=', 'implementing')
    .where('m.impl_due_on', 'is not', null);
  if (scope.subjectIds) q = q.where('m.id', 'in', ['', ...scope.subjectIds]);
  if (scope.subdistrictId) q = q.where('u.path', 'like', inSubdistrict(scope));
  return q.execute();
}

/** Published notices (公示) still up on `day` (their last day on or after it), with their matter. */
export function runningNotices(db: Conn, scope: TodoScope, day: string) {
  let q = db
    .selectFrom('decision_records as r')
    .innerJoin('decision_matters as m', 'm.id', 'r.matter_id')
    .innerJoin('org_units as u', 'u.id', 'm.unit_id')
    .select(['m.id', 'm.title', 'm.unit_id', 'u.path as unit_path', 'r.stage_seq', 'r.notice_until'])
    .where('r.kind', '=', 'notice')
    .where('r.notice_until', '>=', day)
    .where('m.status', '!=', 'withdrawn')
    .orderBy('r.notice_until');
  if (scope.subjectIds) q = q.where('m.id', 'in', ['', ...scope.subjectIds]);
  if (scope.subdistrictId) q = q.where('u.path', 'like', inSubdistrict(scope));
  return q.execute();
}
