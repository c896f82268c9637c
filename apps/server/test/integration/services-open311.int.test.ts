import { beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, countRows } from '../harness.ts';
import { buildFixture, type Fixture } from '../fixture.ts';
import { installServices, openClientKey, residentRequest, type CommunityServices } from '../services-support.ts';
import { makeUser } from '../sessions.ts';

/**
 * Open311 GeoReport v2 (http://wiki.open311.org/GeoReport_v2): our responses checked against the spec's field
 * lists in JSON and XML, the spec's error format, and api_key handling (keys stored hashed, required to POST).
 */
type Ctx = Awaited<ReturnType<typeof createTestContext>>;

const SERVICE_FIELDS = ['service_code', 'service_name', 'description', 'metadata', 'type', 'keywords', 'group'];
const REQUEST_FIELDS = [
  'service_request_id',
  'status',
  'status_notes',
  'service_name',
  'service_code',
  'description',
  'agency_responsible',
  'service_notice',
  'requested_datetime',
  'updated_datetime',
  'expected_datetime',
  'address',
  'address_id',
  'zipcode',
  'lat',
  'long',
  'media_url',
];
const POST_FIELDS = ['service_request_id', 'service_notice', 'account_id'];
const DISCOVERY_FIELDS = ['changeset', 'contact', 'key_service', 'endpoints'];
const ENDPOINT_FIELDS = ['specification', 'url', 'changeset', 'type', 'formats'];

/** Child element names of every <item> directly under <root> (a tiny reader for the flat XML GeoReport uses). */
function xmlItems(xml: string, root: string, item: string): Record<string, string>[] {
  const body = new RegExp(`<${root}>([\\s\\S]*)</${root}>`).exec(xml)?.[1] ?? '';
  return [...body.matchAll(new RegExp(`<${item}>([\\s\\S]*?)</${item}>`, 'g'))].map((m) => {
    const out: Record<string, string> = {};
    for (const f of m[1].matchAll(/<([a-z_]+)(?:\/>|>([\s\S]*?)<\/\1>)/g)) out[f[1]] = f[2] ?? '';
    return out;
  });
}

