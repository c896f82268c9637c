import type { Deps } from '../src/deps.ts';
import type { Fixture } from './fixture.ts';
import { systemActor } from '../src/features/auth/system-actor.ts';
import { addRoom, createPremises } from '../src/features/premises/premises.service.ts';
import { createProvider, linkAccount } from '../src/features/providers/providers.service.ts';
import { createService } from '../src/features/service-requests/catalog.service.ts';
import { issueClientKey } from '../src/features/open311/open311.service.ts';
import { submitRequest } from '../src/features/service-requests/requests.service.ts';
import { makeUser } from './sessions.ts';

/** Test helpers for the services module: per fixture community a premises with three rooms, a provider and two services. */
export interface CommunityServices {
  communityId: string;
  premisesId: string;
  /** Bookable without approval. */
  roomId: string;
  /** Bookable, needs the community's approval. */
  approvalRoomId: string;
  /** Not bookable. */
  closedRoomId: string;
  providerId: string;
  /** Delivered by the community, free. */
  serviceId: string;
  serviceCode: string;
  /** Delivered by the provider, low-cost. */
  providerServiceId: string;
}

let codes = 0;
export async function installServices(deps: Deps, communityId: string): Promise<CommunityServices> {
  const actor = systemActor();
  codes += 1;
  const p = await createPremises(deps, actor, {
    unitId: communityId,
    name: '社区党群服务中心',
    areaM2: 800,
    obtained: 'rebuilt',
    address: '测试路1号',
    openingHours: '8:30-17:30',
    inUseFrom: '2014-01-01',
  });
  await addRoom(deps, actor, p.id, {
    name: '多功能活动室',
    kind: 'multimedia',
    capacity: 40,
    bookable: true,
    needsApproval: false,
  });
  await addRoom(deps, actor, p.id, {
    name: '舞蹈室',
    kind: 'dance',
    capacity: 20,
    bookable: true,
    needsApproval: true,
  });
  const full = await addRoom(deps, actor, p.id, {
    name: '一站式服务大厅',
    kind: 'service_hall',
    capacity: 30,
    bookable: false,
    needsApproval: false,
  });
  const [room, approvalRoom, closedRoom] = full.rooms;
  const provider = await createProvider(deps, actor, {
    unitId: communityId,
    name: `夕阳红养老服务中心${codes}`,
    kind: 'elderly_care',
    description: '助餐、助浴',
    contactPhone: '13800138000',
  });
  const code = `T${codes}-REPAIR`;
  const service = await createService(deps, actor, {
    unitId: communityId,
    code,
    name: '家电维修',
    description: '上门维修',
    category: 'repair',
    programme: '6+1',
    providedBy: 'community',
    providerId: null,
    providerName: '社区志愿服务队',
    priceKind: 'free',
    priceFen: 0,
    timeLimitHours: 48,
  });
  const providerService = await createService(deps, actor, {
    unitId: communityId,
    code: `T${codes}-MEAL`,
    name: '老年助餐',
    description: '午餐配送',
    category: 'elderly',
    programme: null,
    providedBy: 'provider',
    providerId: provider.id,
    providerName: provider.name,
    priceKind: 'low_cost',
    priceFen: 800,
    timeLimitHours: 24,
  });
  return {
    communityId,
    premisesId: p.id,
    roomId: room.id,
    approvalRoomId: approvalRoom.id,
    closedRoomId: closedRoom.id,
    providerId: provider.id,
    serviceId: service.id,
    serviceCode: code,
    providerServiceId: providerService.id,
  };
}

/** A provider account linked to the provider (as the community would link it). */
export async function providerAccount(deps: Deps, s: CommunityServices) {
  const user = await makeUser(deps, 'provider', s.communityId);
  await linkAccount(deps, systemActor(), s.providerId, { userId: user.id });
  return user;
}

export async function installAllServices(deps: Deps, fx: Fixture): Promise<CommunityServices[]> {
  const out: CommunityServices[] = [];
  for (const s of fx.subdistricts) for (const c of s.communities) out.push(await installServices(deps, c.id));
  return out;
}

export const openClientKey = async (deps: Deps, unitId: string) =>
  (await issueClientKey(deps, systemActor(), { unitId, name: '12345市民服务热线' })).apiKey;

/**
 * A request submitted by a resident actor of the community (through the service, as the portal would); private
 * unless `extra` carries the resident's consent to publish it.
 */
export async function residentRequest(
  deps: Deps,
  s: CommunityServices,
  residentUserId: string,
  extra: Partial<Parameters<typeof submitRequest>[2]> = {},
) {
  const actor = { ...systemActor(), userId: residentUserId, role: 'resident' as const, displayName: '居民' };
  return submitRequest(deps, actor, {
    serviceId: s.providerServiceId,
    description: '需要送餐',
    address: '测试路1号院',
    ...extra,
  });
}

/** The next half hour at least `days` days ahead, as an ISO instant. */
export function slotAhead(days: number, hour = 2): { startsAt: string; endsAt: string } {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() + days);
  d.setUTCHours(hour, 0, 0, 0);
  return { startsAt: d.toISOString(), endsAt: new Date(d.getTime() + 3_600_000).toISOString() };
}
