import sharp from 'sharp';
import type { InjectOptions } from 'fastify';
import { randomUUID } from 'node:crypto';
import type { Deps } from '../src/deps.ts';
import type { Fixture } from './fixture.ts';
import type { Client } from './sessions.ts';
import { makeUser } from './sessions.ts';
import type { SERVICES_MATRIX } from './authorization-matrix.ts';
import { installServices, residentRequest, slotAhead, type CommunityServices } from './services-support.ts';
import { systemActor } from '../src/features/auth/system-actor.ts';
import { actOnRequest, addPhoto } from '../src/features/service-requests/requests.service.ts';
import { linkAccount } from '../src/features/providers/providers.service.ts';
import { createBooking } from '../src/features/bookings/bookings.service.ts';
import { createProject } from '../src/features/premises/projects.service.ts';
import { createAllocation } from '../src/features/funds/funds.service.ts';
import { recordReception } from '../src/features/service-requests/receptions.service.ts';
import { issueClientKey } from '../src/features/open311/open311.service.ts';
import { addBrandPhoto, createBrand } from '../src/features/brands/brands.service.ts';

/** Authorization-matrix probes for the services routes: one valid request per route, objects a write consumes fresh per cell. */
interface RequestSpec {
  method: NonNullable<InjectOptions['method']>;
  url: string;
  payload?: unknown;
  contentType?: string;
}
type Probe = (client: Client | null) => Promise<RequestSpec> | RequestSpec;

const uniq = (): string => randomUUID().replace(/-/g, '').slice(0, 10);

