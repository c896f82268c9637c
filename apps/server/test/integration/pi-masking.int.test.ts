import { beforeAll, describe, expect, it } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { ROLES, type Role } from '@jishi/shared';
import { createTestContext, readJson } from '../harness.ts';
import { buildFixture, type Fixture } from '../fixture.ts';
import { clientFor, type Client } from '../sessions.ts';
import { mayCall } from '../authorization-matrix.ts';
import { idNumber as makeIdNumber, mobile as makeMobile, prng } from '../../src/seed/people-generator.ts';
import type { DB } from '../../src/db/schema.ts';

/**
 * Field-level protection of ID numbers and phones: every response body a caller without
 * pi:reveal can provoke carries masks only (6+4, 3+4); holders of pi:reveal see full values only
 * through an audited reveal with a reason; the database stores cipher text and HMACs only.
 */
type Ctx = Awaited<ReturnType<typeof createTestContext>>;
interface ResidentItem {
  id: string;
  name: string;
  gridId: string;
  address: string;
  idNumberMasked: string | null;
  phoneMasked: string | null;
}
interface Paged<T> {
  items: T[];
  total: number;
}
interface Recorded {
  label: string;
  status: number;
  body: string;
  cacheControl: string | undefined;
}
interface Truth {
  idNumber: string;
  phone: string;
}

const ID_MASK = /^\d{6}\*{8}[\dX]{4}$/;
const PHONE_MASK = /^1\d{2}\*{4}\d{4}$/;
const maskedId = (v: string): string => `${v.slice(0, 6)}********${v.slice(-4)}`;
const maskedPhone = (v: string): string => `${v.slice(0, 3)}****${v.slice(-4)}`;

/** Tables that only the frozen migrations still create (no code reads or writes them): scanned all the same. */
const UNUSED_TABLES = ['login_attempts', 'rate_events'];

/** Every table of the schema (the compiler keeps the list complete). */
const ALL_TABLES: Record<keyof DB, true> = {
  org_units: true,
  org_unit_links: true,
  buildings: true,
  households: true,
  residents: true,
  resident_grams: true,
  party_orgs: true,
  party_members: true,
  workers: true,
  users: true,
  sessions: true,
  throttle_counters: true,
  recovery_codes: true,
  account_proposals: true,
  audit_log: true,
  audit_head: true,
  decision_templates: true,
  decision_template_stages: true,
  decision_matters: true,
  decision_records: true,
  decision_attendees: true,
  decision_proposals: true,
  decision_supports: true,
  decision_ratings: true,
  decision_progress: true,
  decision_periods: true,
  meeting_catalog: true,
  meetings: true,
  meeting_items: true,
  meeting_decisions: true,
  meeting_follow_ups: true,
  meeting_opinions: true,
  power_items: true,
  power_item_steps: true,
  power_rollout: true,
  power_exercises: true,
  power_exercise_steps: true,
  supervision_alerts: true,
  supervision_alert_notes: true,
  complaints: true,
  complaint_notes: true,
  // grid governance
  grid_settings: true,
  grid_posts: true,
  daily_reports: true,
  daily_report_items: true,
  grid_report_rollups: true,
  dispute_cases: true,
  grid_case_mix: true,
  dispute_parties: true,
  dispute_events: true,
  mediation_sessions: true,
  dispute_photos: true,
  // party life and volunteers
  courses: true,
  study_plans: true,
  member_accounts: true,
  party_life_files: true,
  learning_records: true,
  org_life_meetings: true,
  org_life_closed_months: true,
  trainings: true,
  training_participants: true,
  service_posts: true,
  in_service_members: true,
  in_service_records: true,
  in_service_evaluations: true,
  joint_units: true,
  volunteer_teams: true,
  volunteers: true,
  volunteer_activities: true,
  activity_signups: true,
  volunteer_certificates: true,
  volunteer_points: true,
  good_deeds: true,
  pairing_rules: true,
  pairings: true,
  pairing_contacts: true,
  // services
  service_premises: true,
  service_rooms: true,
  construction_projects: true,
  fund_allocations: true,
  fund_budget_approvals: true,
  fund_expenditures: true,
  room_bookings: true,
  room_booking_slots: true,
  providers: true,
  provider_agreements: true,
  provider_accounts: true,
  service_catalog: true,
  service_requests: true,
  service_request_events: true,
  service_request_photos: true,
  rep_receptions: true,
  rep_reception_issues: true,
  open311_clients: true,
  community_brands: true,
  community_honours: true,
  community_brand_photos: true,
  // indicators and portal: counters and hashes only; the phone is sealed like residents'
  indicator_rollups: true,
  indicator_rollups_month: true,
  portal_phones: true,
  portal_codes: true,
  instance_settings: true,
  job_schedules: true,
  job_runs: true,
  todo_items: true,
  todo_tallies: true,
  // messages: in-app text holds nothing the reader may not see; the SMS number and webhooks are sealed
  messages: true,
  message_preferences: true,
  robots: true,
  outbound_messages: true,
};

