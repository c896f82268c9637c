import { beforeAll, describe, expect, it } from 'vitest';
import { type ErrorBody, LOOKUP_LIMITS } from '@jishi/shared';
import { createTestContext, readJson } from '../harness.ts';
import { buildFixture, type Fixture } from '../fixture.ts';
import { clientFor, type Client } from '../sessions.ts';
import { DAY_MS, HOUR_MS, reserveAllowances } from '../../src/features/auth/rate-limit.service.ts';

/**
 * The exact look-up answers "is this the number?" for a masked phone: it is bounded per user and
 * per client address, counted in the database (so every node shares the count, and concurrent
 * requests cannot slip past it), and every look-up and every refusal is audited without the value.
 */
describe('exact resident look-up: allowance and audit', () => {
  let ctx: Awaited<ReturnType<typeof createTestContext>>;
  let fx: Fixture;
  let phone = '';
  let idNumber = '';
  let residentId = '';
  beforeAll(async () => {
    ctx = await createTestContext();
    fx = await buildFixture(ctx.deps);
    residentId = fx.subdistricts[0].communities[0].grids[0].residentIds[0];
    const row = await ctx.deps.db
      .selectFrom('residents')
      .select(['id_no_enc', 'phone_enc'])
      .where('id', '=', residentId)
      .executeTakeFirstOrThrow();
    phone = ctx.deps.cipher.decrypt('phone', row.phone_enc as string);
    idNumber = ctx.deps.cipher.decrypt('id_no', row.id_no_enc as string);
  });

  const lookup = (client: Client, body: Record<string, string>, ip = '192.0.2.10') =>
    ctx.app.inject({
      method: 'POST',
      url: '/api/residents/lookup',
      payload: body,
      remoteAddress: ip,
      headers: { cookie: client.cookie, 'x-csrf-token': client.csrf },
    });
  const auditOf = (userId: string) =>
    ctx.deps.db
      .selectFrom('audit_log')
      .select(['action', 'result', 'subject_id', 'changes', 'ip'])
      .where('actor_id', '=', userId)
      .where('action', '=', 'resident.lookup')
      .orderBy('seq')
      .execute();

  it('guessing the 4 hidden digits of a phone stops at the hourly allowance: 429 with a message, audited', async () => {
    const worker = await clientFor(ctx.app, ctx.deps, 'grid_worker', fx.subdistricts[0].id);
    const masked = `${phone.slice(0, 3)}XXXX${phone.slice(-4)}`;
    const statuses: number[] = [];
    let found = false;
    for (let guess = 0; guess < 300; guess++) {
      const candidate = masked.replace('XXXX', String(guess).padStart(4, '0'));
      const res = await lookup(worker, { phone: candidate });
      statuses.push(res.statusCode);
      if (res.statusCode === 200 && readJson<{ items: unknown[] }>(res).items.length) found = true;
      if (res.statusCode === 429) {
        const body = readJson<ErrorBody>(res);
        expect(body.code).toBe('LOOKUP_LIMITED');
        expect(body.message).toContain('精确查询次数已达上限');
        expect(body.message).toContain(`每小时${LOOKUP_LIMITS.userPerHour}次、每天${LOOKUP_LIMITS.userPerDay}次`);
        break;
      }
    }
    expect(statuses.filter((s) => s === 200)).toHaveLength(LOOKUP_LIMITS.userPerHour);
    expect(statuses.at(-1)).toBe(429);
    expect(found).toBe(phone.slice(3, 7) < String(LOOKUP_LIMITS.userPerHour).padStart(4, '0'));

    const audit = await auditOf(worker.userId);
    expect(audit).toHaveLength(LOOKUP_LIMITS.userPerHour + 1);
    expect(audit.slice(0, -1).every((a) => a.result === 'success')).toBe(true);
    expect(audit.at(-1)).toMatchObject({ result: 'denied', changes: '{"kind":"phone"}' });
    expect(JSON.parse(audit[0].changes ?? '{}')).toEqual({ kind: 'phone', hits: 0 });
    expect(JSON.stringify(audit)).not.toContain(phone.slice(3));
  });

  it('every look-up is audited with its kind and hit count, never the number', async () => {
    const leader = await clientFor(ctx.app, ctx.deps, 'subdistrict_leader', fx.subdistricts[0].id);
    expect((await lookup(leader, { idNumber }, '192.0.2.20')).statusCode).toBe(200);
    expect((await lookup(leader, { phone }, '192.0.2.20')).statusCode).toBe(200);
    expect((await lookup(leader, { phone: '13900000000' }, '192.0.2.20')).statusCode).toBe(200);
    const audit = await auditOf(leader.userId);
    expect(audit.map((a) => [a.result, a.subject_id, JSON.parse(a.changes ?? '{}')])).toEqual([
      ['success', residentId, { kind: 'idNumber', hits: 1 }],
      ['success', residentId, { kind: 'phone', hits: 1 }],
      ['success', null, { kind: 'phone', hits: 0 }],
    ]);
    const text = JSON.stringify(audit);
    for (const secret of [idNumber, phone, idNumber.slice(6, 14), phone.slice(3, 7)])
      expect(text).not.toContain(secret);
  });

  it(`one client address gets ${LOOKUP_LIMITS.addressPerHour} look-ups an hour across all its users`, async () => {
    const ip = '192.0.2.30';
    const users = await Promise.all(
      Array.from({ length: Math.ceil(LOOKUP_LIMITS.addressPerHour / LOOKUP_LIMITS.userPerHour) + 1 }, () =>
        clientFor(ctx.app, ctx.deps, 'community_worker', fx.subdistricts[0].id),
      ),
    );
    let ok = 0;
    for (const u of users)
      for (let i = 0; i < LOOKUP_LIMITS.userPerHour; i++)
        if ((await lookup(u, { phone: '13900000001' }, ip)).statusCode === 200) ok++;
    expect(ok).toBe(LOOKUP_LIMITS.addressPerHour);
    // Another address is not affected.
    const fresh = await clientFor(ctx.app, ctx.deps, 'community_worker', fx.subdistricts[0].id);
    expect((await lookup(fresh, { phone: '13900000001' }, '192.0.2.31')).statusCode).toBe(200);
  });

  it(`a user's day holds ${LOOKUP_LIMITS.userPerDay} look-ups, however they are spread over its hours`, async () => {
    const worker = await clientFor(ctx.app, ctx.deps, 'grid_worker', fx.subdistricts[0].id);
    // The day's look-ups were spread over the hours before this one.
    const earlier = Array.from({ length: LOOKUP_LIMITS.userPerDay }, (_, i) => Date.now() - 2 * HOUR_MS - i * 60_000);
    await ctx.deps.db
      .insertInto('throttle_counters')
      .values({
        key: `resident-lookup-user:${worker.userId}`,
        instants: JSON.stringify(earlier),
        expires_at: new Date(Date.now() + DAY_MS).toISOString(),
      })
      .execute();
    const res = await lookup(worker, { phone: '13900000002' }, '192.0.2.40');
    expect([res.statusCode, readJson<ErrorBody>(res).code]).toEqual([429, 'LOOKUP_LIMITED']);
  });

  it('concurrent reservations on one key admit exactly the limit, no more and no fewer', async () => {
    const key = `concurrency-check:${Date.now()}`;
    const results = await Promise.allSettled(
      Array.from({ length: 40 }, () => reserveAllowances(ctx.deps, [{ key, limit: 7, windowMs: HOUR_MS }])),
    );
    const admitted = results.filter((r) => r.status === 'fulfilled').length;
    expect(admitted).toBe(7);
    expect(results.filter((r) => r.status === 'rejected').length).toBe(33);
    const row = await ctx.deps.db
      .selectFrom('throttle_counters')
      .select('instants')
      .where('key', '=', key)
      .executeTakeFirstOrThrow();
    expect(JSON.parse(row.instants)).toHaveLength(admitted);
  });
});
