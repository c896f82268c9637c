import { randomUUID } from 'node:crypto';
import { enrolTotp, nextTotp } from '../accounts-support.ts';
import { notice, robotOf, send, wecomHook } from '../messages-support.ts';
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import {
  robotCreateBody,
  ERRORS,
  loginBody,
  passwordChangeBody,
  secondFactorConfirmBody,
  totpEnableBody,
  unitCreateBody,
  unitUpdateBody,
  mergeBody,
  buildingCreateBody,
  householdCreateBody,
  partyOrgCreateBody,
  partyOrgUpdateBody,
  residentCreateBody,
  residentUpdateBody,
  lookupBody,
  exportBody,
  revealBody,
  idNumberCheckChar,
  partyMemberCreateBody,
  partyMemberUpdateBody,
  workerCreateBody,
  workerUpdateBody,
  userCreateBody,
  userUpdateBody,
  templateCreateBody,
  matterCreateBody,
  matterReviseBody,
  withdrawBody,
  stageMeetingBody,
  stageNoticeBody,
  implementationBody,
  progressBody,
  ratingBody,
  proposalCreateBody,
  emptyBody,
  periodCloseBody,
  catalogCreateBody,
  catalogUpdateBody,
  meetingCreateBody,
  followUpBody,
  opinionBody,
  powerItemCreateBody,
  rolloutBody,
  exerciseOpenBody,
  stepRecordBody,
  exerciseCloseBody,
  disclosureBody,
  alertActionBody,
  detectBody,
  complaintActionBody,
  complaintSubmitBody,
  complaintTrackBody,
  type ErrorCode,
  type Role,
} from '@jishi/shared';
// services
import * as servicesSchemas from '@jishi/shared';
import {
  installServices,
  providerAccount,
  residentRequest,
  slotAhead,
  type CommunityServices,
} from '../services-support.ts';
import { actOnRequest } from '../../src/features/service-requests/requests.service.ts';
import { createBooking } from '../../src/features/bookings/bookings.service.ts';
import { createProject } from '../../src/features/premises/projects.service.ts';
import { createAllocation } from '../../src/features/funds/funds.service.ts';
import { recordReception } from '../../src/features/service-requests/receptions.service.ts';
import { issueClientKey } from '../../src/features/open311/open311.service.ts';
import { createTestContext, readJson } from '../harness.ts';
import { buildFixture, type Fixture } from '../fixture.ts';
import { clientFor, clientForUser, makeUser, TEST_PASSWORD, type Client } from '../sessions.ts';
import { MATRIX_ROUTES, type MatrixRoute } from '../authorization-matrix.ts';
import { systemActor } from '../../src/features/auth/system-actor.ts';
import { createUnit } from '../../src/features/territory/territory.service.ts';
import { currentTotp } from '../../src/features/auth/totp.ts';
import { XLSX_MIME } from '../../src/platform/xlsx.ts';
import {
  advance,
  daysAgo,
  hallObjects,
  installDecisions,
  meetingObjects,
  openAssigned,
  type HallObjects,
  type HallTemplates,
  type MeetingObjects,
} from '../decisions-support.ts';
import { createProposal } from '../../src/features/decisions/proposals.service.ts';
import { installIntegrity, integrityObjects, openRelief, type IntegrityObjects } from '../integrity-support.ts';
import { recordStep } from '../../src/features/integrity/exercises.write.service.ts';
import { submitComplaint } from '../../src/features/integrity/complaints.public.service.ts';
// grid governance
import { caseActionBody, caseCreateBody, postCreateBody, sessionBody } from '@jishi/shared';
import { caseBody, casePhoto, freshCase, givePost, key, mediatingCase } from '../grid-support.ts';
import { sha256Hex } from '../../src/platform/crypto.ts';
// party life and volunteers
import { ROLES as ALL_ROLES } from '@jishi/shared';
import { mayCall, type PartyLifeRoute } from '../authorization-matrix.ts';
import { PARTY_LIFE_BODIES, partyLifeProbes } from '../volunteers-support.ts';
// indicators and portal
import { portalPasswordLoginBody, portalCodeRequestBody, portalCodeLoginBody } from '@jishi/shared';
import { freshPhone, plantCode, portalResident } from '../portal-support.ts';

/**
 * Bad input gets a 4xx with a clear, localised message and changes nothing: mass assignment,
 * prototype pollution, the error body contract, and property-based fuzzing (0 responses ≥ 500).
 */
type Ctx = Awaited<ReturnType<typeof createTestContext>>;
type Method = NonNullable<InjectOptions['method']>;
interface ErrorBodyShape {
  code: ErrorCode;
  message: string;
  issues?: { path: string; message: string }[];
}

/** One valid JSON write: who sends it, where, and the body (fresh objects where the write consumes them). */
interface WriteCase {
  client: Client;
  method: Method;
  url: string;
  body: Record<string, unknown>;
  /** The body schema's keys: an "extra" field that the schema legitimately has is not extra. */
  keys: readonly string[];
}
type WriteRoute = Extract<MatrixRoute, `POST ${string}` | `PATCH ${string}`>;

const EXTRA_FIELDS: Record<string, unknown> = {
  orgId: '01900000-0000-7000-8000-000000000001',
  status: 'approved',
  createdBy: 'system',
  role: 'subdistrict_admin',
  verified: true,
  id: '01900000-0000-7000-8000-000000000002',
};
const STRONG_PASSWORD = 'Rotated-Granite-Lantern-42';
const DATA_TABLES = [
  'org_units',
  'org_unit_links',
  'buildings',
  'households',
  'residents',
  'resident_grams',
  'party_orgs',
  'party_members',
  'workers',
  'users',
  'audit_log',
  'decision_templates',
  'decision_matters',
  'decision_records',
  'decision_attendees',
  'decision_proposals',
  'decision_supports',
  'decision_ratings',
  'decision_progress',
  'decision_periods',
  'meeting_catalog',
  'meetings',
  'meeting_items',
  'meeting_decisions',
  'meeting_follow_ups',
  'meeting_opinions',
  'power_items',
  'power_item_steps',
  'power_rollout',
  'power_exercises',
  'power_exercise_steps',
  'supervision_alerts',
  'supervision_alert_notes',
  'complaints',
  'complaint_notes',
  // grid governance
  'grid_settings',
  'grid_posts',
  'daily_reports',
  'daily_report_items',
  'grid_report_rollups',
  'dispute_cases',
  'dispute_parties',
  'dispute_events',
  'mediation_sessions',
  'dispute_photos',
  // services
  'service_premises',
  'service_rooms',
  'construction_projects',
  'fund_allocations',
  'fund_budget_approvals',
  'fund_expenditures',
  'room_bookings',
  'room_booking_slots',
  'providers',
  'provider_agreements',
  'provider_accounts',
  'service_catalog',
  'service_requests',
  'service_request_events',
  'service_request_photos',
  'rep_receptions',
  'rep_reception_issues',
  'open311_clients',
  'community_brands',
  'community_honours',
  'community_brand_photos',
] as const;
/** 18 well-formed characters with a wrong check digit. */
const BAD_ID_NUMBER = ((first17: string) => first17 + (idNumberCheckChar(first17) === '0' ? '1' : '0'))(
  '41010219900101123',
);
const CJK = /[\u4e00-\u9fff]/;
const STACK = /\bat [\w.<>]+ \(|\.ts:\d+|\.js:\d+|node_modules|"stack"|Error: /;
const uniq = (): string => randomUUID().replace(/-/g, '').slice(0, 12);
/** A path segment for any string (lone surrogates become U+FFFD, as a browser would send them). */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const pathSegment = (s: string): string => encodeURIComponent(s.replace(LONE_SURROGATE, '\ufffd')) || 'x';
const keysOf = (schema: { shape: Record<string, unknown> }): string[] => Object.keys(schema.shape);

async function snapshot(ctx: Ctx): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const table of DATA_TABLES) {
    const rows = await ctx.deps.db.selectFrom(table).selectAll().execute();
    out[table] = rows
      .map((r) => JSON.stringify(r))
      .sort()
      .join('\n');
  }
  return out;
}

function changedTables(before: Record<string, string>, after: Record<string, string>): string[] {
  return DATA_TABLES.filter((t) => before[t] !== after[t]);
}

