import type { CaseStatus } from '@jishi/shared';
import type { Conn } from '../../db/schema.ts';
import { idsOnPath, subdistrictIdOf } from '../../platform/org-scope.ts';
import { localDay, localInstant } from '../../platform/local-date.ts';
import type { TodoDraft, TodoKind, TodoScope } from '../todos/todos.types.ts';
import { timerOf } from './cases.view.ts';
import { LEVEL_DEPTH } from './cases.workflow.ts';
import { settingsFor } from './settings.read.ts';
import * as repo from './todos.repo.ts';

/**
 * The grid's kinds of work (待办), derived from its records (docs/ARCHITECTURE.md "To-do"):
 * - every open dispute case is exactly one item, where the ball lies: to accept (registered, escalated) and to assign
 *   or decide (accepted, failed) at the post of its level's unit; with the assignee (assigned, mediating); the
 *   follow-up visit and verification (回访核验) at its level's unit (resolved). Due, yellow and red are the stage's
 *   time limit (cases.limits.ts): stored when the case moves, the urgency computed when read. Event-driven: synced in
 *   the transaction that moves the case.
 * - a specialist post holder's daily report (网格日报) due by the subdistrict's cut-off, yellow an hour before:
 *   opened for the day by the scheduled job `grid.open-report-todos` just after midnight, closed by the report.
 */

const CASE_KINDS: Record<Exclude<CaseStatus, 'closed'>, string> = {
  registered: 'grid.case-to-accept',
  escalated: 'grid.case-to-accept',
  accepted: 'grid.case-to-assign',
  failed: 'grid.case-to-assign',
  assigned: 'grid.case-assigned',
  mediating: 'grid.case-assigned',
  resolved: 'grid.case-to-verify',
};

/** Each subdistrict's grid settings, read once per derivation. */
function settingsCache(db: Conn) {
  const cache = new Map<string, ReturnType<typeof settingsFor>>();
  return (subdistrictId: string) => {
    if (!cache.has(subdistrictId)) cache.set(subdistrictId, settingsFor(db, subdistrictId));
    return cache.get(subdistrictId) as ReturnType<typeof settingsFor>;
  };
}

const pathOf = (ids: string[]): string => `/${ids.join('/')}/`;

/** What the case kinds' reminders say; an escalated case is announced to the unit that receives it. */
const CASE_LABELS: Record<string, { zh: string; en: string }> = {
  'grid.case-to-accept': { zh: '待受理的矛盾纠纷', en: 'Disputes to accept' },
  'grid.case-to-assign': { zh: '待分派的矛盾纠纷', en: 'Disputes to assign' },
  'grid.case-assigned': { zh: '交办给我的案件', en: 'Cases assigned to me' },
  'grid.case-to-verify': { zh: '待回访核验的案件', en: 'Cases to follow up' },
};

function caseKind(kind: string): TodoKind {
  return {
    kind,
    remind: {
      on: {
        ...(kind === 'grid.case-to-accept' ? { open: 'grid.case-escalated' as const } : {}),
        yellow: 'grid.case-warning',
        red: 'grid.case-warning',
      },
      label: CASE_LABELS[kind] as { zh: string; en: string },
      escalate: true,
      escalateTo: 'grid:manage',
      // a case registered at grid level is its own grid's work already: only an escalation is announced
      quietOpen: (params) => params.level === 'grid',
    },
    async derive(db: Conn, scope: TodoScope, now: string): Promise<TodoDraft[]> {
      const settings = settingsCache(db);
      const out: TodoDraft[] = [];
      for (const c of await repo.openCases(db, scope)) {
        if (CASE_KINDS[c.status as Exclude<CaseStatus, 'closed'>] !== kind) continue;
        const ids = idsOnPath(c.grid_path).slice(0, LEVEL_DEPTH[c.level]);
        const personal = kind === 'grid.case-assigned' && c.assignee_id !== null;
        const timer = timerOf(c, (await settings(subdistrictIdOf(c.grid_path))).timeLimits, now);
        const yellowAt =
          timer.dueAt === null
            ? null
            : new Date(
                Date.parse(c.stage_started_at) +
                  Math.ceil(((Date.parse(timer.dueAt) - Date.parse(c.stage_started_at)) * 2) / 3),
              ).toISOString();
        out.push({
          subjectId: c.id,
          subdistrictId: subdistrictIdOf(c.grid_path),
          unitId: ids.at(-1) as string,
          unitPath: pathOf(ids),
          assigneeId: personal ? c.assignee_id : null,
          permission: personal ? null : 'grid:case',
          ref: c.number,
          params: { category: c.category, level: c.level },
          link: `/grid/cases/${c.id}`,
          dueAt: timer.dueAt,
          yellowAt,
          redAt: timer.dueAt,
        });
      }
      return out;
    },
  };
}

export const caseTodoKinds: readonly TodoKind[] = [...new Set(Object.values(CASE_KINDS))].map(caseKind);

/** Subject of a report-due item: one specialist post holder in one grid. */
export const reportSubject = (gridId: string, userId: string): string => `${gridId}:${userId}`;

export const reportDueKind: TodoKind = {
  kind: 'grid.report-due',
  async derive(db, scope, now) {
    const day = localDay(now);
    const settings = settingsCache(db);
    const wanted = scope.subjectIds ? new Set(scope.subjectIds) : null;
    const out: TodoDraft[] = [];
    for (const p of await repo.postsWithoutReport(db, scope, day)) {
      const subjectId = reportSubject(p.grid_id, p.user_id);
      if (wanted && !wanted.has(subjectId)) continue;
      const sd = subdistrictIdOf(p.grid_path);
      const dueAt = localInstant(day, (await settings(sd)).cutoff);
      out.push({
        subjectId,
        subdistrictId: sd,
        unitId: p.grid_id,
        unitPath: p.grid_path,
        assigneeId: p.user_id,
        permission: null,
        ref: p.grid_name,
        params: { day },
        link: '/grid/today',
        dueAt,
        yellowAt: new Date(Date.parse(dueAt) - 3_600_000).toISOString(),
      });
    }
    return out;
  },
};

export const gridTodoKinds: readonly TodoKind[] = [reportDueKind, ...caseTodoKinds];