describe('personal information: masking, reveal and storage', () => {
  let ctx: Ctx;
  let fx: Fixture;
  /** Full values by resident id, read back through the cipher (not taken from the fixture's order). */
  const truth = new Map<string, Truth>();
  /** Every full ID number and phone that was ever sent to the server. */
  const secrets = new Set<string>();
  const recorded: Recorded[] = [];
  const rand = prng(4242);
  let birthYear = 1960;

  const newIdNumber = (): string => remember(makeIdNumber(rand, birthYear++, birthYear % 2 === 0));
  const newPhone = (): string => remember(makeMobile(rand));
  function remember(secret: string): string {
    secrets.add(secret);
    return secret;
  }

  beforeAll(async () => {
    ctx = await createTestContext();
    fx = await buildFixture(ctx.deps);
    for (const s of fx.secrets) secrets.add(s);
    const rows = await ctx.deps.db.selectFrom('residents').select(['id', 'id_no_enc', 'phone_enc']).execute();
    for (const r of rows) {
      truth.set(r.id, {
        idNumber: ctx.deps.cipher.decrypt('id_no', r.id_no_enc as string),
        phone: ctx.deps.cipher.decrypt('phone', r.phone_enc as string),
      });
    }
  });

  const s0 = () => fx.subdistricts[0];
  const gridA = () => s0().communities[0].grids[0];
  const residentsOfS0 = () => s0().communities.flatMap((c) => c.grids.flatMap((g) => g.residentIds));

  async function call(
    client: Client,
    label: string,
    method: string,
    url: string,
    payload?: unknown,
  ): Promise<LightMyRequestResponse> {
    const res = await client.request(method, url, payload);
    recorded.push({
      label: `${label} ${method} ${url}`,
      status: res.statusCode,
      body: res.body,
      cacheControl: res.headers['cache-control'] as string | undefined,
    });
    return res;
  }

  /** Checks every resident in a response: masks of the right shape that match the stored value. */
  function expectMasked(items: ResidentItem[]): void {
    for (const r of items) {
      const t = truth.get(r.id);
      expect(r.idNumberMasked).toMatch(ID_MASK);
      expect(r.phoneMasked).toMatch(PHONE_MASK);
      if (t)
        expect({ id: r.id, idNumber: r.idNumberMasked, phone: r.phoneMasked }).toEqual({
          id: r.id,
          idNumber: maskedId(t.idNumber),
          phone: maskedPhone(t.phone),
        });
    }
  }

  /** List, get, search, lookup, create and update as `role`; returns nothing, records every response. */
  async function exercise(role: Role): Promise<void> {
    const client = await clientFor(ctx.app, ctx.deps, role, s0().id);
    const label = role;
    const list = await call(client, label, 'GET', '/api/residents?pageSize=200');
    expect(list.statusCode).toBe(200);
    const listed = readJson<Paged<ResidentItem>>(list).items;
    expect(listed.length).toBeGreaterThanOrEqual(12);
    expectMasked(listed);

    for (const id of residentsOfS0()) {
      const one = await call(client, label, 'GET', `/api/residents/${id}`);
      expect(one.statusCode).toBe(200);
      expectMasked([readJson<ResidentItem>(one)]);
    }

    const sample = listed.find((r) => r.id === gridA().residentIds[0]) as ResidentItem;
    for (const q of [sample.name, sample.name.slice(0, 1), '甲一路', 'needy']) {
      const url = q === 'needy' ? '/api/residents?flag=needy' : `/api/residents?q=${encodeURIComponent(q)}`;
      const search = await call(client, label, 'GET', url);
      expect(search.statusCode).toBe(200);
      const found = readJson<Paged<ResidentItem>>(search).items;
      expect(found.length).toBeGreaterThan(0);
      expectMasked(found);
    }

    const known = truth.get(sample.id) as Truth;
    for (const body of [
      { idNumber: known.idNumber },
      { phone: known.phone },
      { idNumber: known.idNumber.toLowerCase() },
    ]) {
      const lookup = await call(client, label, 'POST', '/api/residents/lookup', body);
      expect(lookup.statusCode, lookup.body).toBe(200);
      const found = readJson<{ items: ResidentItem[] }>(lookup).items;
      expect(found.map((r) => r.id)).toEqual([sample.id]);
      expectMasked(found);
    }

    const writes = mayCall('POST /api/residents', role);
    const fresh = { idNumber: newIdNumber(), phone: newPhone() };
    const created = await call(client, label, 'POST', '/api/residents', {
      name: '测试登记',
      gridId: gridA().id,
      ...fresh,
    });
    expect(created.statusCode, created.body).toBe(writes ? 200 : 403);
    let target = gridA().residentIds[2];
    if (writes) {
      const view = readJson<ResidentItem>(created);
      truth.set(view.id, fresh);
      expectMasked([view]);
      target = view.id;
    }
    const changed = { idNumber: newIdNumber(), phone: newPhone() };
    const updated = await call(client, label, 'PATCH', `/api/residents/${target}`, changed);
    expect(updated.statusCode, updated.body).toBe(writes ? 200 : 403);
    if (writes) {
      truth.set(target, changed);
      expectMasked([readJson<ResidentItem>(updated)]);
    }

    // Refusals carry no input either: a bad name beside valid PI, an unknown field beside a full ID number.
    const invalid = await call(client, label, 'POST', '/api/residents', {
      name: '',
      gridId: gridA().id,
      idNumber: newIdNumber(),
      phone: newPhone(),
    });
    expect(invalid.statusCode).toBe(writes ? 400 : 403);
    const unknownField = await call(client, label, 'POST', '/api/residents/lookup', {
      idNumber: known.idNumber,
      phone: known.phone,
      note: known.idNumber,
    });
    expect(unknownField.statusCode).toBe(400);
    if (mayCall('GET /api/audit', role)) {
      const audit = await call(client, label, 'GET', '/api/audit?pageSize=200');
      expect(audit.statusCode).toBe(200);
    }
  }

  function leaks(): string[] {
    const hits: string[] = [];
    for (const r of recorded)
      for (const s of secrets) if (r.body.includes(s)) hits.push(`${r.label} (${r.status}) contains ${maskedId(s)}`);
    return hits;
  }

  const withoutReveal = (): Role[] =>
    ROLES.filter((r) => mayCall('GET /api/residents', r) && !mayCall('POST /api/residents/:id/reveal', r));
  const withReveal = (): Role[] =>
    ROLES.filter((r) => mayCall('GET /api/residents', r) && mayCall('POST /api/residents/:id/reveal', r));

  it('the fixture stored the secrets it reports', () => {
    const stored = new Set([...truth.values()].flatMap((t) => [t.idNumber, t.phone]));
    expect([...stored].sort()).toEqual([...fx.secrets].sort());
    expect(fx.secrets.length).toBe(48);
  });

  it('roles without pi:reveal see only masks in every response (list, get, search, lookup, create, update, errors)', async () => {
    expect(withoutReveal()).toEqual(['subdistrict_leader', 'community_worker', 'grid_worker', 'inspector']);
    for (const role of withoutReveal()) await exercise(role);
    expect(recorded.length).toBeGreaterThanOrEqual(4 * 24);
    expect(leaks()).toEqual([]);
    expect(recorded.filter((r) => r.cacheControl !== 'no-store').map((r) => r.label)).toEqual([]);
  });

  it('roles with pi:reveal also see only masks outside the reveal endpoint', async () => {
    expect(withReveal()).toEqual(['subdistrict_admin', 'community_secretary']);
    for (const role of withReveal()) await exercise(role);
    expect(leaks()).toEqual([]);
  });

  it('a reveal with a reason returns the full values and writes one resident.reveal audit record with that reason', async () => {
    for (const role of withReveal()) {
      const client = await clientFor(ctx.app, ctx.deps, role, s0().id);
      const id = s0().communities[1].grids[1].residentIds[1];
      const reason = '核实身份信息（入户走访）';
      const res = await client.post(`/api/residents/${id}/reveal`, { fields: ['idNumber', 'phone'], reason });
      expect(res.statusCode, res.body).toBe(200);
      expect(readJson(res)).toEqual({ idNumber: truth.get(id)?.idNumber, phone: truth.get(id)?.phone });
      const phoneOnly = await client.post(`/api/residents/${id}/reveal`, { fields: ['phone'], reason: '电话回访' });
      expect(readJson(phoneOnly)).toEqual({ phone: truth.get(id)?.phone });

      const audit = await ctx.deps.db
        .selectFrom('audit_log')
        .selectAll()
        .where('actor_id', '=', client.userId)
        .orderBy('seq')
        .execute();
      expect(
        audit.map((a) => ({
          action: a.action,
          subject: a.subject_id,
          reason: a.reason,
          result: a.result,
          fields: JSON.parse(a.changes ?? '{}').fields,
        })),
      ).toEqual([
        { action: 'resident.reveal', subject: id, reason, result: 'success', fields: ['idNumber', 'phone'] },
        { action: 'resident.reveal', subject: id, reason: '电话回访', result: 'success', fields: ['phone'] },
      ]);
      expect(JSON.stringify(audit)).not.toContain(truth.get(id)?.idNumber);
    }
  });

  it('a reveal without a reason (or with fewer than 4 characters) is refused with 400 and audits nothing', async () => {
    const client = await clientFor(ctx.app, ctx.deps, 'subdistrict_admin', s0().id);
    const id = gridA().residentIds[1];
    for (const body of [
      { fields: ['idNumber'] },
      { fields: ['idNumber'], reason: '' },
      { fields: ['idNumber'], reason: '核实' },
      { fields: ['phone'], reason: 'abc' },
      { fields: ['phone'], reason: '      ' },
    ]) {
      const res = await call(client, 'reveal without reason', 'POST', `/api/residents/${id}/reveal`, body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(readJson<{ code: string; issues: { path: string }[] }>(res)).toMatchObject({
        code: 'VALIDATION',
        issues: [{ path: 'body.reason' }],
      });
    }
    const audit = await ctx.deps.db
      .selectFrom('audit_log')
      .select('action')
      .where('actor_id', '=', client.userId)
      .execute();
    expect(audit).toEqual([]);
    expect(leaks()).toEqual([]);
  });

  it('roles without pi:reveal are refused the reveal endpoint outright', async () => {
    for (const role of withoutReveal()) {
      const client = await clientFor(ctx.app, ctx.deps, role, s0().id);
      const res = await call(client, role, 'POST', `/api/residents/${gridA().residentIds[0]}/reveal`, {
        fields: ['idNumber', 'phone'],
        reason: '核实身份信息',
      });
      expect(res.statusCode).toBe(403);
    }
    expect(leaks()).toEqual([]);
  });

  it('the stored data holds no ID number or phone anywhere: cipher text, HMAC blind indexes and masks only', async () => {
    expect(secrets.size).toBeGreaterThan(48 + 20);
    const hits: string[] = [];
    for (const table of [...Object.keys(ALL_TABLES), ...UNUSED_TABLES] as (keyof DB)[]) {
      const rows = await ctx.deps.db.selectFrom(table).selectAll().execute();
      const text = JSON.stringify(rows);
      for (const s of secrets) if (text.includes(s)) hits.push(`${table} contains ${maskedId(s)}`);
    }
    expect(hits).toEqual([]);

    const residents = await ctx.deps.db
      .selectFrom('residents')
      .selectAll()
      .where('id_no_enc', 'is not', null)
      .execute();
    expect(residents.length).toBeGreaterThanOrEqual(48 / 2);
    for (const r of residents) {
      expect(r.id_no_enc).toMatch(/^v1:[A-Za-z0-9+/]+=*$/);
      expect(r.phone_enc).toMatch(/^v1:[A-Za-z0-9+/]+=*$/);
      expect(r.id_no_bidx).toMatch(/^[0-9a-f]{32}$/);
      expect(r.phone_bidx).toMatch(/^[0-9a-f]{32}$/);
      expect(r.id_no_mask).toMatch(ID_MASK);
      expect(r.phone_mask).toMatch(PHONE_MASK);
      const t = truth.get(r.id);
      if (t) {
        expect(r.id_no_bidx).toBe(ctx.deps.cipher.blindIndex('id_no', t.idNumber));
        expect(r.id_no_mask).toBe(maskedId(t.idNumber));
      }
    }
    // Two encryptions of one value differ (random IV), so cipher text reveals no equality.
    const id = [...truth.values()][0].idNumber;
    expect(ctx.deps.cipher.encrypt('id_no', id)).not.toBe(ctx.deps.cipher.encrypt('id_no', id));
  });
});
