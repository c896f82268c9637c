import type { Deps } from '../../deps.ts';
import type { SeedContext } from '../../seed-context.ts';
import { listProviders } from '../providers/providers.service.ts';
import { DEMO_MARK } from '../../seed/demo-subdistrict.ts';
import { createService } from './catalog.service.ts';
import { actOnRequest, recordOnBehalf, submitRequest } from './requests.service.ts';
import { issueToRequest, recordReception } from './receptions.service.ts';
import { COMMUNITY_CODES, FEATURED, SIX_PLUS_ONE } from './service-requests.demo-data.ts';

/**
 * The catalogue ("6+1" in every community, the featured services; providers add theirs, providers.seed.ts), then in
 * 秦江 requests in every state and a reception whose issue became a request. Everything through the services.
 */
export async function seedServiceRequests(deps: Deps, ctx: SeedContext): Promise<void> {
  const actor = ctx.system;
  const unit = (name: string) => ctx.territory.communities.get(name) as string;
  for (const [community, prefix] of Object.entries(COMMUNITY_CODES)) {
    for (const s of SIX_PLUS_ONE) {
      await createService(deps, actor, {
        unitId: unit(community),
        code: `${prefix}-${s.code}`,
        name: s.name,
        description: `“6+1”生活服务平台${DEMO_MARK}`,
        category: s.category,
        programme: '6+1',
        providedBy: s.code === 'PARTY' ? 'volunteer_team' : 'community',
        providerId: null,
        providerName: s.code === 'PARTY' ? '党员志愿服务队' : `${community}服务中心`,
        priceKind: 'free',
        priceFen: 0,
        timeLimitHours: s.hours,
      });
    }
  }
  for (const f of FEATURED) {
    await createService(deps, actor, {
      unitId: unit(f.community),
      code: f.code,
      name: f.name,
      description: f.description,
      category: 'party_service',
      programme: f.programme,
      providedBy: 'volunteer_team',
      providerId: null,
      providerName: `${f.community}志愿服务队`,
      priceKind: 'free',
      priceFen: 0,
      timeLimitHours: 72,
    });
  }
  await seedRequests(deps, ctx, unit('秦江社区'));
}

/** Requests in every state and a reception whose issue became a request, in 秦江. */
async function seedRequests(deps: Deps, ctx: SeedContext, qinjiang: string): Promise<void> {
  const actor = ctx.system;
  const providerId = (await listProviders(deps, actor, { unitId: qinjiang }))[0]?.id as string;
  const service = async (code: string) =>
    (await deps.db.selectFrom('service_catalog').select('id').where('code', '=', code).executeTakeFirstOrThrow()).id;
  const meal = await service('QJ-MEAL');
  const repair = await service('QJ-REPAIR');
  const steps = {
    accepted: [{ action: 'accept' }],
    dispatched: [{ action: 'accept' }, { action: 'dispatch', assigneeKind: 'provider', assigneeId: providerId }],
    in_progress: [
      { action: 'accept' },
      { action: 'dispatch', assigneeKind: 'provider', assigneeId: providerId },
      { action: 'start' },
    ],
    done: [
      { action: 'accept' },
      { action: 'dispatch', assigneeKind: 'provider', assigneeId: providerId },
      { action: 'start' },
      { action: 'complete' },
    ],
    closed: [
      { action: 'accept' },
      { action: 'dispatch', assigneeKind: 'team', assigneeId: '党员志愿服务队' },
      { action: 'start' },
      { action: 'complete' },
      { action: 'close' },
    ],
    rejected: [{ action: 'reject', note: `不属于社区服务范围，已告知居民联系物业${DEMO_MARK}` }],
  } as const;
  const submitter = (await ctx.actorOf('resident')) ?? actor;
  // The last column: the resident agreed to publish the request in the public (Open311) feed; the rest stay private.
  const cases: [string, string, keyof typeof steps | 'submitted' | 'rated', boolean][] = [
    [meal, '家中老人行动不便，希望每天中午送餐', 'submitted', false],
    [repair, '3号楼2单元楼道声控灯不亮', 'accepted', true],
    [meal, '助餐：周末也需要送餐', 'dispatched', false],
    [meal, '助餐：老人需要软食', 'in_progress', false],
    [meal, '助餐服务（已送达）', 'done', false],
    [meal, '助餐服务（已评价）', 'rated', false],
    [repair, '单元门禁损坏', 'closed', true],
    [repair, '小区外道路坑洼', 'rejected', true],
  ];
  for (const [serviceId, description, state, publicConsent] of cases) {
    const r = await submitRequest(deps, submitter, {
      serviceId,
      description: `${description}${DEMO_MARK}`,
      address: '秦江社区第一网格3号院',
      publicConsent,
    });
    const path = state === 'submitted' ? [] : state === 'rated' ? steps.done : steps[state];
    for (const step of path) await actOnRequest(deps, actor, r.id, { note: '', ...step });
    if (state === 'rated')
      await actOnRequest(deps, submitter, r.id, { action: 'rate', rating: 5, note: '送餐及时，饭菜可口' });
  }
  await recordOnBehalf(deps, actor, {
    serviceId: repair,
    description: `来电反映：水管漏水${DEMO_MARK}`,
    address: '秦江社区第二网格5号楼',
    channel: 'phone',
    contactName: '王大爷',
    contactPhone: '13800000001',
  });

  const reception = await recordReception(deps, actor, {
    unitId: qinjiang,
    heldOn: '2015-12-10',
    representatives: `区党代表 张某某${DEMO_MARK}`,
    visitors: 14,
    issues: [
      { issue: '希望增设老年助餐点', followUp: '转社区服务中心办理' },
      { issue: '小区停车难', followUp: '提交居民议事会讨论' },
    ],
  });
  await issueToRequest(deps, actor, reception.id, reception.issues[0].id, {
    serviceId: meal,
    address: '秦江社区党群服务中心',
  });
}
