import type { Conn } from '../../db/schema.ts';
import { dayEnd, localDay } from '../../platform/local-date.ts';
import { subdistrictIdOf } from '../../platform/org-scope.ts';
import type { TodoDraft, TodoKind, TodoScope } from '../todos/todos.types.ts';
import * as repo from './todos.repo.ts';

/**
 * The deliberation hall's kinds of work (待办, docs/todo-kinds.md), each at the post of the hall's unit (community
 * or village) that runs its matters (`decision:write`):
 * - `decisions.proposal-to-accept`: a resident's proposal (议题建议) still open, to adopt into a matter or decline.
 *   No due date (the module sets no answering time). Opened by the proposal, closed by adoption or decline.
 * - `decisions.stage-due`: a matter whose current stage has a due date — today only the implementation (实施), due by
 *   the end of its `impl_due_on`, yellow two days before. Opened when the owner and due date are set, moved by a new
 *   date, closed by the published result (实施结果公开).
 * - `decisions.notice-ending`: a published notice (决议公开 / 实施结果公开) still up: due at the end of its last day,
 *   yellow two days before. Opened by the publication, closed just after its period ends by the daily job
 *   `decisions.close-ended-notices` (no write marks that moment).
 * Items carry the matter's or proposal's title (public on the hall's board), never a resident's name.
 */
export const HALL_PERMISSION = 'decision:write';
const TWO_DAYS_MS = 2 * 86_400_000;

interface Base {
  id: string;
  title: string;
  unit_id: string;
  unit_path: string;
}

const draftOf = (r: Base, link: string, dueAt: string | null, params: TodoDraft['params'] = {}): TodoDraft => ({
  subjectId: r.id,
  subdistrictId: subdistrictIdOf(r.unit_path),
  unitId: r.unit_id,
  unitPath: r.unit_path,
  assigneeId: null,
  permission: HALL_PERMISSION,
  ref: r.title,
  params,
  link,
  dueAt,
  yellowAt: dueAt === null ? null : new Date(Date.parse(dueAt) - TWO_DAYS_MS).toISOString(),
});

export const proposalToAcceptKind: TodoKind = {
  kind: 'decisions.proposal-to-accept',
  derive: async (db: Conn, scope: TodoScope) =>
    (await repo.openProposals(db, scope)).map((p) => draftOf(p, '/hall/proposals', null)),
};

export const stageDueKind: TodoKind = {
  kind: 'decisions.stage-due',
  remind: {
    on: { yellow: 'decisions.stage-due', red: 'decisions.stage-due' },
    label: { zh: '议事事项落实到期', en: 'Matters due for implementation' },
  },
  derive: async (db: Conn, scope: TodoScope) =>
    (await repo.mattersWithImplementationDue(db, scope)).map((m) =>
      draftOf(m, `/hall/matters/${m.id}`, dayEnd(m.impl_due_on as string), {
        stage: 'implementation',
        dueOn: m.impl_due_on as string,
      }),
    ),
};

export const noticeEndingKind: TodoKind = {
  kind: 'decisions.notice-ending',
  remind: { on: { yellow: 'decisions.notice-ending' }, label: { zh: '公示期将满的事项', en: 'Notices ending' } },
  async derive(db: Conn, scope: TodoScope, now: string) {
    // one notice runs at a time per matter (the engine refuses a record while one runs); the last ending wins
    const byMatter = new Map<string, TodoDraft>();
    for (const n of await repo.runningNotices(db, scope, localDay(now)))
      byMatter.set(
        n.id,
        draftOf(n, `/hall/matters/${n.id}`, dayEnd(n.notice_until as string), {
          stageSeq: n.stage_seq,
          until: n.notice_until as string,
        }),
      );
    return [...byMatter.values()];
  },
};

/** The kinds a write on a matter syncs (stage-due, notice-ending). */
export const matterTodoKinds: readonly TodoKind[] = [stageDueKind, noticeEndingKind];

export const decisionTodoKinds: readonly TodoKind[] = [proposalToAcceptKind, ...matterTodoKinds];