describe('Open311 GeoReport v2', () => {
  let ctx: Ctx;
  let fx: Fixture;
  let s: CommunityServices;
  let other: CommunityServices;
  let apiKey: string;
  const get = (url: string) => ctx.app.inject({ method: 'GET', url });
  const postForm = (url: string, fields: Record<string, string>) =>
    ctx.app.inject({
      method: 'POST',
      url,
      payload: new URLSearchParams(fields).toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });

  beforeAll(async () => {
    ctx = await createTestContext();
    fx = await buildFixture(ctx.deps);
    s = await installServices(ctx.deps, fx.subdistricts[0].communities[0].id);
    other = await installServices(ctx.deps, fx.subdistricts[1].communities[0].id);
    apiKey = await openClientKey(ctx.deps, fx.subdistricts[0].id);
  });

  it('declares its access like every route (public reads; POST checks the api_key)', () => {
    const open311 = ctx.app.printRoutes({ commonPrefix: false });
    expect(open311).toContain('/open311/v2/services.json');
    expect(open311).toContain('/open311/v2/requests.xml');
  });

  it('service discovery in JSON and XML', async () => {
    const json = await get('/open311/v2/discovery.json');
    expect(json.headers['content-type']).toMatch(/^application\/json/);
    const d = JSON.parse(json.body) as Record<string, unknown> & { endpoints: Record<string, unknown>[] };
    expect(Object.keys(d).sort()).toEqual([...DISCOVERY_FIELDS].sort());
    expect(Object.keys(d.endpoints[0]).sort()).toEqual([...ENDPOINT_FIELDS].sort());
    expect(d.endpoints[0].formats).toEqual(['text/xml', 'application/json']);
    const xml = await get('/open311/v2/discovery.xml');
    expect(xml.headers['content-type']).toMatch(/^text\/xml/);
    expect(xml.body).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?><discovery><changeset>/);
    expect(xml.body).toContain('<formats><format>text/xml</format><format>application/json</format></formats>');
  });

  it("GET services: the spec's fields in JSON and XML, filtered by jurisdiction", async () => {
    const list = JSON.parse(
      (await get(`/open311/v2/services.json?jurisdiction_id=${fx.subdistricts[0].id}`)).body,
    ) as Record<string, unknown>[];
    expect(list.map((x) => x.service_code).sort()).toEqual(
      [s.serviceCode, `${s.serviceCode.split('-')[0]}-MEAL`].sort(),
    );
    for (const item of list) {
      expect(Object.keys(item).sort()).toEqual([...SERVICE_FIELDS].sort());
      expect(['realtime', 'batch', 'blackbox']).toContain(item.type);
      expect(typeof item.metadata).toBe('boolean');
    }
    const xml = await get(`/open311/v2/services.xml?jurisdiction_id=${fx.subdistricts[0].id}`);
    const items = xmlItems(xml.body, 'services', 'service');
    expect(items).toHaveLength(2);
    for (const item of items) expect(Object.keys(item).sort()).toEqual([...SERVICE_FIELDS].sort());
    expect(items.map((i) => i.metadata)).toEqual(['false', 'false']);
  });

  it("GET a service definition; an unknown service code is the spec's 404 error list", async () => {
    const def = JSON.parse((await get(`/open311/v2/services/${s.serviceCode}.json`)).body) as {
      service_code: string;
      attributes: unknown[];
    };
    expect(def).toEqual({ service_code: s.serviceCode, attributes: [] });
    expect((await get(`/open311/v2/services/${s.serviceCode}.xml`)).body).toContain(
      `<service_definition><service_code>${s.serviceCode}</service_code><attributes></attributes></service_definition>`,
    );
    const missing = await get('/open311/v2/services/NO-SUCH.json');
    expect(missing.statusCode).toBe(404);
    expect(JSON.parse(missing.body)).toEqual([{ code: 404, description: 'service_code not found' }]);
    const missingXml = await get('/open311/v2/services/NO-SUCH.xml');
    expect(missingXml.body).toBe(
      '<?xml version="1.0" encoding="utf-8"?><errors><error><code>404</code><description>service_code not found</description></error></errors>',
    );
  });

  it('POST requests needs a valid api_key (403 otherwise, nothing written); keys are stored hashed', async () => {
    const before = await countRows(ctx.deps, 'service_requests');
    for (const key of [undefined, 'wrong-key']) {
      const res = await postForm('/open311/v2/requests.json', {
        ...(key && { api_key: key }),
        service_code: s.serviceCode,
        address_string: '甲一路',
        description: '路灯不亮',
      });
      expect(res.statusCode).toBe(403);
      expect(JSON.parse(res.body)[0]).toMatchObject({ code: 403 });
    }
    expect(await countRows(ctx.deps, 'service_requests')).toBe(before);
    const stored = await ctx.deps.db.selectFrom('open311_clients').select('key_hash').execute();
    expect(stored.map((r) => r.key_hash)).not.toContain(apiKey);
    expect(stored[0].key_hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("POST requests in JSON and XML; bad input is the spec's 400/404 error and nothing is written", async () => {
    const before = await countRows(ctx.deps, 'service_requests');
    const bad = [
      [{ service_code: s.serviceCode, description: '无位置' }, 400],
      [{ service_code: 'NO-SUCH', address_string: '甲一路', description: 'x' }, 404],
      [{ service_code: other.serviceCode, address_string: '甲一路', description: '别的街道' }, 404],
      [{ service_code: s.serviceCode, lat: '91', long: '113.6', description: 'x' }, 400],
      [{ service_code: s.serviceCode, address_string: '甲一路', description: 'x', phone: '12345' }, 400],
    ] as const;
    for (const [fields, status] of bad) {
      const res = await postForm('/open311/v2/requests.xml', { api_key: apiKey, ...fields });
      expect(res.statusCode, JSON.stringify(fields)).toBe(status);
      expect(res.body).toMatch(
        new RegExp(`<errors><error><code>${status}</code><description>[^<]+</description></error></errors>$`),
      );
    }
    expect(await countRows(ctx.deps, 'service_requests')).toBe(before);

    const json = await postForm('/open311/v2/requests.json', {
      api_key: apiKey,
      service_code: s.serviceCode,
      lat: '34.7466',
      long: '113.6253',
      address_string: '秦岭路1号',
      description: '井盖缺失',
      first_name: '建国',
      last_name: '王',
      phone: '13912345678',
      account_id: 'hotline-77',
    });
    expect(json.statusCode, json.body).toBe(201);
    const created = JSON.parse(json.body) as Record<string, unknown>[];
    expect(Object.keys(created[0]).sort()).toEqual([...POST_FIELDS].sort());
    expect(created[0].account_id).toBe('hotline-77');
    const xml = await postForm('/open311/v2/requests.xml', {
      api_key: apiKey,
      service_code: s.serviceCode,
      address_string: '秦岭路2号',
      description: '树枝折断',
    });
    expect(xml.statusCode).toBe(201);
    const posted = xmlItems(xml.body, 'service_requests', 'request');
    expect(Object.keys(posted[0]).sort()).toEqual([...POST_FIELDS].sort());
    const row = await ctx.deps.db
      .selectFrom('service_requests')
      .selectAll()
      .where('id', '=', String(created[0].service_request_id))
      .executeTakeFirstOrThrow();
    expect([row.channel, row.status, row.lat, row.lon]).toEqual(['open311', 'submitted', '34.7466', '113.6253']);
    expect(JSON.stringify(row)).not.toContain('13912345678');
  });

  it("GET requests and one request: the spec's fields, open/closed status, no personal data", async () => {
    // Only requests whose residents agreed are listed (decision 0028); these two did.
    const resident = await makeUser(ctx.deps, 'resident', s.communityId);
    for (const description of ['井盖缺失', '树枝折断'])
      await residentRequest(ctx.deps, s, resident.id, { serviceId: s.serviceId, description, publicConsent: true });
    const list = JSON.parse(
      (await get(`/open311/v2/requests.json?service_code=${s.serviceCode}&status=open`)).body,
    ) as Record<string, unknown>[];
    expect(list.length).toBeGreaterThanOrEqual(2);
    for (const r of list) {
      expect(Object.keys(r).sort()).toEqual([...REQUEST_FIELDS].sort());
      expect(r.status).toBe('open');
      expect(Number.isNaN(Date.parse(String(r.requested_datetime)))).toBe(false);
    }
    expect(JSON.stringify(list)).not.toContain('1391234');
    expect(JSON.stringify(list)).not.toContain('建国');
    const id = String(list[0].service_request_id);
    const one = JSON.parse((await get(`/open311/v2/requests/${id}.json`)).body) as Record<string, unknown>[];
    expect(one).toHaveLength(1);
    expect(one[0].service_request_id).toBe(id);
    const oneXml = xmlItems((await get(`/open311/v2/requests/${id}.xml`)).body, 'service_requests', 'request');
    expect(Object.keys(oneXml[0]).sort()).toEqual([...REQUEST_FIELDS].sort());
    expect(
      JSON.parse((await get(`/open311/v2/requests.json?service_code=${s.serviceCode}&status=closed`)).body),
    ).toEqual([]);
    expect((await get('/open311/v2/requests/0190f000-0000-7000-8000-000000000000.json')).statusCode).toBe(404);
    expect((await get('/open311/v2/requests.json?start_date=not-a-date')).statusCode).toBe(400);
    expect((await get('/open311/v2/requests.json?status=pending')).statusCode).toBe(400);
  });

  it('a revoked key no longer posts', async () => {
    const key = await openClientKey(ctx.deps, fx.subdistricts[0].id);
    const client = await ctx.deps.db
      .selectFrom('open311_clients')
      .select('id')
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    await ctx.deps.db
      .updateTable('open311_clients')
      .set({ revoked_at: new Date().toISOString() })
      .where('id', '=', client.id)
      .execute();
    expect(
      (
        await postForm('/open311/v2/requests.json', {
          api_key: key,
          service_code: s.serviceCode,
          address_string: 'x',
          description: 'y',
        })
      ).statusCode,
    ).toBe(403);
  });
});
