import type { Deps } from '../deps.ts';
import type { Actor } from '../platform/actor.ts';
import { addRoom, createPremises } from '../features/premises/premises.service.ts';
import { actOnProject, createProject } from '../features/premises/projects.service.ts';
import { approveOverBudget, createAllocation, recordExpenditure } from '../features/funds/funds.service.ts';
import { addAgreement, createProvider, linkAccount } from '../features/providers/providers.service.ts';
import { createService } from '../features/service-requests/catalog.service.ts';
import { actOnRequest, recordOnBehalf, submitRequest } from '../features/service-requests/requests.service.ts';
import { issueToRequest, recordReception } from '../features/service-requests/receptions.service.ts';
import { actOnBooking, createBooking } from '../features/bookings/bookings.service.ts';
import { createBrand, createHonour } from '../features/brands/brands.service.ts';
import {
  BRANDS,
  COMMUNITY_CODES,
  DEMO_MARK,
  DEMO_PREMISES,
  DEMO_ROOMS,
  FEATURED,
  HONOURS,
  PROVIDERS,
  SIX_PLUS_ONE,
  VILLAGE_PARTY_FEN,
} from './demo-services.ts';
import type { SeededTerritory } from './seed-territory.ts';
import type { Clock } from '../platform/clock.ts';
import { addDays, localInstant, today } from '../platform/local-date.ts';

/** A local (Shanghai) hour `days` after today, as a half-hour-aligned instant. */
const ahead = (clock: Clock, days: number, localHour: number, hours = 2) => {
  const startsAt = localInstant(addDays(today(clock), days), `${String(localHour).padStart(2, '0')}:00`);
  return { startsAt, endsAt: new Date(Date.parse(startsAt) + hours * 3_600_000).toISOString() };
};

/**
 * Premises, rooms, 2015 construction projects and funds, the catalogue ("6+1", featured services, providers'
 * services), providers with free-space agreements, brands and honours, and requests, bookings and a reception in
 * various states. Everything through the services, so it is audited and the dashboards compute from records.
 */
