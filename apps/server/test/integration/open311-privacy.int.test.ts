import { beforeAll, describe, expect, it } from 'vitest';
import sharp from 'sharp';
import type { RequestView } from '@jishi/shared';
import { buildApp } from '../../src/app.ts';
import { createTestContext, readJson } from '../harness.ts';
import { buildFixture, type Fixture } from '../fixture.ts';
import { clientFor, type Client } from '../sessions.ts';
import { installServices, openClientKey, type CommunityServices } from '../services-support.ts';

/**
 * The public Open311 feed shows only what residents agreed to publish (decision 0028): private requests never
 * appear (list or detail), published ones are reduced (masked text, building-level address, rounded coordinates,
 * fixed status notes, the community as agency, photos only if agreed), and discovery uses the configured base URL.
 */
type Ctx = Awaited<ReturnType<typeof createTestContext>>;
type FeedItem = Record<string, unknown>;

const PHONE = '13800000001';
const ID_NUMBER = '41010519900307123X';
const DESCRIPTION = `楼道漏水，请联系${PHONE}，身份证${ID_NUMBER}，我住5号楼3单元502室`;
const ADDRESS = '幸福小区5号楼3单元502室';
const STAFF_NOTE = '内部备注：住户张某某情绪激动，已报派出所';

describe('Open311 publishes only what residents agree', () => {
  let ctx: Ctx;
  let fx: Fixture;
  let s: CommunityServices;
  let resident: Client;
  let worker: Client;
  let apiKey: string;
  let png: Buffer;
  const get = (url: string, headers: Record<string, string> = {}) => ctx.app.inject({ method: 'GET', url, headers });
  const feed = async (query = '') =>
    JSON.parse((await get(`/open311/v2/requests.json?service_code=${s.serviceCode}${query}`)).body) as FeedItem[];
  const submit = async (body: Record<string, unknown>) => {
    const res = await resident.post('/api/portal/requests', {
      serviceId: s.serviceId,
      description: DESCRIPTION,
      address: ADDRESS,
      lat: 34.746_612,
      lon: 113.625_344,
      ...body,
    });
    expect(res.statusCode, res.body).toBe(200);
    return readJson<RequestView>(res);
  };
  const addPhoto = async (id: string) => {
    const res = await resident.request('POST', `/api/portal/requests/${id}/photos`, png, {
      'content-type': 'image/png',
    });
    expect(res.statusCode, res.body).toBe(200);
    return readJson<RequestView>(res).photos[0].id;
  };
  const storedConsent = (id: string) =>
    ctx.deps.db
      .selectFrom('service_requests')
      .select(['public_consent', 'public_photos'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();

  beforeAll(async () => {
    ctx = await createTestContext();
    fx = await buildFixture(ctx.deps);
    const community = fx.subdistricts[0].communities[0];
    s = await installServices(ctx.deps, community.id);
    resident = await clientFor(ctx.app, ctx.deps, 'resident', community.id);
    worker = await clientFor(ctx.app, ctx.deps, 'community_worker', community.id);
    apiKey = await openClientKey(ctx.deps, fx.subdistricts[0].id);
    png = await sharp({ create: { width: 24, height: 16, channels: 3, background: '#0a0' } })
      .png()
      .toBuffer();
  });

  it('the portal stores the consent; unchecked (or photos without the request) stays private', async () => {
    const agreed = await submit({ publicConsent: true, publicPhotos: true });
    expect([agreed.publicConsent, agreed.publicPhotos]).toEqual([true, true]);
    expect(await storedConsent(agreed.id)).toEqual({ public_consent: 1, public_photos: 1 });
    const silent = await submit({});
    expect([silent.publicConsent, silent.publicPhotos]).toEqual([false, false]);
    expect(await storedConsent(silent.id)).toEqual({ public_consent: 0, public_photos: 0 });
    const photosOnly = await submit({ publicPhotos: true });
    expect(await storedConsent(photosOnly.id)).toEqual({ public_consent: 0, public_photos: 0 });
    const mine = readJson<RequestView>(await resident.get(`/api/portal/requests/${agreed.id}`));
    expect(mine.publicConsent).toBe(true);
    // A worker recording a call stores the caller's answer; without one the request stays private.
    for (const publicConsent of [true, undefined]) {
      const recorded = await worker.post('/api/services/requests', {
        serviceId: s.serviceId,
        description: '来电',
        address: ADDRESS,
        channel: 'phone',
        contactName: '王大爷',
        contactPhone: '13800000003',
        ...(publicConsent && { publicConsent }),
      });
      expect(recorded.statusCode, recorded.body).toBe(200);
      expect(await storedConsent(readJson<RequestView>(recorded).id)).toEqual({
        public_consent: publicConsent ? 1 : 0,
        public_photos: 0,
      });
    }
  });

  it('private requests (portal without consent, Open311 POST, recorded by staff) never appear in list or detail', async () => {
    const portal = await submit({ description: '私密诉求甲' });
    const posted = await ctx.app.inject({
      method: 'POST',
      url: '/open311/v2/requests.json',
      payload: new URLSearchParams({
        api_key: apiKey,
        service_code: s.serviceCode,
        address_string: ADDRESS,
        description: '私密诉求乙',
      }).toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(posted.statusCode, posted.body).toBe(201);
    const viaOpen311 = String((JSON.parse(posted.body) as FeedItem[])[0].service_request_id);
    const staff = await worker.post('/api/services/requests', {
      serviceId: s.serviceId,
      description: '私密诉求丙',
      address: ADDRESS,
      channel: 'phone',
      contactName: '王大爷',
      contactPhone: '13800000002',
    });
    expect(staff.statusCode, staff.body).toBe(200);
    const ids = [portal.id, viaOpen311, readJson<RequestView>(staff).id];
    await worker.post(`/api/services/requests/${portal.id}/actions`, { action: 'accept' });

    const listed = [...(await feed()), ...(await feed(`&service_request_id=${ids.join(',')}`))];
    for (const id of ids) expect(listed.map((r) => r.service_request_id)).not.toContain(id);
    expect(JSON.stringify(listed)).not.toMatch(/私密诉求/);
    for (const id of ids)
      for (const format of ['json', 'xml']) {
        const one = await get(`/open311/v2/requests/${id}.${format}`);
        expect(one.statusCode, `${id}.${format}`).toBe(404);
        expect(one.body).not.toMatch(/私密诉求/);
      }
    const xmlList = await get(`/open311/v2/requests.xml?service_request_id=${ids.join(',')}`);
    expect(xmlList.body).not.toMatch(/私密诉求|<request>/);
  });

  it('a published request is reduced: masked text, no flat number, rounded coordinates, no staff notes or names', async () => {
    const rejected = await submit({ publicConsent: true });
    await worker.post(`/api/services/requests/${rejected.id}/actions`, { action: 'reject', note: STAFF_NOTE });
    const dispatched = await submit({ publicConsent: true });
    await worker.post(`/api/services/requests/${dispatched.id}/actions`, { action: 'accept' });
    const handed = await worker.post(`/api/services/requests/${dispatched.id}/actions`, {
      action: 'dispatch',
      assigneeKind: 'team',
      assigneeId: '李师傅维修小组',
      note: STAFF_NOTE,
    });
    expect(handed.statusCode, handed.body).toBe(200);

    const items = await feed(`&service_request_id=${rejected.id},${dispatched.id}`);
    expect(items.map((r) => r.service_request_id).sort()).toEqual([rejected.id, dispatched.id].sort());
    const body = JSON.stringify(items);
    for (const secret of [PHONE, ID_NUMBER, '502室', '3单元', STAFF_NOTE, '张某某', '李师傅'])
      expect(body, secret).not.toContain(secret);
    const community = readJson<RequestView>(await worker.get(`/api/services/requests/${rejected.id}`)).unitName;
    for (const r of items) {
      expect(r.description).toMatch(/^楼道漏水，请联系\d{3}\*{4}\d{4}，身份证\d{6}\*{8}\d{3}[\dX]，我住5号楼\*+$/);
      expect(r.address).toBe('幸福小区5号楼');
      expect([r.lat, r.long]).toEqual([34.747, 113.625]);
      expect(r.agency_responsible).toBe(community);
      expect(r.media_url).toBe('');
    }
    const byId = new Map(items.map((r) => [r.service_request_id, r]));
    expect(byId.get(rejected.id)?.status_notes).toBe('不予受理 / not accepted');
    expect(byId.get(dispatched.id)?.status_notes).toBe('已派单 / dispatched');

    const one = await get(`/open311/v2/requests/${rejected.id}.xml`);
    expect(one.statusCode).toBe(200);
    expect(one.body).toContain('<address>幸福小区5号楼</address>');
    for (const secret of [PHONE, ID_NUMBER, '502室', STAFF_NOTE]) expect(one.body, secret).not.toContain(secret);
  });

  it('photos are published only when the resident agreed to publish them', async () => {
    const withoutPhotos = await submit({ publicConsent: true });
    const hiddenPhoto = await addPhoto(withoutPhotos.id);
    const withPhotos = await submit({ publicConsent: true, publicPhotos: true });
    const shownPhoto = await addPhoto(withPhotos.id);
    const privateOne = await submit({ publicPhotos: true });
    const privatePhoto = await addPhoto(privateOne.id);

    const [hidden] = await feed(`&service_request_id=${withoutPhotos.id}`);
    expect(hidden.media_url).toBe('');
    const [shown] = await feed(`&service_request_id=${withPhotos.id}`);
    const path = `/open311/v2/requests/${withPhotos.id}/photos/${shownPhoto}`;
    expect(shown.media_url).toBe(`${ctx.deps.config.publicBaseUrl}${path}`);
    const bytes = await get(path);
    expect([bytes.statusCode, bytes.headers['content-type']]).toEqual([200, 'image/png']);

    for (const [id, photo] of [
      [withoutPhotos.id, hiddenPhoto],
      [privateOne.id, privatePhoto],
    ]) {
      const res = await get(`/open311/v2/requests/${id}/photos/${photo}`);
      expect(res.statusCode, id).toBe(404);
      expect(res.headers['content-type']).toMatch(/^application\/json/);
    }
  });

  it('the resident alone can withdraw (or give) the consent; the feed follows at once, and the change is audited', async () => {
    const r = await submit({ publicConsent: true, publicPhotos: true });
    await addPhoto(r.id);
    expect((await feed(`&service_request_id=${r.id}`)).map((x) => x.service_request_id)).toEqual([r.id]);
    const url = `/api/portal/requests/${r.id}/publicity`;
    expect((await worker.post(url, { publicConsent: false, publicPhotos: false })).statusCode).toBe(403);
    const neighbour = await clientFor(ctx.app, ctx.deps, 'resident', s.communityId);
    expect((await neighbour.post(url, { publicConsent: false, publicPhotos: false })).statusCode).toBe(404);
    expect((await resident.post(url, { publicConsent: false })).statusCode).toBe(400);

    const withdrawn = await resident.post(url, { publicConsent: false, publicPhotos: true });
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    expect([readJson<RequestView>(withdrawn).publicConsent, readJson<RequestView>(withdrawn).publicPhotos]).toEqual([
      false,
      false,
    ]);
    expect(await feed(`&service_request_id=${r.id}`)).toEqual([]);
    expect((await get(`/open311/v2/requests/${r.id}.json`)).statusCode).toBe(404);
    const audit = await ctx.deps.db
      .selectFrom('audit_log')
      .select(['action', 'actor_id'])
      .where('subject_id', '=', r.id)
      .where('action', '=', 'request.publicity')
      .execute();
    expect(audit).toEqual([{ action: 'request.publicity', actor_id: resident.userId }]);

    await resident.post(url, { publicConsent: true, publicPhotos: false });
    const [again] = await feed(`&service_request_id=${r.id}`);
    expect([again.service_request_id, again.media_url]).toEqual([r.id, '']);
  });

  it('discovery names the configured public base URL, whatever Host header comes in', async () => {
    const forged = { host: 'evil.example:8443', 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'https' };
    const json = JSON.parse((await get('/open311/v2/discovery.json', forged)).body) as {
      endpoints: { url: string }[];
    };
    expect(json.endpoints[0].url).toBe(`${ctx.deps.config.publicBaseUrl}/open311/v2`);
    expect((await get('/open311/v2/discovery.xml', forged)).body).not.toContain('evil.example');

    const configured = await buildApp({
      ...ctx.deps,
      config: Object.freeze({ ...ctx.deps.config, publicBaseUrl: 'https://jishi.example.gov.cn/zz' }),
    });
    try {
      const res = await configured.inject({ method: 'GET', url: '/open311/v2/discovery.json', headers: forged });
      expect((JSON.parse(res.body) as { endpoints: { url: string }[] }).endpoints[0].url).toBe(
        'https://jishi.example.gov.cn/zz/open311/v2',
      );
    } finally {
      await configured.close();
    }
  });
});
