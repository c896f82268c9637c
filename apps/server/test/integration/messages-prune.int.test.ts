import { beforeAll, describe, expect, it } from 'vitest';
import { createTestContext } from '../harness.ts';
import { buildFixture, type Fixture } from '../fixture.ts';
import { makeUser } from '../sessions.ts';
import { newId } from '../../src/platform/ids.ts';
import { pendingRow } from '../../src/features/messages/outbox.repo.ts';
import { pruneMessagesJob } from '../../src/features/messages/prune.job.ts';

/**
 * The messages' daily clean-up: read messages after 180 days and finished outbox rows after 90 go; unread messages,
 * newer ones and rows still waiting stay.
 */
type Ctx = Awaited<ReturnType<typeof createTestContext>>;
const DAY = 24 * 3_600_000;
const NOW = Date.parse('2026-12-07T02:00:00.000Z');
const ago = (days: number) => new Date(NOW - days * DAY).toISOString();

describe('messages clean-up', () => {
  let ctx: Ctx;
  let fx: Fixture;
  beforeAll(async () => {
    ctx = await createTestContext();
    fx = await buildFixture(ctx.deps);
  });

  it('deletes read messages past 180 days and finished outbox rows past 90, and keeps the rest', async () => {
    const user = (await makeUser(ctx.deps, 'community_worker', fx.subdistricts[0].communities[0].id)).id;
    const message = (id: string, created: string, read: string | null) => ({
      id,
      user_id: user,
      kind: 'grid.case-warning',
      dedupe_key: id,
      title_zh: '标题',
      title_en: 'Title',
      body_zh: '',
      body_en: '',
      link: null,
      created_at: created,
      read_at: read,
    });
    await ctx.deps.db
      .insertInto('messages')
      .values([
        message('m-old-read', ago(200), ago(199)),
        message('m-old-unread', ago(200), null),
        message('m-recent-read', ago(20), ago(19)),
      ])
      .execute();
    const row = (id: string, created: string, status: 'sent' | 'failed' | 'pending') => ({
      ...pendingRow(
        { id, kind: 'grid.case-warning', dedupe_key: id, channel: 'wecom', target_id: newId(), payload: '{}' },
        created,
      ),
      status,
    });
    await ctx.deps.db
      .insertInto('outbound_messages')
      .values([
        row('o-old-sent', ago(100), 'sent'),
        row('o-old-failed', ago(100), 'failed'),
        row('o-old-pending', ago(100), 'pending'),
        row('o-recent-sent', ago(10), 'sent'),
      ])
      .execute();
    const result = await pruneMessagesJob.run(ctx.deps, {
      kind: pruneMessagesJob.kind,
      key: 'all',
      scheduledFor: new Date(NOW).toISOString(),
      attempt: 1,
      now: () => new Date(NOW),
    });
    expect(result).toEqual({ messages: 1, outbox: 2 });
    const ids = async (table: 'messages' | 'outbound_messages') =>
      (await ctx.deps.db.selectFrom(table).select('id').execute()).map((r) => r.id).sort();
    expect(await ids('messages')).toEqual(['m-old-unread', 'm-recent-read']);
    expect(await ids('outbound_messages')).toEqual(['o-old-pending', 'o-recent-sent']);
  });
});
