import type { Deps } from '../../deps.ts';
import type { JobKind } from '../../platform/jobs/job-kind.ts';
import { deleteInBatches } from '../../platform/batches.ts';
import { deleteMessages, oldReadMessageIds } from './messages.repo.ts';
import { deleteOutboxRows, oldFinishedIds } from './outbox.repo.ts';

const DAY_MS = 24 * 3_600_000;
/** Read in-app messages stay 180 days (unread ones until read); finished outbox rows 90 days. */
export const KEEP_READ_MESSAGE_DAYS = 180;
export const KEEP_FINISHED_OUTBOX_DAYS = 90;

/**
 * The messages' own clean-up, daily: read messages and finished outbox rows past their keeping time, in batches.
 * A reminder's event key names its day or occurrence, so a pruned outbox row is never one an event could repeat.
 */
export const pruneMessagesJob: JobKind<Deps> = {
  kind: 'messages.prune',
  cron: '40 3 * * *',
  run: async (deps, run) => {
    const now = run.now().getTime();
    const before = (days: number) => new Date(now - days * DAY_MS).toISOString();
    const messages = await deleteInBatches(
      (limit) => oldReadMessageIds(deps.db, before(KEEP_READ_MESSAGE_DAYS), limit),
      (ids) => deleteMessages(deps.db, ids),
    );
    const outbox = await deleteInBatches(
      (limit) => oldFinishedIds(deps.db, before(KEEP_FINISHED_OUTBOX_DAYS), limit),
      (ids) => deleteOutboxRows(deps.db, ids),
    );
    return { messages, outbox };
  },
};
