import type { Conn } from '../../db/schema.ts';
import { localDay } from '../../platform/local-date.ts';
import { syncTodos } from '../todos/todos.service.ts';
import { meetingDueKind, meetingSubject } from './party-life.todos.ts';
import * as repo from './party-life.repo.ts';

/**
 * Keeps party-life.meeting-due in step with the writes that change it (docs/todo-kinds.md), inside the caller's
 * transaction: a recorded meeting, a branch renamed (party-orgs), a secretary's account created linked, linked,
 * moved, disabled or re-roled (users). `formerSecretaries` are accounts that may have left a branch in the same
 * write: their items are closed too.
 */
export async function syncMeetingTodos(
  trx: Conn,
  branchIds: readonly (string | null | undefined)[],
  now: string,
  formerSecretaries: readonly string[] = [],
): Promise<void> {
  const ids = [...new Set(branchIds.filter((b): b is string => Boolean(b)))];
  if (ids.length === 0) return;
  const month = localDay(now).slice(0, 7);
  const current = await repo.branchSecretaries(trx, { branchIds: ids });
  const subjects = ids.flatMap((b) =>
    [...formerSecretaries, ...current.filter((s) => s.branch_id === b).map((s) => s.id)].map((u) =>
      meetingSubject(b, month, u),
    ),
  );
  if (subjects.length === 0) return;
  await syncTodos(trx, meetingDueKind, { subjectIds: [...new Set(subjects)] }, now);
}