export async function seedServices(
  deps: Deps,
  actor: Actor,
  t: SeededTerritory,
  accounts: { resident: Actor | null; provider: Actor | null; leader: Actor | null },
): Promise<void> {
  const unit = (name: string) => t.communities.get(name) as string;
  const rooms = new Map<string, Map<string, string>>();

  for (const p of DEMO_PREMISES) {
    const premises = await createPremises(deps, actor, {
      unitId: unit(p.community),
      name: p.name,
      areaM2: p.baseM2,
      obtained: p.obtained,
      address: `郑州市中原区${p.community}${DEMO_MARK}`,
      openingHours: '周一至周日 8:30-20:30',
      inUseFrom: p.inUseFrom,
    });
    let last = premises;
    for (const r of DEMO_ROOMS) last = await addRoom(deps, actor, premises.id, r);
    rooms.set(p.community, new Map(last.rooms.map((r) => [r.name, r.id])));

    const construction = await createAllocation(deps, actor, {
      recipientUnitId: unit(p.community),
      year: 2015,
      kind: 'community_construction',
      purpose: '社区服务阵地建设',
      amountFen: p.constructionFen,
      allocatedOn: '2015-03-15',
    });
    await createAllocation(deps, actor, {
      recipientUnitId: unit(p.community),
      year: 2015,
      kind: 'party_building',
      purpose: '党建工作经费',
      amountFen: p.partyFen,
      allocatedOn: '2015-04-01',
    });
    if (p.added2015 > 0) {
      const project = await createProject(deps, actor, {
        premisesId: premises.id,
        name: `${p.community}服务用房扩建改造`,
        adds: 'both',
        budgetFen: p.constructionFen,
        fundSource: '社区建设专项经费',
        allocationId: construction.id,
        priorityProject: true,
        priorityFunds: true,
        priorityEquipment: true,
        plannedAreaM2: p.added2015,
        equipment: '健身器材、多媒体设备、日间照料设施',
      });
      await actOnProject(deps, actor, project.id, { action: 'start', on: '2015-04-01' });
      await actOnProject(deps, actor, project.id, { action: 'complete', on: p.completedOn, areaAddedM2: p.added2015 });
      await recordExpenditure(deps, actor, construction.id, {
        amountFen: Math.floor((p.constructionFen * 9) / 10),
        spentOn: p.completedOn,
        purpose: '扩建改造工程款',
        projectId: project.id,
      });
    } else {
      const project = await createProject(deps, actor, {
        premisesId: premises.id,
        name: `${p.community}服务用房新建（选址中）`,
        adds: 'area',
        budgetFen: p.constructionFen,
        fundSource: '社区建设专项经费',
        allocationId: construction.id,
        priorityProject: true,
        priorityFunds: false,
        priorityEquipment: false,
        plannedAreaM2: 600,
        equipment: '',
      });
      await actOnProject(deps, actor, project.id, { action: 'start', on: '2015-10-08' });
    }
  }
  await createAllocation(deps, actor, {
    recipientUnitId: unit('南寨村'),
    year: 2015,
    kind: 'party_building',
    purpose: '拆迁不离党：流动党员活动经费',
    amountFen: VILLAGE_PARTY_FEN,
    allocatedOn: '2015-04-01',
  });

  // One over-budget case: 秦江's equipment cost more than what remained; a leader approved the difference first.
  const qj = await deps.db
    .selectFrom('fund_allocations')
    .select(['id', 'amount_fen'])
    .where('recipient_unit_id', '=', unit('秦江社区'))
    .where('kind', '=', 'community_construction')
    .executeTakeFirstOrThrow();
  if (accounts.leader)
    await approveOverBudget(deps, accounts.leader, qj.id, {
      extraFen: 50_000_00,
      reason: `设备采购价格上涨，经班子会研究同意追加${DEMO_MARK}`,
    });
  await recordExpenditure(deps, actor, qj.id, {
    amountFen: Math.ceil(qj.amount_fen / 10) + 30_000_00,
    spentOn: '2015-11-20',
    purpose: '设备采购（含超预算部分）',
    projectId: null,
  });

  const providers = new Map<string, string>();
  for (const pr of PROVIDERS) {
    const p = await createProvider(deps, actor, {
      unitId: unit(pr.community),
      name: pr.name,
      kind: pr.kind,
      description: `入驻社区服务中心，低偿服务${DEMO_MARK}`,
      contactPhone: null,
    });
    await addAgreement(deps, actor, p.id, {
      roomId: rooms.get(pr.community)?.get(pr.room) as string,
      startsOn: '2015-01-01',
      endsOn: '2017-12-31',
      conditions: '无偿使用场地，面向社区居民提供低偿服务，接受社区监督',
    });
    await createService(deps, actor, {
      unitId: unit(pr.community),
      code: pr.service.code,
      name: pr.service.name,
      description: `${pr.name}提供`,
      category: pr.kind === 'housekeeping' ? 'housekeeping' : 'elderly',
      programme: null,
      providedBy: 'provider',
      providerId: p.id,
      providerName: pr.name,
      priceKind: 'low_cost',
      priceFen: pr.service.priceFen,
      timeLimitHours: 24,
    });
    providers.set(pr.community, p.id);
  }
  if (accounts.provider)
    await linkAccount(deps, actor, providers.get('秦江社区') as string, { userId: accounts.provider.userId });

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
  for (const b of BRANDS)
    await createBrand(deps, actor, {
      unitId: unit(b.community),
      name: b.name,
      story: b.story,
      activities: b.activities,
    });
  for (const h of HONOURS)
    await createHonour(deps, actor, {
      unitId: unit(h.community),
      title: h.title,
      kind: h.kind,
      holder: h.holder,
      conferredBy: h.conferredBy,
      conferredOn: h.conferredOn,
    });

  await seedActivity(
    deps,
    actor,
    unit('秦江社区'),
    rooms.get('秦江社区') as Map<string, string>,
    providers.get('秦江社区') as string,
    accounts.resident,
  );
}

/** Requests in every state, a reception whose issue became a request, and bookings (confirmed, pending, cancelled) in 秦江. */
async function seedActivity(
  deps: Deps,
  actor: Actor,
  qinjiang: string,
  rooms: Map<string, string>,
  providerId: string,
  resident: Actor | null,
): Promise<void> {
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
  const submitter = resident ?? actor;
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

  const booker = resident ?? actor;
  await createBooking(deps, booker, {
    roomId: rooms.get('舞蹈室') as string,
    ...ahead(deps.clock, 2, 19),
    purpose: '广场舞队排练',
    attendees: 20,
    bookerKind: 'team',
    bookerName: '秦江夕阳红舞蹈队',
  });
  await createBooking(deps, booker, {
    roomId: rooms.get('党员活动室') as string,
    ...ahead(deps.clock, 3, 9),
    purpose: '党支部主题党日',
    attendees: 25,
    bookerKind: 'branch',
    bookerName: '秦江社区第一党支部',
  });
  const cancelled = await createBooking(deps, booker, {
    roomId: rooms.get('多媒体室') as string,
    ...ahead(deps.clock, 4, 15),
    purpose: '居民观影',
    attendees: 30,
    bookerKind: 'resident',
  });
  await actOnBooking(deps, booker, cancelled.id, { action: 'cancel', note: '' });
  await createBooking(deps, actor, {
    roomId: rooms.get('多功能会议室') as string,
    ...ahead(deps.clock, 5, 14),
    purpose: '居民议事会',
    attendees: 40,
    bookerKind: 'staff',
    bookerName: '秦江社区居委会',
  });
}