export function serviceProbes(deps: Deps, fx: Fixture): Record<keyof typeof SERVICES_MATRIX, Probe> {
  const community = fx.subdistricts[0].communities[0];
  let setup: Promise<CommunityServices> | null = null;
  const s = () => (setup ??= installServices(deps, community.id));
  const system = systemActor();
  let day = 20;
  const nextSlot = () => {
    day += 1;
    return slotAhead(day);
  };
  const png = () =>
    sharp({ create: { width: 8, height: 8, channels: 3, background: '#08f' } })
      .png()
      .toBuffer();

  /** A new brand of the community, by its id (createBrand answers with every brand in scope). */
  const freshBrand = async () => {
    const name = `品牌${uniq()}`;
    const v = await createBrand(deps, system, { unitId: community.id, name, story: '', activities: [] });
    return v.brands.find((b) => b.name === name)?.id as string;
  };
  const freshRequest = async (submitter = 'matrix-resident') => (await residentRequest(deps, await s(), submitter)).id;
  const requestWithPhoto = async (submitter = 'matrix-resident') => {
    const id = await freshRequest(submitter);
    const v = await addPhoto(deps, { ...system, userId: submitter }, id, await png());
    return { id, photoId: v.photos[0].id };
  };
  /**
   * Objects of the caller's own (residents and providers reach only their own bookings and requests). Made by the
   * system and then handed to the caller directly in the table: the caller's audit trail must hold only what the
   * probed request itself records.
   */
  const owner = (client: Client | null) => client?.userId ?? 'matrix-resident';
  const ownBooking = async (client: Client | null) => {
    const body = {
      roomId: (await s()).roomId,
      ...nextSlot(),
      purpose: '矩阵',
      attendees: 2,
      bookerKind: 'resident' as const,
    };
    const id = (await createBooking(deps, system, body)).id;
    await deps.db
      .updateTable('room_bookings')
      .set({ booker_id: owner(client) })
      .where('id', '=', id)
      .execute();
    return id;
  };
  const ownRequest = async (client: Client | null) => {
    const id = await freshRequest();
    await deps.db
      .updateTable('service_requests')
      .set({ submitted_by: owner(client) })
      .where('id', '=', id)
      .execute();
    return id;
  };
  /** A request dispatched to the provider the caller's account is linked to (when the caller is a provider). */
  const providerOrder = async (client: Client | null) => {
    const sv = await s();
    const role = client
      ? (await deps.db.selectFrom('users').select('role').where('id', '=', client.userId).executeTakeFirstOrThrow())
          .role
      : null;
    if (client && role === 'provider') await linkAccount(deps, system, sv.providerId, { userId: client.userId });
    const id = await freshRequest();
    await actOnRequest(deps, system, id, { action: 'accept', note: '' });
    await actOnRequest(deps, system, id, {
      action: 'dispatch',
      note: '',
      assigneeKind: 'provider',
      assigneeId: sv.providerId,
    });
    return id;
  };

  return {
    'GET /api/services/premises': () => ({ method: 'GET', url: '/api/services/premises' }),
    'POST /api/services/premises': () => ({
      method: 'POST',
      url: '/api/services/premises',
      payload: {
        unitId: community.id,
        name: `服务站${uniq()}`,
        areaM2: 120,
        obtained: 'joint_build',
        address: '甲一路',
        openingHours: '9:00-17:00',
        inUseFrom: '2015-01-01',
      },
    }),
    'GET /api/services/premises/:id': async () => ({
      method: 'GET',
      url: `/api/services/premises/${(await s()).premisesId}`,
    }),
    'PATCH /api/services/premises/:id': async () => ({
      method: 'PATCH',
      url: `/api/services/premises/${(await s()).premisesId}`,
      payload: { openingHours: '8:30-17:30' },
    }),
    'POST /api/services/premises/:id/rooms': async () => ({
      method: 'POST',
      url: `/api/services/premises/${(await s()).premisesId}/rooms`,
      payload: { name: `活动室${uniq()}`, kind: 'meeting', capacity: 10, bookable: true, needsApproval: false },
    }),
    'PATCH /api/services/rooms/:id': async () => ({
      method: 'PATCH',
      url: `/api/services/rooms/${(await s()).closedRoomId}`,
      payload: { capacity: 30 },
    }),
    'GET /api/services/area-stats': () => ({
      method: 'GET',
      url: '/api/services/area-stats?from=2015-01-01&to=2015-12-31',
    }),
    'GET /api/services/projects': () => ({ method: 'GET', url: '/api/services/projects' }),
    'POST /api/services/projects': async () => ({
      method: 'POST',
      url: '/api/services/projects',
      payload: {
        premisesId: (await s()).premisesId,
        name: '改造',
        adds: 'area',
        budgetFen: 100,
        fundSource: '专项',
        priorityProject: true,
        priorityFunds: false,
        priorityEquipment: false,
        plannedAreaM2: 10,
      },
    }),
    'POST /api/services/projects/:id/actions': async () => {
      const p = await createProject(deps, system, {
        premisesId: (await s()).premisesId,
        name: '改造',
        adds: 'area',
        budgetFen: 100,
        fundSource: '专项',
        allocationId: null,
        priorityProject: true,
        priorityFunds: false,
        priorityEquipment: false,
        plannedAreaM2: 10,
        equipment: '',
      });
      return {
        method: 'POST',
        url: `/api/services/projects/${p.id}/actions`,
        payload: { action: 'start', on: '2015-02-01' },
      };
    },

    'GET /api/funds/allocations': () => ({ method: 'GET', url: '/api/funds/allocations' }),
    'POST /api/funds/allocations': () => ({
      method: 'POST',
      url: '/api/funds/allocations',
      payload: {
        recipientUnitId: community.id,
        year: 2015,
        kind: 'party_building',
        purpose: '党建',
        amountFen: 100_00,
        allocatedOn: '2015-02-01',
      },
    }),
    'GET /api/funds/allocations/:id': async () => ({
      method: 'GET',
      url: `/api/funds/allocations/${(await createAllocation(deps, system, { recipientUnitId: community.id, year: 2015, kind: 'other', purpose: '矩阵', amountFen: 100, allocatedOn: '2015-01-02' })).id}`,
    }),
    'POST /api/funds/allocations/:id/expenditures': async () => ({
      method: 'POST',
      url: `/api/funds/allocations/${(await createAllocation(deps, system, { recipientUnitId: community.id, year: 2015, kind: 'other', purpose: '矩阵', amountFen: 100, allocatedOn: '2015-01-02' })).id}/expenditures`,
      payload: { amountFen: 50, spentOn: '2015-03-01', purpose: '办公' },
    }),
    'POST /api/funds/allocations/:id/approvals': async () => ({
      method: 'POST',
      url: `/api/funds/allocations/${(await createAllocation(deps, system, { recipientUnitId: community.id, year: 2015, kind: 'other', purpose: '矩阵', amountFen: 100, allocatedOn: '2015-01-02' })).id}/approvals`,
      payload: { extraFen: 10, reason: '追加预算' },
    }),
    'GET /api/funds/totals': () => ({ method: 'GET', url: '/api/funds/totals?year=2015' }),
    'GET /api/funds/over-budget': () => ({ method: 'GET', url: '/api/funds/over-budget' }),

    'GET /api/bookings/rooms': () => ({ method: 'GET', url: '/api/bookings/rooms' }),
    'GET /api/bookings': () => ({ method: 'GET', url: '/api/bookings' }),
    'POST /api/bookings': async () => ({
      method: 'POST',
      url: '/api/bookings',
      payload: { roomId: (await s()).roomId, ...nextSlot(), purpose: '活动', attendees: 3 },
    }),
    'GET /api/bookings/:id': async (client) => ({ method: 'GET', url: `/api/bookings/${await ownBooking(client)}` }),
    'POST /api/bookings/:id/actions': async (client) => ({
      method: 'POST',
      url: `/api/bookings/${await ownBooking(client)}/actions`,
      payload: { action: 'cancel' },
    }),
    'GET /api/services/bookings': () => ({ method: 'GET', url: '/api/services/bookings' }),
    'GET /api/public/rooms/:id/calendar.ics': async () => ({
      method: 'GET',
      url: `/api/public/rooms/${(await s()).roomId}/calendar.ics`,
    }),

    'GET /api/services/providers': () => ({ method: 'GET', url: '/api/services/providers' }),
    'POST /api/services/providers': () => ({
      method: 'POST',
      url: '/api/services/providers',
      payload: { unitId: community.id, name: `家政${uniq()}`, kind: 'housekeeping' },
    }),
    'GET /api/services/providers/:id': async () => ({
      method: 'GET',
      url: `/api/services/providers/${(await s()).providerId}`,
    }),
    'POST /api/services/providers/:id/agreements': async () => ({
      method: 'POST',
      url: `/api/services/providers/${(await s()).providerId}/agreements`,
      payload: { roomId: (await s()).closedRoomId, startsOn: '2015-01-01', endsOn: '2016-12-31', conditions: '无偿' },
    }),
    'POST /api/services/providers/:id/accounts': async () => ({
      method: 'POST',
      url: `/api/services/providers/${(await s()).providerId}/accounts`,
      payload: { userId: (await makeUser(deps, 'provider', community.id)).id },
    }),
    'GET /api/services/providers/:id/account-candidates': async () => ({
      method: 'GET',
      url: `/api/services/providers/${(await s()).providerId}/account-candidates`,
    }),
    'DELETE /api/services/providers/:id/accounts/:userId': async () => {
      const { providerId } = await s();
      const user = await makeUser(deps, 'provider', community.id);
      await linkAccount(deps, system, providerId, { userId: user.id });
      return { method: 'DELETE', url: `/api/services/providers/${providerId}/accounts/${user.id}` };
    },

    'GET /api/services/catalog': () => ({ method: 'GET', url: '/api/services/catalog' }),
    'POST /api/services/catalog': () => ({
      method: 'POST',
      url: '/api/services/catalog',
      payload: {
        unitId: community.id,
        code: `M-${uniq()}`,
        name: '理发',
        category: 'other',
        providedBy: 'volunteer_team',
        providerName: '志愿队',
        priceKind: 'free',
        priceFen: 0,
        timeLimitHours: 24,
      },
    }),
    'PATCH /api/services/catalog/:id': async () => ({
      method: 'PATCH',
      url: `/api/services/catalog/${(await s()).serviceId}`,
      payload: { description: '上门理发，每周二', timeLimitHours: 48 },
    }),
    'POST /api/services/catalog/:id/active': async () => ({
      method: 'POST',
      url: `/api/services/catalog/${(await s()).serviceId}/active`,
      payload: { active: true },
    }),
    'GET /api/services/requests': () => ({ method: 'GET', url: '/api/services/requests' }),
    'POST /api/services/requests': async () => ({
      method: 'POST',
      url: '/api/services/requests',
      payload: {
        serviceId: (await s()).serviceId,
        description: '来电',
        address: '甲一路',
        channel: 'phone',
        contactName: '李四',
        contactPhone: '13700137000',
      },
    }),
    'GET /api/services/requests/:id': async () => ({
      method: 'GET',
      url: `/api/services/requests/${await freshRequest()}`,
    }),
    'POST /api/services/requests/:id/actions': async () => ({
      method: 'POST',
      url: `/api/services/requests/${await freshRequest()}/actions`,
      payload: { action: 'accept' },
    }),
    'GET /api/services/requests/:id/photos/:photoId': async () => {
      const r = await requestWithPhoto();
      return { method: 'GET', url: `/api/services/requests/${r.id}/photos/${r.photoId}` };
    },
    'GET /api/portal/services': () => ({ method: 'GET', url: '/api/portal/services' }),
    'GET /api/portal/requests': () => ({ method: 'GET', url: '/api/portal/requests' }),
    'POST /api/portal/requests': async () => ({
      method: 'POST',
      url: '/api/portal/requests',
      payload: { serviceId: (await s()).serviceId, description: '求助', address: '甲一路' },
    }),
    'GET /api/portal/requests/:id': async (client) => ({
      method: 'GET',
      url: `/api/portal/requests/${await ownRequest(client)}`,
    }),
    'POST /api/portal/requests/:id/actions': async (client) => {
      const id = await ownRequest(client);
      const sv = await s();
      for (const step of [
        { action: 'accept' },
        { action: 'dispatch', assigneeKind: 'provider', assigneeId: sv.providerId },
        { action: 'start' },
        { action: 'complete' },
      ] as const) {
        await actOnRequest(deps, system, id, { note: '', ...step });
      }
      return { method: 'POST', url: `/api/portal/requests/${id}/actions`, payload: { action: 'rate', rating: 4 } };
    },
    'POST /api/portal/requests/:id/publicity': async (client) => ({
      method: 'POST',
      url: `/api/portal/requests/${await ownRequest(client)}/publicity`,
      payload: { publicConsent: true, publicPhotos: false },
    }),
    'POST /api/portal/requests/:id/photos': async (client) => ({
      method: 'POST',
      url: `/api/portal/requests/${await ownRequest(client)}/photos`,
      payload: await png(),
      contentType: 'image/png',
    }),
    'GET /api/portal/requests/:id/photos/:photoId': async (client) => {
      const r = await requestWithPhoto();
      await deps.db
        .updateTable('service_requests')
        .set({ submitted_by: owner(client) })
        .where('id', '=', r.id)
        .execute();
      return { method: 'GET', url: `/api/portal/requests/${r.id}/photos/${r.photoId}` };
    },
    'GET /api/provider/orders': () => ({ method: 'GET', url: '/api/provider/orders' }),
    'GET /api/provider/orders/:id': async (client) => ({
      method: 'GET',
      url: `/api/provider/orders/${await providerOrder(client)}`,
    }),
    'POST /api/provider/orders/:id/actions': async (client) => ({
      method: 'POST',
      url: `/api/provider/orders/${await providerOrder(client)}/actions`,
      payload: { action: 'start' },
    }),

    'GET /api/services/receptions': () => ({ method: 'GET', url: '/api/services/receptions' }),
    'POST /api/services/receptions': () => ({
      method: 'POST',
      url: '/api/services/receptions',
      payload: {
        unitId: community.id,
        heldOn: '2015-05-05',
        representatives: '党代表',
        visitors: 3,
        issues: [{ issue: '噪音扰民' }],
      },
    }),
    'GET /api/services/receptions/:id': async () => ({
      method: 'GET',
      url: `/api/services/receptions/${(await recordReception(deps, system, { unitId: community.id, heldOn: '2015-05-05', representatives: '党代表', visitors: 3, issues: [{ issue: '噪音', followUp: '' }] })).id}`,
    }),
    'POST /api/services/receptions/:id/issues/:issueId/request': async () => {
      const r = await recordReception(deps, system, {
        unitId: community.id,
        heldOn: '2015-05-05',
        representatives: '党代表',
        visitors: 3,
        issues: [{ issue: '噪音', followUp: '' }],
      });
      return {
        method: 'POST',
        url: `/api/services/receptions/${r.id}/issues/${r.issues[0].id}/request`,
        payload: { serviceId: (await s()).serviceId, address: '甲一路' },
      };
    },

    'GET /api/services/open311-clients': () => ({ method: 'GET', url: '/api/services/open311-clients' }),
    'POST /api/services/open311-clients': () => ({
      method: 'POST',
      url: '/api/services/open311-clients',
      payload: { unitId: fx.subdistricts[0].id, name: '热线' },
    }),
    'POST /api/services/open311-clients/:id/revoke': async () => ({
      method: 'POST',
      url: `/api/services/open311-clients/${(await issueClientKey(deps, system, { unitId: fx.subdistricts[0].id, name: '热线' })).id}/revoke`,
      payload: {},
    }),

    'GET /api/services/brands': () => ({ method: 'GET', url: '/api/services/brands' }),
    'POST /api/services/brands': () => ({
      method: 'POST',
      url: '/api/services/brands',
      payload: { unitId: community.id, name: `品牌${uniq()}`, story: '故事', activities: [] },
    }),
    'POST /api/services/brands/:id/photos': async () => ({
      method: 'POST',
      url: `/api/services/brands/${await freshBrand()}/photos`,
      payload: await png(),
      contentType: 'image/png',
    }),
    'GET /api/public/brands/:id/photos/:photoId': async () => {
      const brandId = await freshBrand();
      const photoId = (await addBrandPhoto(deps, system, brandId, await png())).brands.find((b) => b.id === brandId)
        ?.photoIds[0];
      return { method: 'GET', url: `/api/public/brands/${brandId}/photos/${photoId}` };
    },
    'POST /api/services/honours': () => ({
      method: 'POST',
      url: '/api/services/honours',
      payload: {
        unitId: community.id,
        title: '示范点',
        kind: 'honour',
        holder: '社区党委',
        conferredBy: '区委',
        conferredOn: '2015-07-01',
      },
    }),
    'GET /api/public/communities': () => ({ method: 'GET', url: '/api/public/communities' }),
    'GET /api/public/communities/:id': () => ({ method: 'GET', url: `/api/public/communities/${community.id}` }),
  };
}
