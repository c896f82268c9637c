import type { ReportCorrect, ReportItemInput, ReportSubmit } from '@jishi/shared';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../platform/actor.ts';
import { assertInScope, authorize } from '../../platform/authorize.ts';
import { AppError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { nowIsoOf } from '../../platform/clock.ts';
import { translateDbError } from '../../db/dialect.ts';
import { auditWho, recordAudit } from '../audit/audit.service.ts';
import { requireGrid, requireUnit } from '../territory/territory.service.ts';
import { idsOnPath, subdistrictIdOf } from '../../platform/org-scope.ts';
import { holdsSpecialistPost, postsOf } from './posts.service.ts';
import { settingsFor } from './settings.service.ts';
import { dayAllowed, isLate, isLocked } from './reports.rules.ts';
import { reportView } from './reports.view.ts';
import * as repo from './reports.repo.ts';
import { localDay, localInstant } from '../../platform/local-date.ts';
import { syncTodos } from '../todos/todos.service.ts';
import { reportDueKind, reportSubject } from './grid.todos.ts';

/** The daily screening report (矛盾排查日报): one per grid, specialist and day; a zero report (零报告) or items found. */
const itemRows = (reportId: string, items: ReportItemInput[]) =>
  items.map((i, seq) => ({
    id: newId(),
    report_id: reportId,
    seq,
    kind: i.kind,
    description: i.description,
    place: i.place ?? null,
    category: i.category ?? null,
    risk: i.risk ?? null,
    case_id: null,
  }));

async function viewOf(deps: Deps, row: repo.ReportRow) {
  return reportView(row, await repo.itemsOf(deps.db, [row.id]), nowIsoOf(deps.clock));
}

/** The same key from the same person returns the report it made; someone else's key is a conflict. */
async function replay(deps: Deps, actor: Actor, key: string) {
  const prior = await repo.findByKey(deps.db, key);
  if (!prior) return null;
  if (prior.reporter_id !== actor.userId) throw new AppError('DUPLICATE');
  return viewOf(deps, prior);
}

/** `now` is the server clock; only the demo seed passes another (to lay down past days as they happened). */
export async function submitReport(deps: Deps, actor: Actor, input: ReportSubmit, now = nowIsoOf(deps.clock)) {
  authorize(actor, 'grid:report');
  const grid = await requireGrid(deps.db, actor, input.gridId);
  // A repeated key is found when its insert collides (below): the common first submission costs no look-up.
  if (!(await holdsSpecialistPost(deps, grid.id, actor.userId))) throw new AppError('NO_POST');
  const day = input.date ?? localDay(now);
  if (!dayAllowed(day, now))
    throw new AppError('VALIDATION', {
      issues: [{ code: 'custom', path: ['body', 'date'], message: 'validation.reportDate' }],
    });
  const { cutoff } = await settingsFor(deps.db, subdistrictIdOf(grid.path));
  const late = isLate(day, cutoff, now);
  const id = newId();
  const items = itemRows(id, input.items);
  try {
    await deps.db.transaction().execute(async (trx) => {
      await repo.insertReport(trx, {
        id,
        grid_id: grid.id,
        reporter_id: actor.userId,
        report_date: day,
        zero: input.zero ? 1 : 0,
        late: late ? 1 : 0,
        submitted_at: now,
        corrected_at: null,
        idempotency_key: input.idempotencyKey,
        created_at: now,
        updated_at: now,
      });
      await repo.insertItems(trx, items);
      await repo.bumpRollups(trx, idsOnPath(grid.path), day, {
        reports: 1,
        zero: input.zero ? 1 : 0,
        items: items.length,
        late: late ? 1 : 0,
      });
      await recordAudit(trx, deps, auditWho(actor), {
        action: 'grid.report.submit',
        subjectType: 'daily_report',
        subjectId: id,
        orgPath: grid.path,
        changes: { date: day, zero: input.zero, items: items.length, late },
      });
      // today's report closes today's "report due" item (a report for an earlier day leaves today's open)
      if (day === localDay(now))
        await syncTodos(trx, reportDueKind, { subjectIds: [reportSubject(grid.id, actor.userId)] }, now);
    });
  } catch (error) {
    // The same key again (an outbox resending, or a concurrent repeat): answer with the report it made.
    const prior = await replay(deps, actor, input.idempotencyKey);
    if (prior) return prior;
    throw translateDbError(error);
  }
  const row = {
    id,
    grid_id: grid.id,
    reporter_id: actor.userId,
    report_date: day,
    zero: input.zero ? 1 : 0,
    late: late ? 1 : 0,
    submitted_at: now,
    corrected_at: null,
    idempotency_key: input.idempotencyKey,
    created_at: now,
    updated_at: now,
    grid_name: grid.name,
    grid_path: grid.path,
    reporter_name: actor.displayName,
  };
  return reportView(row, items, now);
}

async function requireReport(deps: Deps, actor: Actor, id: string) {
  const r = await repo.findReport(deps.db, id);
  assertInScope(actor, r?.grid_path);
  return r as repo.ReportRow;
}

/** The reporter corrects a report on its own day; afterwards it is locked (409 REPORT_LOCKED). Late stays late. */
export async function correctReport(deps: Deps, actor: Actor, id: string, input: ReportCorrect) {
  authorize(actor, 'grid:report');
  const r = await requireReport(deps, actor, id);
  if (r.reporter_id !== actor.userId) throw new AppError('FORBIDDEN');
  const now = nowIsoOf(deps.clock);
  if (isLocked(r.report_date, now)) throw new AppError('REPORT_LOCKED');
  const before = await repo.itemsOf(deps.db, [id]);
  if (before.some((i) => i.case_id !== null)) throw new AppError('REPORT_LOCKED');
  const items = itemRows(id, input.items);
  await deps.db.transaction().execute(async (trx) => {
    await repo.deleteItems(trx, id);
    await repo.insertItems(trx, items);
    await repo.updateReport(trx, id, { zero: input.zero ? 1 : 0, corrected_at: now, updated_at: now });
    await repo.bumpRollups(trx, idsOnPath(r.grid_path), r.report_date, {
      reports: 0,
      zero: (input.zero ? 1 : 0) - r.zero,
      items: items.length - before.length,
      late: 0,
    });
    await recordAudit(trx, deps, auditWho(actor), {
      action: 'grid.report.correct',
      subjectType: 'daily_report',
      subjectId: id,
      orgPath: r.grid_path,
      changes: { zero: [Boolean(r.zero), input.zero], items: [before.length, items.length] },
      reason: input.note || null,
    });
  });
  return viewOf(deps, (await repo.findReport(deps.db, id)) as repo.ReportRow);
}

export async function getReport(deps: Deps, actor: Actor, id: string) {
  authorize(actor, 'grid:read');
  return viewOf(deps, await requireReport(deps, actor, id));
}

export async function listReports(
  deps: Deps,
  actor: Actor,
  query: { page: number; pageSize: number; unitId?: string; date?: string },
) {
  authorize(actor, 'grid:read');
  const unitPath = query.unitId ? (await requireUnit(deps.db, actor, query.unitId)).path : undefined;
  const { rows, total } = await repo.listReports(
    deps.db,
    actor.scope,
    { unitPath, date: query.date },
    query.page,
    query.pageSize,
  );
  const items = await repo.itemsOf(
    deps.db,
    rows.map((r) => r.id),
  );
  const now = nowIsoOf(deps.clock);
  return {
    items: rows.map((r) =>
      reportView(
        r,
        items.filter((i) => i.report_id === r.id),
        now,
      ),
    ),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

/** The phone's home page: the person's posts and today's report per grid. */
export async function myDay(deps: Deps, actor: Actor) {
  authorize(actor, 'grid:read');
  const now = nowIsoOf(deps.clock);
  const date = localDay(now);
  const posts = (await postsOf(deps, actor.userId)).filter((p) =>
    p.grid_path.startsWith(actor.scope.paths[0] ?? '\u0000'),
  );
  const { cutoff } = await settingsFor(deps.db, subdistrictIdOf(posts[0]?.grid_path ?? actor.scope.paths[0] ?? ''));
  const reports = await repo.reportsOfUserOnDay(deps.db, actor.userId, date);
  const items = await repo.itemsOf(
    deps.db,
    reports.map((r) => r.id),
  );
  return {
    date,
    cutoff,
    afterCutoff: now > localInstant(date, cutoff),
    posts: posts.map((p) => {
      const r = reports.find((x) => x.grid_id === p.grid_id);
      return {
        gridId: p.grid_id,
        gridName: p.grid_name,
        post: p.post,
        report: r
          ? reportView(
              r,
              items.filter((i) => i.report_id === r.id),
              now,
            )
          : null,
      };
    }),
  };
}

export const reportItem = (deps: Deps, id: string) => repo.findItem(deps.db, id);
export const linkItemToCase = repo.linkItemToCase;
export const reportsOnDay = repo.reportsOnDay;
export const rollupsOf = repo.rollupsOf;