describe('input hardening', () => {
  let ctx: Ctx;
  let fx: Fixture;
  let admin: Client;
  let security: Client;
  let hall: { templates: HallTemplates; objects: HallObjects; meetings: MeetingObjects };

  const s0 = () => fx.subdistricts[0];
  const c0 = () => s0().communities[0];
  const gA = () => c0().grids[0];

  beforeAll(async () => {
    ctx = await createTestContext();
    fx = await buildFixture(ctx.deps);
    admin = await clientFor(ctx.app, ctx.deps, 'subdistrict_admin', s0().id);
    security = await clientFor(ctx.app, ctx.deps, 'security_admin', s0().id);
    const [templates] = await installDecisions(ctx.deps, fx);
    hall = {
      templates,
      objects: await hallObjects(ctx.deps, c0().id, templates.community),
      meetings: await meetingObjects(ctx.deps, s0().id),
    };
    const [itemId] = await installIntegrity(ctx.deps, fx);
    integ = await integrityObjects(ctx.deps, c0().id, itemId);
    inspector = await clientFor(ctx.app, ctx.deps, 'inspector', s0().id);
  });
  let integ: IntegrityObjects;
  let inspector: Client;
  // grid governance
  const gridIds = { caseId: '', reportId: '', postId: '' };
  beforeAll(async () => {
    const c = await freshCase(ctx.deps, gA().id);
    await casePhoto(ctx.deps, c.id);
    const reporter = await makeUser(ctx.deps, 'grid_worker', gA().id);
    await givePost(ctx.deps, gA().id, reporter.id);
    gridIds.caseId = c.id;
    gridIds.postId = await givePost(ctx.deps, gA().id, (await makeUser(ctx.deps, 'grid_worker', gA().id)).id, 'leader');
    gridIds.reportId = (
      await ctx.deps.db
        .insertInto('daily_reports')
        .values({
          id: key(),
          grid_id: gA().id,
          reporter_id: reporter.id,
          report_date: '2026-01-05',
          zero: 1,
          late: 1,
          submitted_at: new Date().toISOString(),
          corrected_at: null,
          idempotency_key: key(),
          created_at: new Date().toISOString(),
          updated_at: new Date().toISOString(),
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  });

  const signIn = (role: Role): Promise<Client> => clientFor(ctx.app, ctx.deps, role, s0().id);
  const freshCommunity = async (): Promise<string> =>
    (
      await createUnit(ctx.deps, systemActor(), {
        parentId: s0().id,
        kind: 'community',
        name: `输入测试社区${uniq()}`,
        validFrom: '2010-01-01',
      })
    ).id;

  /** A valid request for every JSON write route, as a caller allowed to make it. */
  async function writeCase(route: WriteRoute): Promise<WriteCase> {
    const sa = (
      method: Method,
      url: string,
      body: Record<string, unknown>,
      schema: { shape: Record<string, unknown> },
    ): WriteCase => ({ client: admin, method, url, body, keys: keysOf(schema) });
    switch (route) {
      case 'POST /api/auth/login': {
        const user = await makeUser(ctx.deps, 'grid_worker', gA().id);
        return {
          client: admin,
          method: 'POST',
          url: '/api/auth/login',
          body: { username: user.username, password: TEST_PASSWORD },
          keys: keysOf(loginBody),
        };
      }
      case 'POST /api/auth/password':
        return {
          client: await signIn('community_worker'),
          method: 'POST',
          url: '/api/auth/password',
          body: { currentPassword: TEST_PASSWORD, newPassword: STRONG_PASSWORD },
          keys: keysOf(passwordChangeBody),
        };
      case 'POST /api/auth/totp/enable': {
        const client = await signIn('community_worker');
        const setup = await client.post('/api/auth/totp/setup');
        const { secret } = readJson<{ secret: string }>(setup);
        return {
          client,
          method: 'POST',
          url: '/api/auth/totp/enable',
          body: { code: currentTotp(secret) },
          keys: keysOf(totpEnableBody),
        };
      }
      case 'POST /api/auth/totp/disable':
      case 'POST /api/auth/recovery-codes': {
        const client = await signIn('provider');
        const { secret } = await enrolTotp(client);
        return {
          client,
          method: 'POST',
          url: route.split(' ')[1],
          body: { password: TEST_PASSWORD, code: nextTotp(secret) },
          keys: keysOf(secondFactorConfirmBody),
        };
      }
      case 'POST /api/account-proposals': {
        const target = await makeUser(ctx.deps, 'audit_admin', s0().id);
        return {
          client: security,
          method: 'POST',
          url: '/api/account-proposals',
          body: { kind: 'password_reset', userId: target.id },
          keys: ['kind', 'userId'],
        };
      }
      case 'POST /api/territory/units':
        return sa(
          'POST',
          '/api/territory/units',
          { parentId: c0().id, kind: 'grid', name: `输入测试网格${uniq()}` },
          unitCreateBody,
        );
      case 'PATCH /api/territory/units/:id':
        return sa('PATCH', `/api/territory/units/${gA().id}`, { name: '甲一A网格' }, unitUpdateBody);
      case 'POST /api/territory/units/:id/merge': {
        const [source, target] = [await freshCommunity(), await freshCommunity()];
        return sa(
          'POST',
          `/api/territory/units/${source}/merge`,
          { targetId: target, effectiveDate: '2020-01-01' },
          mergeBody,
        );
      }
      case 'POST /api/territory/buildings':
        return sa(
          'POST',
          '/api/territory/buildings',
          { gridId: gA().id, name: '3号楼', address: '甲一路A号院3号楼' },
          buildingCreateBody,
        );
      case 'POST /api/territory/households':
        return sa(
          'POST',
          '/api/territory/households',
          { gridId: gA().id, address: '甲一路A号院1号楼103' },
          householdCreateBody,
        );
      case 'POST /api/party-orgs':
        return sa(
          'POST',
          '/api/party-orgs',
          {
            parentId: c0().partyOrgId,
            kind: 'branch',
            category: 'grid',
            name: `输入测试支部${uniq()}`,
            territoryId: c0().id,
          },
          partyOrgCreateBody,
        );
      case 'PATCH /api/party-orgs/:id':
        return sa('PATCH', `/api/party-orgs/${c0().branchId}`, { name: '甲一第一支部' }, partyOrgUpdateBody);
      case 'POST /api/residents':
        return sa('POST', '/api/residents', { name: '输入测试居民', gridId: gA().id }, residentCreateBody);
      case 'PATCH /api/residents/:id':
        return sa('PATCH', `/api/residents/${gA().residentIds[1]}`, { isElderly: false }, residentUpdateBody);
      case 'POST /api/residents/lookup':
        return sa('POST', '/api/residents/lookup', { phone: fx.secrets[1] }, lookupBody);
      case 'POST /api/residents/export':
        return sa('POST', '/api/residents/export', { reason: '输入校验测试', gridId: gA().id }, exportBody);
      case 'POST /api/residents/:id/reveal':
        return sa(
          'POST',
          `/api/residents/${gA().residentIds[0]}/reveal`,
          { fields: ['phone'], reason: '输入校验测试' },
          revealBody,
        );
      case 'POST /api/party-members':
        return sa(
          'POST',
          '/api/party-members',
          {
            name: '输入测试党员',
            branchId: c0().branchId,
            memberType: 'formal',
            status: 'in_service',
            joinDate: '2001-07-01',
          },
          partyMemberCreateBody,
        );
      case 'PATCH /api/party-members/:id':
        return sa('PATCH', `/api/party-members/${c0().memberId}`, { workUnit: '退休' }, partyMemberUpdateBody);
      case 'POST /api/workers':
        return sa(
          'POST',
          '/api/workers',
          { name: '输入测试社工', unitId: c0().id, post: '网格员', origin: 'graduate' },
          workerCreateBody,
        );
      case 'PATCH /api/workers/:id':
        return sa('PATCH', `/api/workers/${c0().workerId}`, { post: '社区工作者' }, workerUpdateBody);
      case 'POST /api/users':
        return {
          client: security,
          method: 'POST',
          url: '/api/users',
          body: {
            username: `in${uniq()}`,
            displayName: '输入测试',
            role: 'volunteer',
            scopeUnitId: c0().id,
          },
          keys: keysOf(userCreateBody),
        };
      case 'PATCH /api/users/:id': {
        const target = await makeUser(ctx.deps, 'volunteer', c0().id);
        return {
          client: security,
          method: 'PATCH',
          url: `/api/users/${target.id}`,
          body: { displayName: '输入测试' },
          keys: keysOf(userUpdateBody),
        };
      }
      // residents' portal
      case 'POST /api/portal/auth/password': {
        const r = await portalResident(ctx.deps, c0().id);
        return {
          client: admin,
          method: 'POST',
          url: '/api/portal/auth/password',
          body: { phone: r.phone, password: TEST_PASSWORD },
          keys: keysOf(portalPasswordLoginBody),
        };
      }
      case 'POST /api/portal/auth/code':
        return {
          client: admin,
          method: 'POST',
          url: '/api/portal/auth/code',
          body: { phone: freshPhone() },
          keys: keysOf(portalCodeRequestBody),
        };
      case 'POST /api/portal/auth/code/verify': {
        const r = await portalResident(ctx.deps, c0().id);
        for (let i = 0; i < 3; i++) await plantCode(ctx.deps, r.phone, '864200');
        return {
          client: admin,
          method: 'POST',
          url: '/api/portal/auth/code/verify',
          body: { phone: r.phone, code: '864200' },
          keys: keysOf(portalCodeLoginBody),
        };
      }
      // messages: one's own message, and a unit's group robot
      case 'POST /api/messages/:id/read': {
        await send(ctx.deps, notice({ users: [admin.userId] }));
        const m = await ctx.deps.db
          .selectFrom('messages')
          .select('id')
          .where('user_id', '=', admin.userId)
          .executeTakeFirstOrThrow();
        return sa('POST', `/api/messages/${m.id}/read`, {}, emptyBody);
      }
      case 'POST /api/messages/read-all':
        return sa('POST', '/api/messages/read-all', {}, emptyBody);
      case 'POST /api/robots':
        return sa(
          'POST',
          '/api/robots',
          {
            unitId: c0().id,
            platform: 'wecom',
            name: '社区工作群',
            webhookUrl: wecomHook(),
            kinds: ['grid.case-warning'],
          },
          robotCreateBody,
        );
      case 'POST /api/robots/:id/test':
        return sa('POST', `/api/robots/${(await robotOf(ctx.deps, c0().id)).id}/test`, {}, emptyBody);
      default:
        if (route.startsWith('POST /api/grid/')) return gridWriteCase(route);
        if (route in PARTY_LIFE_BODIES) return partyLifeWriteCase(route); // party life and volunteers
        if (SERVICE_WRITE.test(route)) return servicesWriteCase(route);
        return route.includes('integrity') || route.includes('/public/')
          ? integrityWriteCase(route)
          : decisionWriteCase(route);
    }
  }

  // party life and volunteers: the matrix probe's request, sent by the first role allowed to make it.
  let partyLifeProbeSet: ReturnType<typeof partyLifeProbes> | null = null;
  async function partyLifeWriteCase(route: WriteRoute): Promise<WriteCase> {
    const key = route as PartyLifeRoute;
    partyLifeProbeSet ??= partyLifeProbes(ctx.deps, fx);
    const client = await signIn(ALL_ROLES.find((r) => mayCall(route, r)) as Role);
    const spec = await partyLifeProbeSet[key](client);
    return {
      client,
      method: spec.method,
      url: spec.url,
      body: (spec.payload ?? {}) as Record<string, unknown>,
      keys: keysOf(PARTY_LIFE_BODIES[key]!),
    };
  }

  // services: premises, funds, bookings, catalogue and requests, providers, receptions, Open311 keys, brands
  const SERVICE_WRITE = /^(POST|PATCH) \/api\/(services|funds|bookings|portal|provider)(\/|$)/;
  let servicesSetup: Promise<CommunityServices> | null = null;
  const sv = () => (servicesSetup ??= installServices(ctx.deps, c0().id));
  let serviceDay = 30;
  const nextServiceDay = () => {
    serviceDay += 1;
    return serviceDay;
  };
  const sessionOf = (userId: string) => clientForUser(ctx.app, ctx.deps, userId);
  async function servicesWriteCase(route: WriteRoute): Promise<WriteCase> {
    const S = servicesSchemas;
    const c = async (
      method: Method,
      url: string,
      body: Record<string, unknown>,
      schema: { shape: Record<string, unknown> },
      client: Client | Promise<Client> = admin,
    ): Promise<WriteCase> => ({ client: await client, method, url, body, keys: keysOf(schema) });
    const x = await sv();
    const system = systemActor();
    const resident = async () => signIn('resident');
    const allocation = async () =>
      (
        await createAllocation(ctx.deps, system, {
          recipientUnitId: c0().id,
          year: 2015,
          kind: 'other',
          purpose: '输入',
          amountFen: 100,
          allocatedOn: '2015-01-02',
        })
      ).id;
    const reception = () =>
      recordReception(ctx.deps, system, {
        unitId: c0().id,
        heldOn: '2015-05-05',
        representatives: '党代表',
        visitors: 1,
        issues: [{ issue: '输入测试', followUp: '' }],
      });
    const freshRequest = async (by = 'input-resident') => (await residentRequest(ctx.deps, x, by)).id;
    switch (route) {
      case 'POST /api/services/premises':
        return c(
          'POST',
          route.split(' ')[1],
          {
            unitId: c0().id,
            name: '输入测试站',
            areaM2: 100,
            obtained: 'other',
            address: '甲一路',
            openingHours: '全天',
            inUseFrom: '2015-01-01',
          },
          S.premisesBody,
        );
      case 'PATCH /api/services/premises/:id':
        return c(
          'PATCH',
          `/api/services/premises/${x.premisesId}`,
          { openingHours: '9:00-18:00' },
          S.premisesPatchBody,
        );
      case 'POST /api/services/premises/:id/rooms':
        return c(
          'POST',
          `/api/services/premises/${x.premisesId}/rooms`,
          { name: `输入室${uniq()}`, kind: 'other', capacity: 5, bookable: false, needsApproval: false },
          S.roomBody,
        );
      case 'PATCH /api/services/rooms/:id':
        return c('PATCH', `/api/services/rooms/${x.closedRoomId}`, { capacity: 31 }, S.roomPatchBody);
      case 'POST /api/services/projects':
        return c(
          'POST',
          '/api/services/projects',
          {
            premisesId: x.premisesId,
            name: '输入项目',
            adds: 'equipment',
            budgetFen: 1,
            fundSource: '自筹',
            priorityProject: false,
            priorityFunds: false,
            priorityEquipment: true,
            plannedAreaM2: 0,
          },
          S.projectBody,
        );
      case 'POST /api/services/projects/:id/actions': {
        const p = await createProject(ctx.deps, system, {
          premisesId: x.premisesId,
          name: '输入项目',
          adds: 'area',
          budgetFen: 1,
          fundSource: '自筹',
          allocationId: null,
          priorityProject: false,
          priorityFunds: false,
          priorityEquipment: false,
          plannedAreaM2: 1,
          equipment: '',
        });
        return c(
          'POST',
          `/api/services/projects/${p.id}/actions`,
          { action: 'start', on: '2015-02-01' },
          S.projectActionBody,
        );
      }
      case 'POST /api/funds/allocations':
        return c(
          'POST',
          '/api/funds/allocations',
          {
            recipientUnitId: c0().id,
            year: 2015,
            kind: 'other',
            purpose: '输入',
            amountFen: 100,
            allocatedOn: '2015-01-02',
          },
          S.allocationBody,
        );
      case 'POST /api/funds/allocations/:id/expenditures':
        return c(
          'POST',
          `/api/funds/allocations/${await allocation()}/expenditures`,
          { amountFen: 1, spentOn: '2015-02-01', purpose: '输入' },
          S.expenditureBody,
        );
      case 'POST /api/funds/allocations/:id/approvals':
        return c(
          'POST',
          `/api/funds/allocations/${await allocation()}/approvals`,
          { extraFen: 1, reason: '输入测试' },
          S.budgetApprovalBody,
          signIn('subdistrict_leader'),
        );
      case 'POST /api/bookings':
        return c(
          'POST',
          '/api/bookings',
          { roomId: x.roomId, ...slotAhead(nextServiceDay()), purpose: '输入', attendees: 1 },
          S.bookingBody,
          resident(),
        );
      case 'POST /api/bookings/:id/actions': {
        const b = await createBooking(ctx.deps, system, {
          roomId: x.roomId,
          ...slotAhead(nextServiceDay()),
          purpose: '输入',
          attendees: 1,
          bookerKind: 'staff',
        });
        return c('POST', `/api/bookings/${b.id}/actions`, { action: 'cancel' }, S.bookingActionBody);
      }
      case 'POST /api/services/providers':
        return c(
          'POST',
          '/api/services/providers',
          { unitId: c0().id, name: '输入机构', kind: 'other' },
          S.providerBody,
        );
      case 'POST /api/services/providers/:id/agreements':
        return c(
          'POST',
          `/api/services/providers/${x.providerId}/agreements`,
          { roomId: x.closedRoomId, startsOn: '2015-01-01', endsOn: '2015-12-31', conditions: '无偿' },
          S.agreementBody,
        );
      case 'POST /api/services/providers/:id/accounts':
        return c(
          'POST',
          `/api/services/providers/${x.providerId}/accounts`,
          { userId: (await makeUser(ctx.deps, 'provider', c0().id)).id },
          S.providerAccountBody,
        );
      case 'POST /api/services/catalog':
        return c(
          'POST',
          '/api/services/catalog',
          {
            unitId: c0().id,
            code: `IN-${uniq()}`,
            name: '输入服务',
            category: 'other',
            providedBy: 'community',
            providerName: '社区',
            priceKind: 'free',
            priceFen: 0,
            timeLimitHours: 1,
          },
          S.serviceCatalogBody,
        );
      case 'PATCH /api/services/catalog/:id':
        return c(
          'PATCH',
          `/api/services/catalog/${x.serviceId}`,
          { name: '输入服务改名', timeLimitHours: 2 },
          S.serviceCatalogPatchBody,
        );
      case 'POST /api/services/catalog/:id/active':
        return c('POST', `/api/services/catalog/${x.serviceId}/active`, { active: true }, S.serviceActiveBody);
      case 'POST /api/services/requests':
        return c(
          'POST',
          '/api/services/requests',
          {
            serviceId: x.serviceId,
            description: '输入',
            address: '甲一路',
            channel: 'visit',
            contactName: '赵六',
            contactPhone: '13600136000',
          },
          S.proxyRequestBody,
        );
      case 'POST /api/services/requests/:id/actions':
        return c(
          'POST',
          `/api/services/requests/${await freshRequest()}/actions`,
          { action: 'accept', note: '' },
          S.requestActionBody,
        );
      case 'POST /api/portal/requests':
        return c(
          'POST',
          '/api/portal/requests',
          { serviceId: x.serviceId, description: '输入', address: '甲一路' },
          S.requestBody,
          resident(),
        );
      case 'POST /api/portal/requests/:id/actions': {
        const client = await resident();
        const id = await freshRequest(client.userId);
        for (const step of [
          { action: 'accept' },
          { action: 'dispatch', assigneeKind: 'provider', assigneeId: x.providerId },
          { action: 'start' },
          { action: 'complete' },
        ] as const) {
          await actOnRequest(ctx.deps, system, id, { note: '', ...step });
        }
        return c(
          'POST',
          `/api/portal/requests/${id}/actions`,
          { action: 'rate', rating: 3, note: '' },
          S.requestActionBody,
          client,
        );
      }
      case 'POST /api/portal/requests/:id/publicity': {
        const client = await resident();
        return c(
          'POST',
          `/api/portal/requests/${await freshRequest(client.userId)}/publicity`,
          { publicConsent: true, publicPhotos: true },
          S.requestPublicityBody,
          client,
        );
      }
      case 'POST /api/provider/orders/:id/actions': {
        const account = await providerAccount(ctx.deps, x);
        const id = await freshRequest();
        await actOnRequest(ctx.deps, system, id, { action: 'accept', note: '' });
        await actOnRequest(ctx.deps, system, id, {
          action: 'dispatch',
          note: '',
          assigneeKind: 'provider',
          assigneeId: x.providerId,
        });
        return c(
          'POST',
          `/api/provider/orders/${id}/actions`,
          { action: 'start', note: '' },
          S.requestActionBody,
          sessionOf(account.id),
        );
      }
      case 'POST /api/services/receptions':
        return c(
          'POST',
          '/api/services/receptions',
          {
            unitId: c0().id,
            heldOn: '2015-05-05',
            representatives: '党代表',
            visitors: 1,
            issues: [{ issue: '输入' }],
          },
          S.receptionBody,
        );
      case 'POST /api/services/receptions/:id/issues/:issueId/request': {
        const r = await reception();
        return c(
          'POST',
          `/api/services/receptions/${r.id}/issues/${r.issues[0].id}/request`,
          { serviceId: x.serviceId, address: '甲一路' },
          S.receptionIssueToRequestBody,
        );
      }
      case 'POST /api/services/open311-clients':
        return c('POST', '/api/services/open311-clients', { unitId: s0().id, name: '输入热线' }, S.open311ClientBody);
      case 'POST /api/services/open311-clients/:id/revoke':
        return c(
          'POST',
          `/api/services/open311-clients/${(await issueClientKey(ctx.deps, system, { unitId: s0().id, name: '输入' })).id}/revoke`,
          {},
          S.emptyBody,
        );
      case 'POST /api/services/brands':
        return c(
          'POST',
          '/api/services/brands',
          { unitId: c0().id, name: `输入品牌${uniq()}`, story: '', activities: [] },
          S.brandBody,
        );
      case 'POST /api/services/honours':
        return c(
          'POST',
          '/api/services/honours',
          {
            unitId: c0().id,
            title: '输入荣誉',
            kind: 'honour',
            holder: '社区',
            conferredBy: '区',
            conferredOn: '2015-01-01',
          },
          S.honourBody,
        );
      default:
        throw new Error(`no JSON body case for ${route}`);
    }
  }

  let itemNo = 0;
  /** The power list's, exercises', alerts' and complaints' JSON writes (fresh objects where a write consumes them). */
  async function integrityWriteCase(route: WriteRoute): Promise<WriteCase> {
    const sa = (
      method: Method,
      url: string,
      body: Record<string, unknown>,
      schema: { shape: Record<string, unknown> },
      client = admin,
    ): WriteCase => ({ client, method, url, body, keys: keysOf(schema) });
    const fresh = async () => (await openRelief(ctx.deps, c0().id)).id;
    switch (route) {
      case 'POST /api/integrity/items':
        itemNo += 1;
        return sa(
          'POST',
          '/api/integrity/items',
          {
            ownerUnitId: s0().id,
            code: `IN-${itemNo}-${uniq().slice(0, 6).toUpperCase()}`,
            name: '输入测试事项',
            category: 'convenience_service',
            policyBasis: '依据',
            subject: '社区',
            post: '窗口',
            steps: [{ name: '受理', actorPost: '窗口', output: '登记', timeLimitDays: 1 }],
            timeLimitDays: 3,
            disclosure: null,
            supervisionBody: '纪检',
            riskPoints: [],
            accountability: '追责',
            incompatible: [],
            effectiveFrom: '2020-01-01',
          },
          powerItemCreateBody,
        );
      case 'POST /api/integrity/rollout':
        return sa(
          'POST',
          '/api/integrity/rollout',
          { unitId: c0().id, codes: ['T-RELIEF'], enabled: true },
          rolloutBody,
        );
      case 'POST /api/integrity/exercises':
        return sa(
          'POST',
          '/api/integrity/exercises',
          { unitId: c0().id, itemCode: 'T-RELIEF', title: '输入测试运行' },
          exerciseOpenBody,
        );
      case 'POST /api/integrity/exercises/:id/steps':
        return sa(
          'POST',
          `/api/integrity/exercises/${await fresh()}/steps`,
          { stepSeq: 1, note: '受理' },
          stepRecordBody,
        );
      case 'POST /api/integrity/exercises/:id/close':
        return sa('POST', `/api/integrity/exercises/${await fresh()}/close`, { note: '办结' }, exerciseCloseBody);
      case 'POST /api/integrity/exercises/:id/disclosure':
        return sa('POST', `/api/integrity/exercises/${await fresh()}/disclosure`, { where: '公开栏' }, disclosureBody);
      case 'POST /api/integrity/alerts/:id/actions': {
        const id = await fresh();
        await recordStep(ctx.deps, systemActor(), id, { stepSeq: 2, evidence: [] });
        const alert = await ctx.deps.db
          .selectFrom('supervision_alerts')
          .select('id')
          .where('exercise_id', '=', id)
          .executeTakeFirstOrThrow();
        return sa(
          'POST',
          `/api/integrity/alerts/${alert.id}/actions`,
          { action: 'acknowledge', note: '已收到预警' },
          alertActionBody,
          inspector,
        );
      }
      case 'POST /api/integrity/detect':
        return sa('POST', '/api/integrity/detect', { unitId: c0().id }, detectBody, inspector);
      case 'POST /api/integrity/complaints/:id/actions': {
        const r = await submitComplaint(
          ctx.deps,
          { ip: '127.0.0.1', requestId: 't' },
          { unitId: c0().id, targetKind: 'item', targetText: '事项', content: '内容', anonymous: true },
        );
        const c = await ctx.deps.db
          .selectFrom('complaints')
          .select('id')
          .where('tracking_hash', '=', sha256Hex(r.trackingCode))
          .executeTakeFirstOrThrow();
        return sa(
          'POST',
          `/api/integrity/complaints/${c.id}/actions`,
          { action: 'accept', note: '予以受理' },
          complaintActionBody,
          inspector,
        );
      }
      case 'POST /api/public/complaints':
        return sa(
          'POST',
          '/api/public/complaints',
          { unitId: c0().id, targetKind: 'organisation', targetText: '社区', content: '反映问题', anonymous: true },
          complaintSubmitBody,
        );
      case 'POST /api/public/complaints/track':
        return sa('POST', '/api/public/complaints/track', { code: integ.trackingCode }, complaintTrackBody);
      default:
        throw new Error(`no JSON body case for ${route}`);
    }
  }

  // grid governance
  /** Grid governance JSON writes: reports by a grid worker holding the specialist post, cases by the subdistrict admin. */
  async function gridWriteCase(route: WriteRoute): Promise<WriteCase> {
    const sa = (
      url: string,
      body: Record<string, unknown>,
      schema: { shape: Record<string, unknown> },
      client = admin,
    ): WriteCase => ({ client, method: 'POST', url, body, keys: keysOf(schema) });
    switch (route) {
      case 'POST /api/grid/posts':
        return sa(
          '/api/grid/posts',
          { gridId: gA().id, userId: (await makeUser(ctx.deps, 'grid_worker', gA().id)).id, post: 'worker' },
          postCreateBody,
        );
      case 'POST /api/grid/reports': {
        const reporter = await clientFor(ctx.app, ctx.deps, 'grid_worker', gA().id);
        await givePost(ctx.deps, gA().id, reporter.userId);
        return {
          client: reporter,
          method: 'POST',
          url: '/api/grid/reports',
          body: { gridId: gA().id, zero: true, items: [], idempotencyKey: key() },
          keys: ['gridId', 'date', 'zero', 'items', 'idempotencyKey'],
        };
      }
      case 'POST /api/grid/cases':
        return sa('/api/grid/cases', caseBody(gA().id), caseCreateBody);
      case 'POST /api/grid/cases/:id/actions':
        return sa(
          `/api/grid/cases/${(await freshCase(ctx.deps, gA().id)).id}/actions`,
          { action: 'accept', note: '受理' },
          caseActionBody,
        );
      case 'POST /api/grid/cases/:id/sessions': {
        const assignee = await makeUser(ctx.deps, 'grid_worker', gA().id);
        return sa(
          `/api/grid/cases/${(await mediatingCase(ctx.deps, gA().id, assignee.id)).id}/sessions`,
          { heldOn: '2026-01-05', mediators: ['网格长'], outcome: 'partial', notes: '' },
          sessionBody,
        );
      }
      default:
        throw new Error(`no JSON body case for ${route}`);
    }
  }

  let month = 0;
  /** The deliberation hall's and subdistrict meetings' JSON writes (fresh objects where a write consumes them). */
  async function decisionWriteCase(route: WriteRoute): Promise<WriteCase> {
    const sa = (
      method: Method,
      url: string,
      body: Record<string, unknown>,
      schema: { shape: Record<string, unknown> },
    ): WriteCase => ({ client: admin, method, url, body, keys: keysOf(schema) });
    const { templates, objects: o, meetings: mt } = hall;
    const fresh = async () => (await openAssigned(ctx.deps, c0().id, templates.community)).id;
    const freshProposal = async () =>
      (await createProposal(ctx.deps, systemActor(), { unitId: c0().id, title: '输入测试提议', content: '内容' })).id;
    const stages = [
      {
        code: 'vote',
        name: '表决',
        body: 'representatives_meeting',
        quorum: { num: 2, den: 3, op: 'gte' },
        pass: { num: 1, den: 2, op: 'gt', base: 'present' },
      },
      { code: 'resolution_notice', name: '决议公开', body: 'resolution_notice', noticeDays: 7 },
      { code: 'result_notice', name: '实施结果公开', body: 'result_notice', noticeDays: 7 },
    ];
    switch (route) {
      case 'POST /api/decisions/templates':
        return sa(
          'POST',
          '/api/decisions/templates',
          { ownerUnitId: s0().id, code: 'input_probe', name: '输入测试程序', appliesTo: 'community', stages },
          templateCreateBody,
        );
      case 'POST /api/decisions/matters':
        return sa(
          'POST',
          '/api/decisions/matters',
          {
            unitId: c0().id,
            templateId: templates.community,
            title: '输入测试议题',
            source: 'assigned',
            sourceNote: '交办',
          },
          matterCreateBody,
        );
      case 'PATCH /api/decisions/matters/:id':
        return sa(
          'PATCH',
          `/api/decisions/matters/${o.openMatterId}`,
          { description: '修改', note: '修改说明' },
          matterReviseBody,
        );
      case 'POST /api/decisions/matters/:id/withdraw':
        return sa('POST', `/api/decisions/matters/${await fresh()}/withdraw`, { reason: '不再办理此事' }, withdrawBody);
      case 'POST /api/decisions/matters/:id/meetings':
        return sa(
          'POST',
          `/api/decisions/matters/${await fresh()}/meetings`,
          { stageSeq: 1, heldOn: daysAgo(2), place: '社区', form: 'in_person', minutes: '征求意见' },
          stageMeetingBody,
        );
      case 'POST /api/decisions/matters/:id/notices': {
        const m = await advance(ctx.deps, await fresh(), 4, daysAgo(30));
        return sa(
          'POST',
          `/api/decisions/matters/${m.id}/notices`,
          { stageSeq: 5, noticeFrom: daysAgo(20), noticeUntil: daysAgo(14), content: '决议公开' },
          stageNoticeBody,
        );
      }
      case 'PATCH /api/decisions/matters/:id/implementation':
        return sa(
          'PATCH',
          `/api/decisions/matters/${o.implementingMatterId}/implementation`,
          { owner: '居委会', dueOn: daysAgo(-9) },
          implementationBody,
        );
      case 'POST /api/decisions/matters/:id/progress':
        return sa(
          'POST',
          `/api/decisions/matters/${o.implementingMatterId}/progress`,
          { notedOn: daysAgo(1), note: '进展' },
          progressBody,
        );
      case 'POST /api/decisions/matters/:id/rating':
        return {
          client: await signIn('resident'),
          method: 'POST',
          url: `/api/decisions/matters/${o.completedMatterId}/rating`,
          body: { score: 4 },
          keys: keysOf(ratingBody),
        };
      case 'POST /api/decisions/proposals':
        return {
          client: await signIn('resident'),
          method: 'POST',
          url: '/api/decisions/proposals',
          body: { unitId: c0().id, title: '提议', content: '内容' },
          keys: keysOf(proposalCreateBody),
        };
      case 'POST /api/decisions/proposals/:id/support':
        return {
          client: await signIn('resident'),
          method: 'POST',
          url: `/api/decisions/proposals/${await freshProposal()}/support`,
          body: {},
          keys: keysOf(emptyBody),
        };
      case 'POST /api/decisions/proposals/:id/decline':
        return sa(
          'POST',
          `/api/decisions/proposals/${await freshProposal()}/decline`,
          { reason: '不属于本社区' },
          withdrawBody,
        );
      case 'POST /api/decisions/periods':
        month += 1;
        return sa(
          'POST',
          '/api/decisions/periods',
          { unitId: s0().id, month: `${1980 + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}` },
          periodCloseBody,
        );
      case 'POST /api/meetings/catalog':
        return sa(
          'POST',
          '/api/meetings/catalog',
          { unitId: s0().id, kind: 'meeting_type', name: `输入测试类型${uniq()}` },
          catalogCreateBody,
        );
      case 'PATCH /api/meetings/catalog/:id':
        return sa('PATCH', `/api/meetings/catalog/${mt.spareCatalogId}`, { name: '备用类型' }, catalogUpdateBody);
      case 'POST /api/meetings':
        return sa(
          'POST',
          '/api/meetings',
          {
            unitId: s0().id,
            typeId: mt.meetingTypeId,
            title: '会议',
            heldOn: daysAgo(1),
            place: '会议室',
            attendees: [{ name: '甲' }],
            agenda: [{ title: '议题' }],
          },
          meetingCreateBody,
        );
      case 'POST /api/meetings/decisions/:id/follow-ups':
        return sa(
          'POST',
          `/api/meetings/decisions/${mt.decisionId}/follow-ups`,
          { notedOn: daysAgo(1), note: '推进', status: 'in_progress' },
          followUpBody,
        );
      case 'POST /api/meetings/:id/opinions':
        return sa(
          'POST',
          `/api/meetings/${mt.meetingId}/opinions`,
          { roleId: mt.supervisionRoleId, author: '监督员', opinion: '同意' },
          opinionBody,
        );
      default:
        throw new Error(`no JSON body case for ${route}`);
    }
  }

  /** JSON write routes: every POST/PATCH except those without a JSON body schema. */
  const NO_JSON_BODY: readonly string[] = [
    'POST /api/auth/logout',
    'POST /api/auth/totp/setup',
    // accounts: resets and decisions name their object in the path only
    'POST /api/users/:id/password-reset',
    'POST /api/users/:id/second-factor-reset',
    'POST /api/account-proposals/:id/approve',
    'POST /api/account-proposals/:id/reject',
    'POST /api/residents/import',
    // grid governance: a raw image body, and a sweep without a body
    'POST /api/grid/cases/:id/photos',
    'POST /api/grid/escalate-overdue',
    // party life and volunteers: raw image and document bodies
    'POST /api/party-life/photos',
    'POST /api/pairing/photos',
    'POST /api/education/courses/:id/material',
    // services: raw image bodies
    'POST /api/portal/requests/:id/photos',
    'POST /api/services/brands/:id/photos',
    // indicators: the rebuild takes no body
    'POST /api/indicators/rebuild',
  ];
  const jsonWriteRoutes = (): WriteRoute[] =>
    MATRIX_ROUTES.filter((r): r is WriteRoute => /^(POST|PATCH) /.test(r) && !NO_JSON_BODY.includes(r));

  const rawJson = (
    c: WriteCase,
    payload: string,
    headers: Record<string, string> = {},
  ): Promise<LightMyRequestResponse> =>
    c.client.request(c.method, c.url, payload, { 'content-type': 'application/json', ...headers });

  describe('mass assignment', () => {
    it.each(jsonWriteRoutes())(
      '%s rejects orgId, status, createdBy, role, verified and id it does not define, and writes nothing',
      async (route) => {
        const c = await writeCase(route);
        const extras = Object.keys(EXTRA_FIELDS).filter((k) => !c.keys.includes(k));
        expect(extras.length).toBeGreaterThanOrEqual(4);
        const before = await snapshot(ctx);
        for (const extra of [...extras.map((k) => [k]), extras]) {
          const body = { ...c.body, ...Object.fromEntries(extra.map((k) => [k, EXTRA_FIELDS[k]])) };
          const res = await c.client.request(c.method, c.url, body);
          expect(res.statusCode, `${route} + ${extra.join(',')}: ${res.body}`).toBe(400);
          const err = readJson<ErrorBodyShape>(res);
          expect(err.code).toBe('VALIDATION');
          expect(err.issues?.some((i) => i.path === 'body' && extra.every((k) => i.message.includes(k)))).toBe(true);
        }
        expect(changedTables(before, await snapshot(ctx))).toEqual([]);
        // Control: the same body without the extra fields is accepted, so the refusals were about them.
        const ok = await c.client.request(c.method, c.url, c.body);
        expect(ok.statusCode, `${route} control: ${ok.body}`).toBe(200);
      },
    );
  });

  describe('prototype pollution', () => {
    const PAYLOADS = [
      '{"__proto__": {"polluted": "yes"}}',
      '{"constructor": {"prototype": {"polluted": "yes"}}}',
      '{"a": {"b": {"__proto__": {"polluted": "yes"}}}}',
    ];

    it.each(jsonWriteRoutes())(
      '%s answers __proto__ and constructor.prototype payloads with 400 VALIDATION and writes nothing',
      async (route) => {
        const c = await writeCase(route);
        const valid = JSON.stringify(c.body).slice(1, -1);
        const payloads = [
          ...PAYLOADS,
          `{${valid}, "__proto__": {"role": "subdistrict_admin", "polluted": "yes"}}`,
          `{${valid}, "constructor": {"prototype": {"polluted": "yes"}}}`,
        ];
        const before = await snapshot(ctx);
        for (const payload of payloads) {
          const res = await rawJson(c, payload);
          expect(res.statusCode, `${route} ${payload}: ${res.body}`).toBe(400);
          expect(readJson<ErrorBodyShape>(res).code).toBe('VALIDATION');
        }
        expect(changedTables(before, await snapshot(ctx))).toEqual([]);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        expect(Object.prototype).not.toHaveProperty('polluted');
      },
    );

    it('query strings named __proto__ or constructor neither fail nor pollute', async () => {
      for (const url of [
        '/api/residents?__proto__=x&constructor=y',
        '/api/residents?__proto__[polluted]=yes',
        '/api/dashboard/home?constructor[prototype][polluted]=yes',
      ]) {
        const res = await admin.get(url);
        expect(res.statusCode, `${url}: ${res.body}`).toBeLessThan(500);
      }
      expect(Object.prototype).not.toHaveProperty('polluted');
    });
  });

  describe('error bodies', () => {
    interface Provoked {
      what: string;
      code: ErrorCode;
      send: (headers: Record<string, string>) => Promise<LightMyRequestResponse>;
    }
    const anonymous = (method: Method, url: string, headers: Record<string, string>, payload?: string) =>
      ctx.app.inject({ method, url, headers, payload });

    const provocations = (): Provoked[] => [
      { what: 'empty create body', code: 'VALIDATION', send: (h) => admin.request('POST', '/api/residents', {}, h) },
      {
        what: 'invalid ID number',
        code: 'VALIDATION',
        send: (h) => admin.request('POST', '/api/residents/lookup', { idNumber: BAD_ID_NUMBER }, h),
      },
      {
        what: 'bad query',
        code: 'VALIDATION',
        send: (h) => admin.request('GET', '/api/residents?pageSize=100000&flag=rich', undefined, h),
      },
      {
        what: 'bad id param',
        code: 'VALIDATION',
        send: (h) => admin.request('GET', '/api/residents/not-a-uuid', undefined, h),
      },
      {
        what: 'malformed JSON',
        code: 'VALIDATION',
        send: (h) =>
          admin.request('POST', '/api/residents', '{"name": "张三",', { 'content-type': 'application/json', ...h }),
      },
      {
        what: 'unsupported media type',
        code: 'UNSUPPORTED_MEDIA_TYPE',
        send: (h) => admin.request('POST', '/api/residents', 'name=张三', { 'content-type': 'text/plain', ...h }),
      },
      {
        what: 'body too large',
        code: 'PAYLOAD_TOO_LARGE',
        send: (h) =>
          admin.request('POST', '/api/residents', JSON.stringify({ name: 'x'.repeat(1_100_000) }), {
            'content-type': 'application/json',
            ...h,
          }),
      },
      { what: 'not signed in', code: 'UNAUTHENTICATED', send: (h) => anonymous('GET', '/api/residents', h) },
      {
        what: 'wrong password',
        code: 'AUTH_INVALID',
        send: (h) =>
          anonymous(
            'POST',
            '/api/auth/login',
            { 'content-type': 'application/json', ...h },
            JSON.stringify({ username: 'nobody-here', password: 'wrong-password' }),
          ),
      },
      { what: 'missing permission', code: 'FORBIDDEN', send: (h) => admin.request('GET', '/api/users', undefined, h) },
      {
        what: 'missing CSRF token',
        code: 'CSRF',
        send: (h) =>
          ctx.app.inject({
            method: 'POST',
            url: '/api/residents',
            headers: { cookie: admin.cookie, ...h },
            payload: {},
          }),
      },
      {
        what: 'unknown id',
        code: 'NOT_FOUND',
        send: (h) => admin.request('GET', '/api/residents/01900000-0000-7000-8000-000000000000', undefined, h),
      },
      {
        what: 'unknown route',
        code: 'NOT_FOUND',
        send: (h) => admin.request('GET', '/api/no-such-thing', undefined, h),
      },
      {
        what: 'impossible structure',
        code: 'INVALID_MOVE',
        send: (h) =>
          admin.request('POST', '/api/territory/units', { parentId: gA().id, kind: 'community', name: '错误层级' }, h),
      },
      {
        what: 'weak password',
        code: 'PASSWORD_WEAK',
        send: (h) =>
          security.request(
            'POST',
            '/api/auth/password',
            { currentPassword: TEST_PASSWORD, newPassword: 'aaaaaaaaaaaa' },
            h,
          ),
      },
    ];

    function checkShape(what: string, res: LightMyRequestResponse, code: ErrorCode): ErrorBodyShape {
      expect(res.statusCode, `${what}: ${res.body}`).toBe(ERRORS[code].status);
      expect(res.body, what).not.toMatch(STACK);
      const body = readJson<ErrorBodyShape>(res);
      expect(
        Object.keys(body).filter((k) => !['code', 'message', 'issues'].includes(k)),
        what,
      ).toEqual([]);
      expect(body.code, what).toBe(code);
      for (const issue of body.issues ?? []) expect(Object.keys(issue).sort(), what).toEqual(['message', 'path']);
      return body;
    }

    it('are {code, message, issues?} in Chinese by default, with no stack trace', async () => {
      for (const p of provocations()) {
        const body = checkShape(p.what, await p.send({}), p.code);
        expect(body.message, p.what).toBe(ERRORS[p.code].zh);
        for (const issue of body.issues ?? []) expect(issue.message, `${p.what} ${issue.path}`).toMatch(CJK);
      }
    });

    it('are in English with accept-language: en', async () => {
      for (const p of provocations()) {
        const body = checkShape(p.what, await p.send({ 'accept-language': 'en-US,en;q=0.9' }), p.code);
        expect(body.message, p.what).toBe(ERRORS[p.code].en);
        expect(JSON.stringify(body), p.what).not.toMatch(CJK);
      }
    });

    it("name the failing fields and the custom formats in the caller's language", async () => {
      const zh = readJson<ErrorBodyShape>(await admin.post('/api/residents/lookup', { idNumber: BAD_ID_NUMBER }));
      expect(zh.issues).toEqual([{ path: 'body.idNumber', message: '身份证号码无效（须为18位且校验位正确）' }]);
      const en = readJson<ErrorBodyShape>(
        await admin.request(
          'POST',
          '/api/residents',
          { name: '张三', gridId: gA().id, phone: '12345' },
          { 'accept-language': 'en' },
        ),
      );
      expect(en.issues).toEqual([{ path: 'body.phone', message: 'Invalid mobile number (11-digit mainland number)' }]);
    });

    it('a duplicate user name is a 409 DUPLICATE, not a server error, and writes nothing', async () => {
      const body = {
        username: `dup${uniq()}`,
        displayName: '重复账号',
        role: 'volunteer',
        scopeUnitId: c0().id,
      };
      expect((await security.post('/api/users', body)).statusCode).toBe(200);
      const before = await snapshot(ctx);
      for (const username of [body.username, `  ${body.username} `]) {
        const res = await security.post('/api/users', { ...body, username });
        checkShape(`duplicate ${username}`, res, 'DUPLICATE');
      }
      expect(changedTables(before, await snapshot(ctx))).toEqual([]);
    });
  });

  describe('control characters', () => {
    it('a NUL byte in text input is answered with a 4xx, never a server error (PostgreSQL rejects U+0000 in text)', async () => {
      const auditor = await signIn('audit_admin');
      const nul = 'a\u0000b';
      const cases: [Client, Method, string, unknown][] = [
        [admin, 'PATCH', `/api/territory/units/${gA().id}`, { name: nul }],
        [admin, 'POST', '/api/residents', { name: nul, gridId: gA().id }],
        [admin, 'PATCH', `/api/residents/${gA().residentIds[1]}`, { address: nul }],
        [admin, 'GET', `/api/residents?q=${encodeURIComponent(nul)}`, undefined],
        [admin, 'GET', `/api/party-members?q=${encodeURIComponent(nul)}`, undefined],
        [admin, 'POST', '/api/workers', { name: nul, unitId: c0().id, post: '网格员', origin: 'graduate' }],
        [admin, 'POST', '/api/residents/export', { reason: `核查${nul}需要` }],
        [auditor, 'GET', `/api/audit?action=${encodeURIComponent(nul)}`, undefined],
        [admin, 'POST', '/api/auth/login', { username: nul, password: 'irrelevant' }],
      ];
      const failures: string[] = [];
      for (const [client, method, url, body] of cases) {
        const res = await client.request(method, url, body);
        if (res.statusCode >= 500) failures.push(`${method} ${url.split('?')[0]} → ${res.statusCode} ${res.body}`);
      }
      expect(failures).toEqual([]);
    });
  });

  describe('property-based fuzzing (0 responses ≥ 500)', () => {
    const RUNS = 150;
    const SEED = Number(process.env.FC_SEED ?? 20261129);
    const nasty = fc.constantFrom(
      '',
      ' ',
      '\u0000',
      'a\u0000b',
      '%',
      '_',
      '\\',
      '%_\\',
      "'; DROP TABLE residents; --",
      '"',
      '<script>alert(1)</script>',
      '../../etc/passwd',
      '🙂',
      '\ud800',
      '𠀀𠀁',
      '王',
      '张伟',
      '-1',
      '0',
      '1.5',
      '1e308',
      'NaN',
      'Infinity',
      '9'.repeat(30),
      '2024-02-30',
      '0000-00-00',
      '2024-13-01',
      'null',
      'true',
      '[]',
      '{}',
      'x'.repeat(5000),
      '01900000-0000-7000-8000-000000000000',
      '00000000-0000-0000-0000-000000000000',
    );
    /** Ordinary text with one troublesome character spliced in (NUL, LIKE wildcards, quotes, escapes). */
    const spliced = fc
      .tuple(
        fc.string({ maxLength: 8 }),
        fc.constantFrom('\u0000', '%', '_', '\\', "'", '"', '\n', '\u202e', '\ufeff'),
        fc.string({ maxLength: 8 }),
      )
      .map(([a, b, c]) => `${a}${b}${c}`);
    const text = fc.oneof(
      { arbitrary: nasty, weight: 3 },
      { arbitrary: spliced, weight: 3 },
      { arbitrary: fc.string(), weight: 1 },
      { arbitrary: fc.string({ unit: 'binary', maxLength: 40 }), weight: 1 },
      { arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }), weight: 1 },
    );

    /** Real ids make the fuzzer reach the handlers, not only the validators. */
    const realIds = (): string[] => [
      s0().id,
      c0().id,
      gA().id,
      gA().householdId,
      gA().buildingId,
      gA().residentIds[0],
      c0().partyOrgId,
      c0().branchId,
      c0().memberId,
      c0().workerId,
      fx.subdistricts[1].communities[0].grids[0].id,
      admin.userId,
    ];
    const junk = (): fc.Arbitrary<unknown> =>
      fc.oneof(
        { arbitrary: text, weight: 6 },
        { arbitrary: fc.constantFrom(...realIds()), weight: 1 },
        { arbitrary: fc.oneof(fc.integer(), fc.double(), fc.boolean(), fc.constant(null)), weight: 1 },
        { arbitrary: fc.jsonValue({ maxDepth: 2 }), weight: 1 },
        { arbitrary: fc.array(text, { maxLength: 3 }), weight: 1 },
      );
    /** Each field of a valid object kept or swapped for junk, sometimes dropped, sometimes joined by junk keys. */
    const mutated = <T>(
      valid: Record<string, T>,
      value: (v: T) => fc.Arbitrary<unknown>,
    ): fc.Arbitrary<Record<string, unknown>> =>
      fc
        .tuple(
          fc.record(
            Object.fromEntries(Object.entries(valid).map(([k, v]) => [k, fc.oneof(fc.constant(v), value(v))])),
            { requiredKeys: [] },
          ),
          fc.oneof(
            { arbitrary: fc.constant({}), weight: 4 },
            { arbitrary: fc.dictionary(text, junk(), { maxKeys: 2 }), weight: 1 },
          ),
        )
        .map(([b, extra]) => ({ ...extra, ...b }));

    /** Valid query parameters per GET route (every key the route's schema knows). */
    const QUERIES: Partial<Record<MatrixRoute, () => Record<string, string>>> = {
      'GET /api/territory/units': () => ({ at: '2020-01-01' }),
      'GET /api/territory/units/:id/parent-at': () => ({ date: '2020-01-01' }),
      'GET /api/territory/buildings': () => ({ gridId: gA().id }),
      'GET /api/territory/households': () => ({ gridId: gA().id }),
      'GET /api/residents': () => ({ page: '1', pageSize: '20', q: '张', gridId: gA().id, flag: 'needy' }),
      'GET /api/party-members': () => ({ page: '1', pageSize: '20', branchId: c0().branchId, q: '王' }),
      'GET /api/workers': () => ({ page: '1', pageSize: '20', unitId: c0().id }),
      'GET /api/audit': () => ({
        page: '1',
        pageSize: '20',
        action: 'resident.create',
        subjectId: gA().residentIds[0],
      }),
      'GET /api/dashboard/home': () => ({ at: '2020-01-01', unitId: c0().id }),
      'GET /api/decisions/matters': () => ({ page: '1', pageSize: '20', unitId: c0().id, status: 'open', q: '议题' }),
      'GET /api/decisions/proposals': () => ({ page: '1', pageSize: '20', unitId: c0().id, status: 'open' }),
      'GET /api/decisions/periods': () => ({ unitId: c0().id }),
      'GET /api/decisions/tally': () => ({ from: '2020-01-01', to: '2030-12-31', unitId: c0().id }),
      'GET /api/decisions/units/:id/calendar.ics': () => ({ since: '2020-01-01' }),
      'GET /api/meetings': () => ({ page: '1', pageSize: '20', unitId: s0().id }),
      'GET /api/public/boards/:id/notices': () => ({ page: '1', pageSize: '20', current: 'true' }),
      'GET /api/integrity/items': () => ({ code: 'T-RELIEF', all: 'true' }),
      'GET /api/integrity/exercises': () => ({
        page: '1',
        pageSize: '20',
        unitId: c0().id,
        status: 'open',
        itemCode: 'T-RELIEF',
        deviating: 'true',
      }),
      'GET /api/integrity/alerts': () => ({
        page: '1',
        pageSize: '20',
        unitId: c0().id,
        status: 'open',
        kind: 'skipped_step',
      }),
      'GET /api/integrity/complaints': () => ({ page: '1', pageSize: '20', unitId: c0().id, status: 'received' }),
      'GET /api/integrity/oversight/exercises.xlsx': () => ({
        unitId: c0().id,
        status: 'open',
        itemCode: 'T-RELIEF',
        deviating: 'true',
      }),
      'GET /api/integrity/oversight/decisions.xlsx': () => ({ unitId: c0().id, status: 'open' }),
    };
    /** A real, in-scope id for every :id route that is not a JSON write. */
    const ID_OF: Partial<Record<MatrixRoute, () => string>> = {
      'GET /api/territory/units/:id': () => c0().id,
      'GET /api/territory/units/:id/history': () => gA().id,
      'GET /api/territory/units/:id/parent-at': () => gA().id,
      'GET /api/residents/:id': () => gA().residentIds[0],
      'DELETE /api/residents/:id': () => gA().residentIds[2],
      'GET /api/decisions/templates/:id': () => hall.templates.community,
      'GET /api/decisions/matters/:id': () => hall.objects.completedMatterId,
      'GET /api/decisions/units/:id/calendar.ics': () => c0().id,
      'GET /api/meetings/:id': () => hall.meetings.meetingId,
      'GET /api/public/boards/:id/notices': () => c0().id,
      'GET /api/integrity/items/:id': () => integ.itemId,
      'GET /api/integrity/exercises/:id': () => integ.exerciseId,
      'GET /api/integrity/alerts/:id': () => integ.alertId,
      'GET /api/integrity/complaints/:id': () => integ.complaintId,
      'GET /api/public/power-list/:id': () => c0().id,
      // grid governance
      'GET /api/grid/cases/:id': () => gridIds.caseId,
      'GET /api/grid/reports/:id': () => gridIds.reportId,
      'DELETE /api/grid/posts/:id': () => gridIds.postId,
      'POST /api/grid/cases/:id/photos': () => gridIds.caseId,
    };

    interface FuzzBase {
      client: Client;
      id: string | null;
      query: Record<string, string>;
      body: Record<string, unknown> | null;
    }

    /** The route's valid request, sent as a subdistrict admin (or, where they lack the permission, a role that has it). */
    async function baseOf(route: MatrixRoute): Promise<FuzzBase> {
      const pattern = route.split(' ')[1].split('/');
      const query = QUERIES[route]?.() ?? {};
      if (/^(POST|PATCH) /.test(route) && !NO_JSON_BODY.includes(route)) {
        const c = await writeCase(route as WriteRoute);
        const at = pattern.indexOf(':id');
        return { client: c.client, id: at >= 0 ? c.url.split('/')[at] : null, query, body: c.body };
      }
      const inspectorOnly = /^GET \/api\/integrity\/(alerts|complaints|oversight|audit-head)/.test(route);
      const fallback = route.startsWith('GET /api/audit')
        ? await signIn('audit_admin')
        : route === 'GET /api/users'
          ? security
          : inspectorOnly
            ? inspector
            : admin;
      return { client: fallback, id: ID_OF[route]?.() ?? null, query, body: null };
    }

    async function fuzz(route: MatrixRoute): Promise<void> {
      const method = route.split(' ')[0] as Method;
      const base = await baseOf(route);
      const isImport = route === 'POST /api/residents/import';
      const id = base.id
        ? fc.oneof(
            { arbitrary: fc.constant(base.id), weight: 3 },
            { arbitrary: fc.oneof(fc.constantFrom(...realIds()), fc.uuid(), text.map(pathSegment)), weight: 1 },
          )
        : fc.constant('');
      const query = fc
        .tuple(
          mutated(base.query, () => fc.oneof(text, fc.constantFrom(...realIds()), fc.integer().map(String))),
          fc.array(fc.tuple(text, text), { maxLength: 2 }),
        )
        .map(([known, extra]) => {
          const params = new URLSearchParams();
          for (const [k, v] of Object.entries(known)) params.append(k, String(v));
          for (const [k, v] of extra) params.append(k, v);
          return params.toString();
        });
      const body: fc.Arbitrary<unknown> = isImport
        ? fc.uint8Array({ maxLength: 300 })
        : base.body
          ? fc.oneof(
              { arbitrary: mutated(base.body, () => junk()), weight: 4 },
              { arbitrary: fc.jsonValue({ maxDepth: 3 }), weight: 1 },
            )
          : fc.jsonValue({ maxDepth: 2 });
      await fc.assert(
        fc.asyncProperty(fc.record({ id, query, body }), async (r) => {
          // Logging out would end the fuzzing session: that route gets a throwaway session per run.
          const client = route === 'POST /api/auth/logout' ? await signIn('subdistrict_admin') : base.client;
          const url = `${route.split(' ')[1].replace(':id', r.id)}${r.query ? `?${r.query}` : ''}`;
          const headers: Record<string, string> = {};
          let payload: string | Buffer | undefined;
          if (method !== 'GET' && method !== 'DELETE') {
            payload = r.body instanceof Uint8Array ? Buffer.from(r.body) : JSON.stringify(r.body);
            headers['content-type'] = isImport ? XLSX_MIME : 'application/json';
          }
          const res = await client.request(method, url, payload, headers);
          if (res.statusCode >= 500)
            throw new Error(
              `${method} ${url} ${String(payload).slice(0, 300)} → ${res.statusCode} ${res.body.slice(0, 300)}`,
            );
          if (res.statusCode >= 400) expect(res.body).not.toMatch(STACK);
        }),
        // A fixed seed keeps CI reproducible; FC_SEED=<n> explores other inputs.
        { numRuns: RUNS, endOnFailure: true, seed: SEED },
      );
    }

    it.each(MATRIX_ROUTES.filter((r) => /^(GET|POST|PATCH|DELETE) /.test(r)))('%s', async (route) => {
      await fuzz(route);
    });
  });
});
