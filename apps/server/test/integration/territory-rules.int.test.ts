import { beforeAll, describe, expect, it } from 'vitest';
import type { ErrorBody } from '@jishi/shared';
import { createTestContext, readJson } from '../harness.ts';
import { buildFixture, type Fixture } from '../fixture.ts';
import { clientFor } from '../sessions.ts';
import { systemActor } from '../../src/features/auth/system-actor.ts';
import { AppError } from '../../src/platform/errors.ts';
import { mergeUnit } from '../../src/features/territory/territory.merge.ts';
import { createBrand } from '../../src/features/brands/brands.service.ts';
import { createProposal } from '../../src/features/decisions/proposals.service.ts';
import { listDeeds, recordDeed } from '../../src/features/good-deeds/good-deeds.service.ts';
import { setRollout } from '../../src/features/integrity/rollout.service.ts';
import { createTeam } from '../../src/features/volunteering/volunteering.service.ts';

/**
 * "A community or village in force" has one answer in every module that asks territory for it:
 * 400 VALIDATION with the issue validation.community at the field that named the unit.
 */
describe('territory rules, one answer each', () => {
  let ctx: Awaited<ReturnType<typeof createTestContext>>;
  let fx: Fixture;
  const c0 = () => fx.subdistricts[0].communities[0];
  const c1 = () => fx.subdistricts[0].communities[1];

  beforeAll(async () => {
    ctx = await createTestContext();
    fx = await buildFixture(ctx.deps);
  });

  const notACommunity = (field: string) => (e: unknown) =>
    e instanceof AppError &&
    e.code === 'VALIDATION' &&
    JSON.stringify(e.details?.issues) ===
      JSON.stringify([{ code: 'custom', path: ['body', field], message: 'validation.community' }]);

  /** Writes of five modules, each naming a unit that is not a community or village in force. */
  const writesAt = (unitId: string) => {
    const actor = systemActor();
    return [
      [
        () =>
          createTeam(ctx.deps, actor, { communityId: unitId, name: '队', leaderName: '李', foundedOn: '2024-01-01' }),
        'communityId',
      ],
      [
        () =>
          recordDeed(ctx.deps, actor, {
            communityId: unitId,
            doerKind: 'volunteer',
            doerName: '王',
            beneficiary: '邻居',
            doneOn: '2024-01-01',
            description: '好事',
          }),
        'communityId',
      ],
      [() => createProposal(ctx.deps, actor, { unitId, title: '议题', content: '内容' }), 'unitId'],
      [() => setRollout(ctx.deps, actor, { unitId, codes: [], enabled: true }), 'unitId'],
      [() => createBrand(ctx.deps, actor, { unitId, name: '品牌', story: '', activities: [] }), 'unitId'],
    ] as const;
  };

  it('a grid or a subdistrict named where a community is needed → the same 400 everywhere', async () => {
    for (const unitId of [c0().grids[0].id, fx.subdistricts[0].id]) {
      for (const [write, field] of writesAt(unitId)) await expect(write()).rejects.toSatisfy(notACommunity(field));
    }
  });

  it('over HTTP the issue is localised (zh by default, en on request)', async () => {
    const secretary = await clientFor(ctx.app, ctx.deps, 'community_secretary', c0().id);
    const body = { communityId: c0().grids[0].id, name: '队', leaderName: '李', foundedOn: '2024-01-01' };
    const zh = await secretary.post('/api/volunteer/teams', body);
    expect(zh.statusCode).toBe(400);
    expect(readJson<ErrorBody>(zh).issues).toEqual([{ path: 'body.communityId', message: '请选择有效的社区（村）' }]);
    const en = await secretary.request('POST', '/api/volunteer/teams', body, { 'accept-language': 'en' });
    expect(readJson<ErrorBody>(en).issues).toEqual([
      { path: 'body.communityId', message: 'Choose a community or village that is in force' },
    ]);
  });

  it('a merged community: writes get the same 400, filters over its records still work', async () => {
    await mergeUnit(ctx.deps, systemActor(), c1().id, { targetId: c0().id, effectiveDate: '2020-06-01' });
    for (const [write, field] of writesAt(c1().id)) await expect(write()).rejects.toSatisfy(notACommunity(field));
    const listed = await listDeeds(ctx.deps, systemActor(), { page: 1, pageSize: 20, communityId: c1().id });
    expect(listed.items).toEqual([]);
  });
});
