import type { OrgLifeKind } from '@jishi/shared';
import { addDays, dayStart, localDay } from '../../platform/local-date.ts';
import { subdistrictIdOf } from '../../platform/org-scope.ts';
import type { TodoDraft, TodoKind } from '../todos/todos.types.ts';
import { ORG_LIFE_FREQUENCY } from './party-life.rules.ts';
import * as repo from './party-life.repo.ts';

/**
 * Party life's kind of work (待办), derived from its records (docs/todo-kinds.md):
 * party-life.meeting-due — a Party branch that has not yet held every organisational-life meeting due monthly
 * (三会一课: ORG_LIFE_FREQUENCY's monthly kinds — branch committee, Party group meeting, theme Party day) in the
 * current month. Due at the end of the month, yellow from the 20th. It goes to the branch's secretaries personally,
 * one item each (accounts linked by users.party_branch_id: the reader's post rule cannot tell one branch's secretary
 * from another branch's, nor from community staff); a branch with no secretary's account has none. Scheduled: the
 * job `party-life.open-meeting-todos` opens the month's items on the 1st; a recorded meeting closes them, and account
 * changes (and a branch's new name) re-address them.
 */
export const MEETING_DUE = 'party-life.meeting-due';

export const MONTHLY_KINDS = (Object.keys(ORG_LIFE_FREQUENCY) as OrgLifeKind[]).filter(
  (k) => ORG_LIFE_FREQUENCY[k] === 'monthly',
);

/** One item per branch, month and secretary. */
export const meetingSubject = (branchId: string, month: string, userId: string): string =>
  `${branchId}:${month}:${userId}`;

export const meetingDueKind: TodoKind = {
  kind: MEETING_DUE,
  remind: {
    on: { open: 'party-life.monthly', yellow: 'party-life.monthly' },
    label: { zh: '本月三会一课', en: "This month's organisational life" },
  },
  async derive(db, scope, now) {
    const today = localDay(now);
    const month = today.slice(0, 7);
    const first = `${month}-01`;
    const next = addDays(first, 32).slice(0, 7);
    const f: repo.BranchFilter = {
      branchIds: scope.subjectIds ? [...new Set(scope.subjectIds.map((s) => s.split(':')[0] as string))] : undefined,
      subdistrictId: scope.subdistrictId,
    };
    const held = new Set(
      (await repo.kindsHeld(db, f, first, addDays(`${next}-01`, -1))).map((r) => `${r.branch_id}|${r.kind}`),
    );
    const secretaries = new Map<string, string[]>();
    for (const s of await repo.branchSecretaries(db, f))
      secretaries.set(s.branch_id as string, [...(secretaries.get(s.branch_id as string) ?? []), s.id]);
    const out: TodoDraft[] = [];
    for (const b of await repo.branchesForTodos(db, f)) {
      const missing = MONTHLY_KINDS.filter((k) => !held.has(`${b.id}|${k}`));
      if (missing.length === 0) continue;
      for (const u of secretaries.get(b.id) ?? [])
        out.push({
          subjectId: meetingSubject(b.id, month, u),
          subdistrictId: subdistrictIdOf(b.territory_path),
          unitId: b.territory_id,
          unitPath: b.territory_path,
          assigneeId: u,
          permission: null,
          ref: b.name,
          params: { month, missing: missing.join(',') },
          link: `/party-life?year=${month.slice(0, 4)}&branch=${b.id}`,
          dueAt: dayStart(`${next}-01`),
          yellowAt: dayStart(`${month}-20`),
        });
    }
    return out;
  },
};

export const partyLifeTodoKinds: readonly TodoKind[] = [meetingDueKind];
