import { beforeAll, describe, expect, it } from 'vitest';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { ERRORS, type Role } from '@jishi/shared';
import { createTestContext, readJson } from '../harness.ts';
import {
  buildFixture,
  type Fixture,
  type FixtureCommunity,
  type FixtureGrid,
  type FixtureSubdistrict,
} from '../fixture.ts';
import { clientFor, clientForUser, makeUser, type Client } from '../sessions.ts';
import { mayCall, routeKey, type MatrixRoute } from '../authorization-matrix.ts';
import { headerFor } from '../../src/features/residents/residents.columns.ts';
import { buildWorkbook, XLSX_MIME } from '../../src/platform/xlsx.ts';
import { installIntegrity, integrityObjects, type IntegrityObjects } from '../integrity-support.ts';
// grid governance
import { casePhoto, caseBody, freshCase, givePost, key, mediatingCase, png } from '../grid-support.ts';
// party life and volunteers
import { installPartyLife, signupIn, type PartyLifeObjects } from '../volunteers-support.ts';
import { recordDeed } from '../../src/features/good-deeds/good-deeds.service.ts';
import {
  installServices,
  providerAccount,
  residentRequest,
  slotAhead,
  type CommunityServices,
} from '../services-support.ts';
import { createBooking } from '../../src/features/bookings/bookings.service.ts';
import { actOnRequest } from '../../src/features/service-requests/requests.service.ts';
import { systemActor } from '../../src/features/auth/system-actor.ts';
import {
  daysAgo,
  hallObjects,
  installDecisions,
  meetingObjects,
  type HallObjects,
  type HallTemplates,
  type MeetingObjects,
} from '../decisions-support.ts';

/**
 * Object-level authorization (IDOR) on the 2 × 2 × 2 fixture: objects outside the caller's
 * scope do not exist for them (404, the same body as for an id that was never issued), a caller
 * without the permission gets 403, and in both cases nothing at all is written.
 */
type Ctx = Awaited<ReturnType<typeof createTestContext>>;
type Method = NonNullable<InjectOptions['method']>;

interface Actor {
  client: Client;
  role: Role;
}
/** The caller's own objects, used beside a foreign id in bodies (e.g. own resident moved to a foreign grid). */
interface Own {
  gridId: string;
  residentId: string;
  communityId: string;
  partyOrgId: string;
  branchId: string;
  memberId: string;
  workerId: string;
}
interface Attack {
  what: string;
  route: MatrixRoute;
  url: string;
  payload?: unknown;
  contentType?: string;
  /** Overrides the expectation for a caller holding the permission (default 404; without it, always 403). */
  expect?: { status: number; code: string };
  /** The id was never issued: a plain 404 with nothing to audit (no object was reached for). */
  neverIssued?: true;
}

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
  'decision_templates',
  'decision_template_stages',
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
  // party life and volunteers
  'courses',
  'study_plans',
  'member_accounts',
  'learning_records',
  'party_life_files',
  'org_life_meetings',
  'org_life_closed_months',
  'trainings',
  'training_participants',
  'service_posts',
  'in_service_members',
  'in_service_records',
  'in_service_evaluations',
  'joint_units',
  'volunteer_teams',
  'volunteers',
  'volunteer_activities',
  'activity_signups',
  'volunteer_certificates',
  'volunteer_points',
  'good_deeds',
  'pairing_rules',
  'pairings',
  'pairing_contacts',
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
const NOT_FOUND_BODY = { code: 'NOT_FOUND', message: ERRORS.NOT_FOUND.zh };
const NEVER_ISSUED = '01900000-0000-7000-8000-000000000000';
const REASON = '越权访问测试';

/** Every row of every data table, canonicalised: any write anywhere changes it. */
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

async function maxAuditSeq(ctx: Ctx): Promise<number> {
  const row = await ctx.deps.db
    .selectFrom('audit_log')
    .select((eb) => eb.fn.max('seq').as('m'))
    .executeTakeFirst();
  return Number(row?.m ?? 0);
}

const codeOf = (res: LightMyRequestResponse): string | undefined => {
  try {
    return readJson<{ code?: string }>(res).code;
  } catch {
    return undefined;
  }
};

/** '/api/residents/0190…/reveal' → '/api/residents/:id/reveal' for the route named by the attack. */
function matchesRoute(method: Method, url: string, route: MatrixRoute): boolean {
  const path = url.split('?')[0].split('/');
  const pattern = route.split(' ')[1].split('/');
  return (
    path.length === pattern.length &&
    routeKey(method, pattern.join('/')) === route &&
    pattern.every((seg, i) => seg.startsWith(':') || seg === path[i])
  );
}

/**
 * Sends one attack and checks status, body and side effects; returns a description of every
 * deviation (empty when the attack was refused cleanly).
 */
async function attack(ctx: Ctx, actor: Actor, a: Attack): Promise<string[]> {
  const method = a.route.split(' ')[0] as Method;
  if (!matchesRoute(method, a.url, a.route)) return [`${a.what}: url ${a.url} is not ${a.route}`];
  const permitted = mayCall(a.route, actor.role);
  const want = permitted ? (a.expect ?? { status: 404, code: 'NOT_FOUND' }) : { status: 403, code: 'FORBIDDEN' };
  const before = await snapshot(ctx);
  const seq = await maxAuditSeq(ctx);
  const headers: Record<string, string> = a.contentType ? { 'content-type': a.contentType } : {};
  const res = await actor.client.request(method, a.url, a.payload, headers);
  const after = await snapshot(ctx);
  const audit = await ctx.deps.db
    .selectFrom('audit_log')
    .select(['action', 'actor_id', 'result'])
    .where('seq', '>', seq)
    .execute();

  const label = `${actor.role} ${a.route} — ${a.what}`;
  const problems: string[] = [];
  if (res.statusCode !== want.status || codeOf(res) !== want.code)
    problems.push(`${label}: expected ${want.status} ${want.code}, got ${res.statusCode} ${res.body.slice(0, 200)}`);
  if (
    want.code === 'NOT_FOUND' &&
    res.statusCode === 404 &&
    JSON.stringify(readJson(res)) !== JSON.stringify(NOT_FOUND_BODY)
  ) {
    problems.push(`${label}: 404 body differs from a never-issued id's: ${res.body}`);
  }
  for (const table of DATA_TABLES)
    if (before[table] !== after[table]) problems.push(`${label}: table ${table} changed`);
  // A refusal leaves exactly one access.denied record: by the access layer (403) or, for an
  // object that exists outside the caller's scope, by the scope check (404). Anything else leaves none.
  const denied =
    (want.status === 403 && want.code === 'FORBIDDEN') ||
    (want.status === 404 && want.code === 'NOT_FOUND' && !a.neverIssued);
  const expectedAudit = denied ? [{ action: 'access.denied', actor_id: actor.client.userId, result: 'denied' }] : [];
  if (JSON.stringify(audit) !== JSON.stringify(expectedAudit))
    problems.push(`${label}: audit records ${JSON.stringify(audit)}`);
  return problems;
}

async function runAll(ctx: Ctx, actor: Actor, attacks: Attack[]): Promise<string[]> {
  const problems: string[] = [];
  for (const a of attacks) problems.push(...(await attack(ctx, actor, a)));
  return problems;
}

const importFile = (gridLabel: string): Promise<Buffer> =>
  buildWorkbook([
    {
      name: '居民',
      header: headerFor('zh-CN'),
      rows: [['越权导入', '', '', gridLabel, '某路1号', '', '', '否', '否', '否']],
      textColumns: true,
    },
  ]);

/** Every route that takes a grid-level object (resident, grid, household, building) by id, aimed at grid `g`. */
async function gridAttacks(g: FixtureGrid, own: Own): Promise<Attack[]> {
  const r = g.residentIds[0];
  return [
    { what: 'read a resident', route: 'GET /api/residents/:id', url: `/api/residents/${r}` },
    {
      what: 'update a resident',
      route: 'PATCH /api/residents/:id',
      url: `/api/residents/${r}`,
      payload: { address: '越权修改' },
    },
    { what: 'move a resident out', route: 'DELETE /api/residents/:id', url: `/api/residents/${r}` },
    {
      what: 'reveal a resident',
      route: 'POST /api/residents/:id/reveal',
      url: `/api/residents/${r}/reveal`,
      payload: { fields: ['idNumber', 'phone'], reason: REASON },
    },
    { what: 'read the grid', route: 'GET /api/territory/units/:id', url: `/api/territory/units/${g.id}` },
    {
      what: 'rename the grid',
      route: 'PATCH /api/territory/units/:id',
      url: `/api/territory/units/${g.id}`,
      payload: { name: '越权改名' },
    },
    {
      what: "the grid's history",
      route: 'GET /api/territory/units/:id/history',
      url: `/api/territory/units/${g.id}/history`,
    },
    {
      what: "the grid's parent on a date",
      route: 'GET /api/territory/units/:id/parent-at',
      url: `/api/territory/units/${g.id}/parent-at?date=2020-01-01`,
    },
    { what: 'list residents by gridId', route: 'GET /api/residents', url: `/api/residents?gridId=${g.id}` },
    {
      what: 'list buildings by gridId',
      route: 'GET /api/territory/buildings',
      url: `/api/territory/buildings?gridId=${g.id}`,
    },
    {
      what: 'list households by gridId',
      route: 'GET /api/territory/households',
      url: `/api/territory/households?gridId=${g.id}`,
    },
    {
      what: 'register a resident in the grid',
      route: 'POST /api/residents',
      url: '/api/residents',
      payload: { name: '越权登记', gridId: g.id },
    },
    {
      what: "register a resident in one's grid, in the foreign household",
      route: 'POST /api/residents',
      url: '/api/residents',
      payload: { name: '越权登记', gridId: own.gridId, householdId: g.householdId },
    },
    {
      what: "move one's own resident into the grid",
      route: 'PATCH /api/residents/:id',
      url: `/api/residents/${own.residentId}`,
      payload: { gridId: g.id },
    },
    {
      what: "move one's own resident into the household",
      route: 'PATCH /api/residents/:id',
      url: `/api/residents/${own.residentId}`,
      payload: { householdId: g.householdId },
    },
    {
      what: 'add a building to the grid',
      route: 'POST /api/territory/buildings',
      url: '/api/territory/buildings',
      payload: { gridId: g.id, name: '越权楼', address: '越权地址' },
    },
    {
      what: 'add a household to the grid',
      route: 'POST /api/territory/households',
      url: '/api/territory/households',
      payload: { gridId: g.id, address: '越权地址' },
    },
    {
      what: "add a household in one's grid to the foreign building",
      route: 'POST /api/territory/households',
      url: '/api/territory/households',
      payload: { gridId: own.gridId, buildingId: g.buildingId, address: '越权地址' },
    },
    {
      what: 'create a micro-grid under the grid',
      route: 'POST /api/territory/units',
      url: '/api/territory/units',
      payload: { parentId: g.id, kind: 'micro_grid', name: '越权微网格' },
    },
    {
      what: 'export the grid',
      route: 'POST /api/residents/export',
      url: '/api/residents/export',
      payload: { reason: REASON, gridId: g.id },
    },
    {
      what: 'make a Party member of the resident',
      route: 'POST /api/party-members',
      url: '/api/party-members',
      payload: {
        name: '越权党员',
        branchId: own.branchId,
        residentId: r,
        memberType: 'formal',
        status: 'in_service',
        joinDate: '2001-07-01',
      },
    },
    {
      what: "link one's member to the resident",
      route: 'PATCH /api/party-members/:id',
      url: `/api/party-members/${own.memberId}`,
      payload: { residentId: r },
    },
    {
      what: 'import a resident into the grid (row refused like an unknown grid)',
      route: 'POST /api/residents/import',
      url: '/api/residents/import',
      payload: await importFile(g.id),
      contentType: XLSX_MIME,
      expect: { status: 422, code: 'IMPORT_ROWS_INVALID' },
    },
  ];
}

/** Every route that takes a community-level object (unit, Party organisations, member, worker) by id. */
function communityAttacks(c: FixtureCommunity, own: Own): Attack[] {
  return [
    { what: 'read the community', route: 'GET /api/territory/units/:id', url: `/api/territory/units/${c.id}` },
    {
      what: 'rename the community',
      route: 'PATCH /api/territory/units/:id',
      url: `/api/territory/units/${c.id}`,
      payload: { name: '越权改名' },
    },
    {
      what: "the community's history",
      route: 'GET /api/territory/units/:id/history',
      url: `/api/territory/units/${c.id}/history`,
    },
    {
      what: "the community's parent on a date",
      route: 'GET /api/territory/units/:id/parent-at',
      url: `/api/territory/units/${c.id}/parent-at?date=2020-01-01`,
    },
    {
      what: "merge the community into one's own",
      route: 'POST /api/territory/units/:id/merge',
      url: `/api/territory/units/${c.id}/merge`,
      payload: { targetId: own.communityId, effectiveDate: '2020-01-01' },
    },
    {
      what: 'create a grid under the community',
      route: 'POST /api/territory/units',
      url: '/api/territory/units',
      payload: { parentId: c.id, kind: 'grid', name: '越权网格' },
    },
    {
      what: 'rename the Party committee',
      route: 'PATCH /api/party-orgs/:id',
      url: `/api/party-orgs/${c.partyOrgId}`,
      payload: { name: '越权改名' },
    },
    {
      what: 'rename the branch',
      route: 'PATCH /api/party-orgs/:id',
      url: `/api/party-orgs/${c.branchId}`,
      payload: { name: '越权改名' },
    },
    {
      what: 'create a branch under the Party committee',
      route: 'POST /api/party-orgs',
      url: '/api/party-orgs',
      payload: {
        parentId: c.partyOrgId,
        kind: 'branch',
        category: 'grid',
        name: '越权支部',
        territoryId: own.communityId,
      },
    },
    {
      what: "create a branch under one's own committee placed in the community",
      route: 'POST /api/party-orgs',
      url: '/api/party-orgs',
      payload: { parentId: own.partyOrgId, kind: 'branch', category: 'grid', name: '越权支部', territoryId: c.id },
    },
    {
      what: 'update a Party member',
      route: 'PATCH /api/party-members/:id',
      url: `/api/party-members/${c.memberId}`,
      payload: { workUnit: '越权修改' },
    },
    {
      what: 'list members by branchId',
      route: 'GET /api/party-members',
      url: `/api/party-members?branchId=${c.branchId}`,
    },
    {
      what: 'add a member to the branch',
      route: 'POST /api/party-members',
      url: '/api/party-members',
      payload: {
        name: '越权党员',
        branchId: c.branchId,
        memberType: 'formal',
        status: 'in_service',
        joinDate: '2001-07-01',
      },
    },
    {
      what: "move one's own member into the branch",
      route: 'PATCH /api/party-members/:id',
      url: `/api/party-members/${own.memberId}`,
      payload: { branchId: c.branchId },
    },
    {
      what: 'update a worker',
      route: 'PATCH /api/workers/:id',
      url: `/api/workers/${c.workerId}`,
      payload: { post: '越权修改' },
    },
    { what: 'list workers by unitId', route: 'GET /api/workers', url: `/api/workers?unitId=${c.id}` },
    {
      what: 'add a worker to the community',
      route: 'POST /api/workers',
      url: '/api/workers',
      payload: { name: '越权社工', unitId: c.id, post: '网格员', origin: 'graduate' },
    },
    {
      what: "move one's own worker into the community",
      route: 'PATCH /api/workers/:id',
      url: `/api/workers/${own.workerId}`,
      payload: { unitId: c.id },
    },
    { what: 'dashboard of the community', route: 'GET /api/dashboard/home', url: `/api/dashboard/home?unitId=${c.id}` },
  ];
}

/** The subdistrict unit and its Party working committee. */
function subdistrictAttacks(s: FixtureSubdistrict, own: Own): Attack[] {
  return [
    { what: 'read the subdistrict', route: 'GET /api/territory/units/:id', url: `/api/territory/units/${s.id}` },
    {
      what: 'rename the subdistrict',
      route: 'PATCH /api/territory/units/:id',
      url: `/api/territory/units/${s.id}`,
      payload: { name: '越权改名' },
    },
    {
      what: "the subdistrict's history",
      route: 'GET /api/territory/units/:id/history',
      url: `/api/territory/units/${s.id}/history`,
    },
    {
      what: "the subdistrict's parent on a date",
      route: 'GET /api/territory/units/:id/parent-at',
      url: `/api/territory/units/${s.id}/parent-at?date=2020-01-01`,
    },
    {
      what: 'create a community under the subdistrict',
      route: 'POST /api/territory/units',
      url: '/api/territory/units',
      payload: { parentId: s.id, kind: 'community', name: '越权社区' },
    },
    {
      what: 'rename the working committee',
      route: 'PATCH /api/party-orgs/:id',
      url: `/api/party-orgs/${s.workingCommitteeId}`,
      payload: { name: '越权改名' },
    },
    {
      what: 'create a Party committee under the working committee',
      route: 'POST /api/party-orgs',
      url: '/api/party-orgs',
      payload: {
        parentId: s.workingCommitteeId,
        kind: 'party_committee',
        name: '越权党委',
        territoryId: own.communityId,
      },
    },
    { what: 'list workers by unitId', route: 'GET /api/workers', url: `/api/workers?unitId=${s.id}` },
    {
      what: 'add agency staff to the subdistrict',
      route: 'POST /api/workers',
      url: '/api/workers',
      payload: { name: '越权社工', unitId: s.id, post: '科员', origin: 'agency' },
    },
    {
      what: 'dashboard of the subdistrict',
      route: 'GET /api/dashboard/home',
      url: `/api/dashboard/home?unitId=${s.id}`,
    },
  ];
}

/** The caller's own hall: a foreign object is used beside it in bodies. */
interface OwnHall {
  communityId: string;
  templateId: string;
  openMatterId: string;
  residentId: string;
}

/** Every deliberation-hall route that takes a community's matter, proposal or unit, aimed at the hall `h`. */
function hallAttacks(h: HallObjects, own: OwnHall, foreignResidentId: string): Attack[] {
  const meeting = { stageSeq: 1, heldOn: daysAgo(1), place: '越权会场', form: 'in_person', minutes: '越权记录' };
  return [
    { what: 'read a matter', route: 'GET /api/decisions/matters/:id', url: `/api/decisions/matters/${h.openMatterId}` },
    {
      what: 'revise a matter',
      route: 'PATCH /api/decisions/matters/:id',
      url: `/api/decisions/matters/${h.openMatterId}`,
      payload: { title: '越权修改', note: '越权修改' },
    },
    {
      what: 'withdraw a matter',
      route: 'POST /api/decisions/matters/:id/withdraw',
      url: `/api/decisions/matters/${h.openMatterId}/withdraw`,
      payload: { reason: REASON },
    },
    {
      what: 'record a meeting',
      route: 'POST /api/decisions/matters/:id/meetings',
      url: `/api/decisions/matters/${h.openMatterId}/meetings`,
      payload: meeting,
    },
    {
      what: 'publish a notice',
      route: 'POST /api/decisions/matters/:id/notices',
      url: `/api/decisions/matters/${h.implementingMatterId}/notices`,
      payload: { stageSeq: 6, noticeFrom: daysAgo(1), noticeUntil: daysAgo(-6), content: '越权公示' },
    },
    {
      what: 'set the implementation',
      route: 'PATCH /api/decisions/matters/:id/implementation',
      url: `/api/decisions/matters/${h.implementingMatterId}/implementation`,
      payload: { owner: '越权', dueOn: daysAgo(-5) },
    },
    {
      what: 'add progress',
      route: 'POST /api/decisions/matters/:id/progress',
      url: `/api/decisions/matters/${h.implementingMatterId}/progress`,
      payload: { notedOn: daysAgo(1), note: '越权进展' },
    },
    {
      what: 'rate a result',
      route: 'POST /api/decisions/matters/:id/rating',
      url: `/api/decisions/matters/${h.completedMatterId}/rating`,
      payload: { score: 1 },
    },
    {
      what: 'support a proposal',
      route: 'POST /api/decisions/proposals/:id/support',
      url: `/api/decisions/proposals/${h.proposalId}/support`,
      payload: {},
    },
    {
      what: 'decline a proposal',
      route: 'POST /api/decisions/proposals/:id/decline',
      url: `/api/decisions/proposals/${h.proposalId}/decline`,
      payload: { reason: REASON },
    },
    {
      what: 'propose in the hall',
      route: 'POST /api/decisions/proposals',
      url: '/api/decisions/proposals',
      payload: { unitId: h.communityId, title: '越权提议', content: '越权提议' },
    },
    {
      what: 'open a matter in the hall',
      route: 'POST /api/decisions/matters',
      url: '/api/decisions/matters',
      payload: {
        unitId: h.communityId,
        templateId: own.templateId,
        title: '越权议题',
        source: 'assigned',
        sourceNote: '越权',
      },
    },
    {
      what: "open one's own matter from the foreign proposal",
      route: 'POST /api/decisions/matters',
      url: '/api/decisions/matters',
      payload: {
        unitId: own.communityId,
        templateId: own.templateId,
        title: '越权议题',
        source: 'proposal',
        proposalIds: [h.proposalId],
      },
    },
    {
      what: "name the hall's resident at one's own meeting",
      route: 'POST /api/decisions/matters/:id/meetings',
      url: `/api/decisions/matters/${own.openMatterId}/meetings`,
      payload: { ...meeting, attendees: [{ residentId: foreignResidentId }] },
    },
    {
      what: 'list matters by unitId',
      route: 'GET /api/decisions/matters',
      url: `/api/decisions/matters?unitId=${h.communityId}`,
    },
    {
      what: 'list proposals by unitId',
      route: 'GET /api/decisions/proposals',
      url: `/api/decisions/proposals?unitId=${h.communityId}`,
    },
    {
      what: 'list periods by unitId',
      route: 'GET /api/decisions/periods',
      url: `/api/decisions/periods?unitId=${h.communityId}`,
    },
    {
      what: 'close a period of the hall',
      route: 'POST /api/decisions/periods',
      url: '/api/decisions/periods',
      payload: { unitId: h.communityId, month: '2019-01' },
    },
    {
      what: 'tally of the hall',
      route: 'GET /api/decisions/tally',
      url: `/api/decisions/tally?unitId=${h.communityId}`,
    },
    {
      what: "the hall's calendar",
      route: 'GET /api/decisions/units/:id/calendar.ics',
      url: `/api/decisions/units/${h.communityId}/calendar.ics`,
    },
  ];
}

/** Every route that takes a subdistrict's procedure, meeting configuration or meeting, aimed at `m` (with its template `t`). */
function meetingAttacks(
  m: MeetingObjects,
  t: HallTemplates,
  own: OwnHall & { subdistrictId: string; meetingId: string },
): Attack[] {
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
  const meeting = {
    unitId: m.subdistrictId,
    typeId: m.meetingTypeId,
    title: '越权会议',
    heldOn: daysAgo(1),
    place: '越权',
    attendees: [{ name: '甲' }],
    agenda: [{ title: '越权' }],
  };
  return [
    {
      what: 'read a template',
      route: 'GET /api/decisions/templates/:id',
      url: `/api/decisions/templates/${t.community}`,
    },
    {
      what: 'version a template',
      route: 'POST /api/decisions/templates',
      url: '/api/decisions/templates',
      payload: {
        ownerUnitId: m.subdistrictId,
        code: 'one_solicitation',
        name: '越权版本',
        appliesTo: 'community',
        stages,
      },
    },
    {
      what: "open one's own matter under the foreign template",
      route: 'POST /api/decisions/matters',
      url: '/api/decisions/matters',
      payload: {
        unitId: own.communityId,
        templateId: t.community,
        title: '越权',
        source: 'assigned',
        sourceNote: '越权',
      },
    },
    {
      what: 'rename a catalog item',
      route: 'PATCH /api/meetings/catalog/:id',
      url: `/api/meetings/catalog/${m.spareCatalogId}`,
      payload: { name: '越权改名' },
    },
    {
      what: 'add a catalog item',
      route: 'POST /api/meetings/catalog',
      url: '/api/meetings/catalog',
      payload: { unitId: m.subdistrictId, kind: 'meeting_type', name: '越权类型' },
    },
    { what: 'read a meeting', route: 'GET /api/meetings/:id', url: `/api/meetings/${m.meetingId}` },
    { what: 'record a meeting there', route: 'POST /api/meetings', url: '/api/meetings', payload: meeting },
    {
      what: "record one's own meeting with the foreign type",
      route: 'POST /api/meetings',
      url: '/api/meetings',
      payload: { ...meeting, unitId: own.subdistrictId },
    },
    {
      what: 'follow up a decision',
      route: 'POST /api/meetings/decisions/:id/follow-ups',
      url: `/api/meetings/decisions/${m.decisionId}/follow-ups`,
      payload: { notedOn: daysAgo(1), note: '越权', status: 'done' },
    },
    {
      what: 'attach an opinion',
      route: 'POST /api/meetings/:id/opinions',
      url: `/api/meetings/${m.meetingId}/opinions`,
      payload: { roleId: m.supervisionRoleId, author: '越权', opinion: '越权' },
    },
    {
      what: "attach the foreign role's opinion to one's own meeting",
      route: 'POST /api/meetings/:id/opinions',
      url: `/api/meetings/${own.meetingId}/opinions`,
      payload: { roleId: m.supervisionRoleId, author: '越权', opinion: '越权' },
    },
    { what: 'list meetings by unitId', route: 'GET /api/meetings', url: `/api/meetings?unitId=${m.subdistrictId}` },
    {
      what: 'close a period of the subdistrict',
      route: 'POST /api/decisions/periods',
      url: '/api/decisions/periods',
      payload: { unitId: m.subdistrictId, month: '2019-02' },
    },
  ];
}

/** Every power-list route that takes a community's exercise or unit, aimed at community `i` (as seen from `ownCommunityId`). */
function exerciseAttacks(i: IntegrityObjects): Attack[] {
  return [
    {
      what: 'read an exercise',
      route: 'GET /api/integrity/exercises/:id',
      url: `/api/integrity/exercises/${i.exerciseId}`,
    },
    {
      what: 'record a step',
      route: 'POST /api/integrity/exercises/:id/steps',
      url: `/api/integrity/exercises/${i.exerciseId}/steps`,
      payload: { stepSeq: 1, note: '越权' },
    },
    {
      what: 'close an exercise',
      route: 'POST /api/integrity/exercises/:id/close',
      url: `/api/integrity/exercises/${i.exerciseId}/close`,
      payload: {},
    },
    {
      what: 'record a disclosure',
      route: 'POST /api/integrity/exercises/:id/disclosure',
      url: `/api/integrity/exercises/${i.exerciseId}/disclosure`,
      payload: { where: '越权' },
    },
    {
      what: 'open an exercise there',
      route: 'POST /api/integrity/exercises',
      url: '/api/integrity/exercises',
      payload: { unitId: i.communityId, itemCode: 'T-RELIEF', title: '越权运行' },
    },
    {
      what: 'list exercises by unitId',
      route: 'GET /api/integrity/exercises',
      url: `/api/integrity/exercises?unitId=${i.communityId}`,
    },
    {
      what: 'enable items there',
      route: 'POST /api/integrity/rollout',
      url: '/api/integrity/rollout',
      payload: { unitId: i.communityId, codes: ['T-RELIEF'], enabled: false },
    },
  ];
}

/** The inspection office's objects of another subdistrict: alerts, complaints, the list's items. */
function supervisionAttacks(i: IntegrityObjects): Attack[] {
  return [
    { what: 'read an alert', route: 'GET /api/integrity/alerts/:id', url: `/api/integrity/alerts/${i.alertId}` },
    {
      what: 'handle an alert',
      route: 'POST /api/integrity/alerts/:id/actions',
      url: `/api/integrity/alerts/${i.alertId}/actions`,
      payload: { action: 'note', note: '越权调查' },
    },
    {
      what: 'read a complaint',
      route: 'GET /api/integrity/complaints/:id',
      url: `/api/integrity/complaints/${i.complaintId}`,
    },
    {
      what: 'handle a complaint',
      route: 'POST /api/integrity/complaints/:id/actions',
      url: `/api/integrity/complaints/${i.complaintId}/actions`,
      payload: { action: 'accept', note: '越权受理' },
    },
    {
      what: 'list complaints by unitId',
      route: 'GET /api/integrity/complaints',
      url: `/api/integrity/complaints?unitId=${i.communityId}`,
    },
    {
      what: 'list alerts by unitId',
      route: 'GET /api/integrity/alerts',
      url: `/api/integrity/alerts?unitId=${i.communityId}`,
    },
    {
      what: 'detect in a foreign community',
      route: 'POST /api/integrity/detect',
      url: '/api/integrity/detect',
      payload: { unitId: i.communityId },
    },
    {
      what: 'read an item of the foreign list',
      route: 'GET /api/integrity/items/:id',
      url: `/api/integrity/items/${i.itemId}`,
    },
    ...exerciseAttacks(i).slice(0, 1),
  ];
}

describe('object-level authorization (IDOR)', () => {
  let ctx: Ctx;
  let fx: Fixture;
  let gridWorker: Actor;
  let secretary: Actor;

  // Names used across tests.
  const s0 = () => fx.subdistricts[0];
  const s1 = () => fx.subdistricts[1];
  const c0 = () => s0().communities[0];
  const gA = () => c0().grids[0];
  const gB = () => c0().grids[1];

  const ownOfCommunity0 = (residentId: string): Own => ({
    gridId: gA().id,
    residentId,
    communityId: c0().id,
    partyOrgId: c0().partyOrgId,
    branchId: c0().branchId,
    memberId: c0().memberId,
    workerId: c0().workerId,
  });

  const actorFor = async (role: Role, unitId: string): Promise<Actor> => ({
    role,
    client: await clientFor(ctx.app, ctx.deps, role, unitId),
  });

  let templates: [HallTemplates, HallTemplates];
  const halls = new Map<string, HallObjects>();
  const meetingsOf: MeetingObjects[] = [];
  const hallOf = (c: FixtureCommunity) => halls.get(c.id) as HallObjects;
  const ownHall = (): OwnHall => ({
    communityId: c0().id,
    templateId: templates[0].community,
    openMatterId: hallOf(c0()).openMatterId,
    residentId: gA().residentIds[1],
  });

  const integrity = new Map<string, IntegrityObjects>();
  const integrityOf = (c: FixtureCommunity) => integrity.get(c.id) as IntegrityObjects;

  beforeAll(async () => {
    ctx = await createTestContext();
    fx = await buildFixture(ctx.deps);
    const itemIds = await installIntegrity(ctx.deps, fx);
    for (const [i, s] of fx.subdistricts.entries())
      for (const c of s.communities) integrity.set(c.id, await integrityObjects(ctx.deps, c.id, itemIds[i]));
    gridWorker = await actorFor('grid_worker', gA().id);
    secretary = await actorFor('community_secretary', c0().id);
    templates = await installDecisions(ctx.deps, fx);
    for (const [i, s] of fx.subdistricts.entries()) {
      for (const c of s.communities) halls.set(c.id, await hallObjects(ctx.deps, c.id, templates[i].community));
      meetingsOf.push(await meetingObjects(ctx.deps, s.id));
    }
  });

  describe('list, search and aggregate endpoints return nothing out of scope', () => {
    interface Paged<T> {
      items: T[];
      total: number;
    }
    interface ResidentItem {
      id: string;
      gridId: string;
      name: string;
    }

    const residentsOf = (grids: FixtureGrid[]): string[] => grids.flatMap((g) => g.residentIds).sort();
    const nameOf = async (residentId: string): Promise<string> =>
      (await ctx.deps.db.selectFrom('residents').select('name').where('id', '=', residentId).executeTakeFirstOrThrow())
        .name;
    /** A name held in `foreign` grids but by nobody in `own` grids (names are random, so check). */
    async function foreignOnlyName(own: FixtureGrid[], foreign: FixtureGrid[]): Promise<string> {
      const ownNames = new Set(await Promise.all(residentsOf(own).map(nameOf)));
      for (const id of residentsOf(foreign)) {
        const name = await nameOf(id);
        if (!ownNames.has(name)) return name;
      }
      throw new Error('every foreign name also occurs in scope');
    }
    async function getJson<T>(client: Client, url: string): Promise<T> {
      const res = await client.get(url);
      expect(res.statusCode, `${url}: ${res.body}`).toBe(200);
      return readJson<T>(res);
    }
    const decryptedOf = async (residentId: string, field: 'id_no' | 'phone'): Promise<string> => {
      const row = await ctx.deps.db
        .selectFrom('residents')
        .select(['id_no_enc', 'phone_enc'])
        .where('id', '=', residentId)
        .executeTakeFirstOrThrow();
      const enc = field === 'id_no' ? row.id_no_enc : row.phone_enc;
      return ctx.deps.cipher.decrypt(field, enc as string);
    };

    it('residents: a grid worker lists, filters and searches only grid A', async () => {
      const all = await getJson<Paged<ResidentItem>>(gridWorker.client, '/api/residents?pageSize=200');
      expect(all.items.map((r) => r.id).sort()).toEqual(residentsOf([gA()]));
      expect(all.total).toBe(3);
      const needy = await getJson<Paged<ResidentItem>>(gridWorker.client, '/api/residents?flag=needy&pageSize=200');
      expect(needy.items.map((r) => r.id)).toEqual([gA().residentIds[0]]);

      const others = [gB(), ...s0().communities[1].grids, ...s1().communities.flatMap((c) => c.grids)];
      const name = await foreignOnlyName([gA()], others);
      const byName = await getJson<Paged<ResidentItem>>(
        gridWorker.client,
        `/api/residents?q=${encodeURIComponent(name)}`,
      );
      expect(byName).toMatchObject({ items: [], total: 0 });
      // One character (a surname) runs the prefix search: still only grid A.
      const surname = await getJson<Paged<ResidentItem>>(
        gridWorker.client,
        `/api/residents?q=${encodeURIComponent(name.slice(0, 1))}&pageSize=200`,
      );
      expect(surname.items.every((r) => r.gridId === gA().id)).toBe(true);
      expect(surname.total).toBe(surname.items.length);
    });

    it('residents: a community secretary lists and searches only community 0', async () => {
      const all = await getJson<Paged<ResidentItem>>(secretary.client, '/api/residents?pageSize=200');
      expect(all.items.map((r) => r.id).sort()).toEqual(residentsOf(c0().grids));
      expect(all.total).toBe(6);
      const others = [...s0().communities[1].grids, ...s1().communities.flatMap((c) => c.grids)];
      const name = await foreignOnlyName(c0().grids, others);
      const byName = await getJson<Paged<ResidentItem>>(
        secretary.client,
        `/api/residents?q=${encodeURIComponent(name)}`,
      );
      expect(byName).toMatchObject({ items: [], total: 0 });
    });

    it('residents: an exact lookup by ID number or phone finds nobody out of scope', async () => {
      const foreign = [
        gB().residentIds[0],
        s0().communities[1].grids[0].residentIds[0],
        s1().communities[0].grids[0].residentIds[0],
      ];
      for (const id of foreign) {
        for (const body of [{ idNumber: await decryptedOf(id, 'id_no') }, { phone: await decryptedOf(id, 'phone') }]) {
          const res = await gridWorker.client.post('/api/residents/lookup', body);
          expect(res.statusCode).toBe(200);
          expect(readJson(res)).toEqual({ items: [] });
        }
      }
      // Control: the same lookup for a resident of grid A finds them.
      const mine = await gridWorker.client.post('/api/residents/lookup', {
        idNumber: await decryptedOf(gA().residentIds[1], 'id_no'),
      });
      expect(readJson<{ items: ResidentItem[] }>(mine).items.map((r) => r.id)).toEqual([gA().residentIds[1]]);
      const secretaryForeign = await secretary.client.post('/api/residents/lookup', {
        phone: await decryptedOf(foreign[1], 'phone'),
      });
      expect(readJson(secretaryForeign)).toEqual({ items: [] });
    });

    it("territory units: only the subtree under the caller's scope unit", async () => {
      const gw = await getJson<{ items: { id: string }[] }>(gridWorker.client, '/api/territory/units');
      expect(gw.items.map((u) => u.id)).toEqual([gA().id]);
      const cs = await getJson<{ items: { id: string }[] }>(secretary.client, '/api/territory/units');
      expect(cs.items.map((u) => u.id).sort()).toEqual([c0().id, gA().id, gB().id].sort());
    });

    it('Party organisations, members and workers: only community 0 for its secretary', async () => {
      const orgs = await getJson<{ items: { id: string }[] }>(secretary.client, '/api/party-orgs');
      expect(orgs.items.map((o) => o.id).sort()).toEqual([c0().partyOrgId, c0().branchId].sort());
      const members = await getJson<Paged<{ id: string }>>(secretary.client, '/api/party-members?pageSize=200');
      expect(members.items.map((m) => m.id)).toEqual([c0().memberId]);
      expect(members.total).toBe(1);
      const workers = await getJson<Paged<{ id: string }>>(secretary.client, '/api/workers?pageSize=200');
      expect(workers.items.map((w) => w.id)).toEqual([c0().workerId]);
      expect(workers.total).toBe(1);
    });

    it('dashboard: counts only what lies in scope', async () => {
      interface Dashboard {
        communities: number;
        grids: number;
        residents: number;
        partyMembers: number;
        branches: number;
        workers: number;
        perCommunity: { unitId: string }[];
      }
      const gw = await getJson<Dashboard>(gridWorker.client, '/api/dashboard/home');
      expect(gw).toMatchObject({
        communities: 0,
        grids: 1,
        residents: 3,
        partyMembers: 0,
        branches: 0,
        workers: 0,
        perCommunity: [],
      });
      const cs = await getJson<Dashboard>(secretary.client, '/api/dashboard/home');
      expect(cs).toMatchObject({ communities: 1, grids: 2, residents: 6, partyMembers: 1, branches: 1, workers: 1 });
      expect(cs.perCommunity.map((c) => c.unitId)).toEqual([c0().id]);
    });

    it('users: a security admin of subdistrict 1 lists only accounts scoped inside subdistrict 1', async () => {
      const s1User = await makeUser(ctx.deps, 'grid_worker', s1().communities[1].grids[1].id);
      const security = await actorFor('security_admin', s1().id);
      const list = await getJson<{ items: { id: string; scopeUnitId: string }[] }>(security.client, '/api/users');
      const s1Units = new Set(
        (await ctx.deps.db.selectFrom('org_units').select('id').where('path', 'like', `${s1().path}%`).execute()).map(
          (u) => u.id,
        ),
      );
      expect(list.items.filter((u) => !s1Units.has(u.scopeUnitId))).toEqual([]);
      const ids = list.items.map((u) => u.id);
      expect(ids).toContain(s1User.id);
      expect(ids).toContain(security.client.userId);
      expect(ids).not.toContain(gridWorker.client.userId);
      expect(ids).not.toContain(secretary.client.userId);
    });

    it('audit trail: an audit admin of subdistrict 1 reads only records of subdistrict 1 and the unplaced ones', async () => {
      const auditor = await actorFor('audit_admin', s1().id);
      const seqs: number[] = [];
      let total = -1;
      for (let page = 1; total < 0 || seqs.length < total; page++) {
        const body = await getJson<Paged<{ seq: number }>>(auditor.client, `/api/audit?pageSize=200&page=${page}`);
        total = body.total;
        if (body.items.length === 0) break;
        seqs.push(...body.items.map((e) => e.seq));
      }
      const inS1 = await ctx.deps.db
        .selectFrom('audit_log')
        .select('seq')
        .where('org_path', 'like', `${s1().path}%`)
        .execute();
      const inS0 = await ctx.deps.db
        .selectFrom('audit_log')
        .select('seq')
        .where('org_path', 'like', `${s0().path}%`)
        .execute();
      // A top-level auditor also reads the records placed nowhere (unknown user names, the chain's keying; decision 0030).
      const unplaced = await ctx.deps.db.selectFrom('audit_log').select('seq').where('org_path', 'is', null).execute();
      expect(inS0.length).toBeGreaterThan(0);
      const visible = [...inS1, ...unplaced].map((r) => Number(r.seq)).sort((a, b) => a - b);
      expect(seqs.sort((a, b) => a - b)).toEqual(visible);
      expect(total).toBe(visible.length);
      for (const r of inS0) expect(seqs).not.toContain(Number(r.seq));
      // Filtering by a subject of subdistrict 0 finds nothing either.
      const filtered = await getJson<Paged<unknown>>(auditor.client, `/api/audit?subjectId=${gA().residentIds[0]}`);
      expect(filtered).toMatchObject({ items: [], total: 0 });
    });
  });

  describe('a grid worker of grid A in community 0', () => {
    const own = () => ownOfCommunity0(gA().residentIds[2]);

    it.each([
      ['grid B of the same community', () => gB()],
      ['grid A of the sibling community', () => s0().communities[1].grids[0]],
      ['grid A of the other subdistrict', () => s1().communities[0].grids[0]],
    ])('gets 404 for objects of %s, and nothing changes', async (_label, grid) => {
      expect(await runAll(ctx, gridWorker, await gridAttacks(grid(), own()))).toEqual([]);
    });

    it.each([
      ['its own community (an ancestor)', () => c0()],
      ['the sibling community', () => s0().communities[1]],
      ['a community of the other subdistrict', () => s1().communities[0]],
    ])('gets 404 (403 without the permission) for %s and its Party and staff records', async (_label, community) => {
      expect(await runAll(ctx, gridWorker, communityAttacks(community(), own()))).toEqual([]);
    });

    it.each([
      ['its own subdistrict (an ancestor)', () => s0()],
      ['the other subdistrict', () => s1()],
    ])('gets 404 (403 without the permission) for %s', async (_label, sub) => {
      expect(await runAll(ctx, gridWorker, subdistrictAttacks(sub(), own()))).toEqual([]);
    });

    it('gets the same 404 for an id that was never issued', async () => {
      expect(
        await runAll(ctx, gridWorker, [
          {
            what: 'never issued',
            neverIssued: true,
            route: 'GET /api/residents/:id',
            url: `/api/residents/${NEVER_ISSUED}`,
          },
          {
            what: 'never issued',
            neverIssued: true,
            route: 'GET /api/territory/units/:id',
            url: `/api/territory/units/${NEVER_ISSUED}`,
          },
          {
            what: 'never issued',
            neverIssued: true,
            route: 'GET /api/residents',
            url: `/api/residents?gridId=${NEVER_ISSUED}`,
          },
        ]),
      ).toEqual([]);
    });

    it('is served its own grid (control: the refusals above are about scope)', async () => {
      const r = gA().residentIds[2];
      expect((await gridWorker.client.get(`/api/residents/${r}`)).statusCode).toBe(200);
      expect((await gridWorker.client.get(`/api/territory/units/${gA().id}`)).statusCode).toBe(200);
      expect((await gridWorker.client.get(`/api/territory/households?gridId=${gA().id}`)).statusCode).toBe(200);
      const moved = await gridWorker.client.patch(`/api/residents/${r}`, {
        householdId: gA().householdId,
        address: '甲一路A号院1号楼101',
      });
      expect(moved.statusCode, moved.body).toBe(200);
    });
  });

  describe('a community secretary of community 0', () => {
    const own = () => ownOfCommunity0(gB().residentIds[2]);

    it.each([
      ['grid A of the sibling community', () => s0().communities[1].grids[0]],
      ['grid B of the sibling community', () => s0().communities[1].grids[1]],
      ['grid A of the other subdistrict', () => s1().communities[0].grids[0]],
    ])('gets 404 for objects of %s, and nothing changes', async (_label, grid) => {
      expect(await runAll(ctx, secretary, await gridAttacks(grid(), own()))).toEqual([]);
    });

    it.each([
      ['the sibling community', () => s0().communities[1]],
      ['a community of the other subdistrict', () => s1().communities[0]],
      ['the second community of the other subdistrict', () => s1().communities[1]],
    ])('gets 404 for %s and its Party and staff records', async (_label, community) => {
      expect(await runAll(ctx, secretary, communityAttacks(community(), own()))).toEqual([]);
    });

    it.each([
      ['its own subdistrict (an ancestor)', () => s0()],
      ['the other subdistrict', () => s1()],
    ])('gets 404 for %s', async (_label, sub) => {
      expect(await runAll(ctx, secretary, subdistrictAttacks(sub(), own()))).toEqual([]);
    });

    it('an import naming a foreign grid is refused exactly like one naming a grid that does not exist', async () => {
      const send = async (label: string) =>
        secretary.client.request('POST', '/api/residents/import', await importFile(label), {
          'content-type': XLSX_MIME,
        });
      const foreign = await send(s1().communities[0].grids[0].id);
      const unknown = await send(NEVER_ISSUED);
      expect(foreign.statusCode).toBe(422);
      expect(readJson(foreign)).toEqual(readJson(unknown));
    });

    it('is served grid B of its own community (control)', async () => {
      const r = gB().residentIds[1];
      expect((await secretary.client.get(`/api/residents/${r}`)).statusCode).toBe(200);
      const reveal = await secretary.client.post(`/api/residents/${r}/reveal`, {
        fields: ['phone'],
        reason: '核实联系方式',
      });
      expect(reveal.statusCode, reveal.body).toBe(200);
      const member = await secretary.client.patch(`/api/party-members/${c0().memberId}`, {
        residentId: gB().residentIds[0],
      });
      expect(member.statusCode, member.body).toBe(200);
    });
  });

  describe('the deliberation hall and subdistrict meetings', () => {
    const foreignHalls = () => [s0().communities[1], s1().communities[0], s1().communities[1]];

    it.each([0, 1, 2])(
      'a community secretary of community 0 gets 404 for the matters, proposals and hall of foreign community %i, and nothing changes',
      async (i) => {
        const c = foreignHalls()[i];
        expect(await runAll(ctx, secretary, hallAttacks(hallOf(c), ownHall(), c.grids[0].residentIds[0]))).toEqual([]);
      },
    );

    it.each([0, 1, 2])(
      'a resident of community 0 gets 404 for foreign community %i (403 for staff routes)',
      async (i) => {
        const c = foreignHalls()[i];
        const resident = await actorFor('resident', c0().id);
        expect(await runAll(ctx, resident, hallAttacks(hallOf(c), ownHall(), c.grids[0].residentIds[0]))).toEqual([]);
      },
    );

    it('a grid worker gets 403 for the hall of its own community (no permission) and 404 for its tally', async () => {
      expect(await runAll(ctx, gridWorker, hallAttacks(hallOf(c0()), ownHall(), gB().residentIds[0]))).toEqual([]);
    });

    it('a subdistrict admin of subdistrict 0 gets 404 for the procedures, meeting configuration and meetings of subdistrict 1', async () => {
      const admin = await actorFor('subdistrict_admin', s0().id);
      const own = { ...ownHall(), subdistrictId: s0().id, meetingId: meetingsOf[0].meetingId };
      expect(await runAll(ctx, admin, meetingAttacks(meetingsOf[1], templates[1], own))).toEqual([]);
      expect(
        await runAll(
          ctx,
          admin,
          hallAttacks(hallOf(s1().communities[0]), ownHall(), s1().communities[0].grids[0].residentIds[0]),
        ),
      ).toEqual([]);
    });

    it('a subdistrict leader (supervision) gets 404 for a meeting of the other subdistrict', async () => {
      const leader = await actorFor('subdistrict_leader', s0().id);
      const own = { ...ownHall(), subdistrictId: s0().id, meetingId: meetingsOf[0].meetingId };
      expect(await runAll(ctx, leader, meetingAttacks(meetingsOf[1], templates[1], own))).toEqual([]);
    });

    it('never-issued ids are a plain 404 with nothing audited', async () => {
      expect(
        await runAll(ctx, secretary, [
          {
            what: 'never issued',
            neverIssued: true,
            route: 'GET /api/decisions/matters/:id',
            url: `/api/decisions/matters/${NEVER_ISSUED}`,
          },
          {
            what: 'never issued',
            neverIssued: true,
            route: 'POST /api/decisions/matters/:id/meetings',
            url: `/api/decisions/matters/${NEVER_ISSUED}/meetings`,
            payload: { stageSeq: 1, heldOn: daysAgo(1), place: '会场', form: 'in_person', minutes: '记录' },
          },
          {
            what: 'never issued',
            neverIssued: true,
            route: 'GET /api/decisions/templates/:id',
            url: `/api/decisions/templates/${NEVER_ISSUED}`,
          },
        ]),
      ).toEqual([]);
    });

    it('lists and aggregates return nothing of foreign halls', async () => {
      const matters = readJson<{ items: { unitId: string }[] }>(
        await secretary.client.get('/api/decisions/matters?pageSize=200'),
      );
      expect(new Set(matters.items.map((m) => m.unitId))).toEqual(new Set([c0().id]));
      const proposals = readJson<{ items: { unitId: string }[] }>(
        await secretary.client.get('/api/decisions/proposals?pageSize=200'),
      );
      expect(proposals.items.map((p) => p.unitId)).toEqual([c0().id]);
      const tally = readJson<{ perUnit: { unitId: string }[] }>(await secretary.client.get('/api/decisions/tally'));
      expect(tally.perUnit.map((u) => u.unitId)).toEqual([c0().id]);
      const templatesSeen = readJson<{ items: { id: string }[] }>(
        await secretary.client.get('/api/decisions/templates'),
      );
      expect(templatesSeen.items.map((t) => t.id).sort()).toEqual(
        [templates[0].community, templates[0].village].sort(),
      );
      const catalog = readJson<{ items: { unitId: string }[] }>(await secretary.client.get('/api/meetings/catalog'));
      expect(new Set(catalog.items.map((c) => c.unitId))).toEqual(new Set([s0().id]));
    });

    it('the same requests succeed in the own hall (control: the refusals above are about scope)', async () => {
      const h = hallOf(c0());
      expect((await secretary.client.get(`/api/decisions/matters/${h.openMatterId}`)).statusCode).toBe(200);
      const rec = await secretary.client.post(`/api/decisions/matters/${h.openMatterId}/meetings`, {
        stageSeq: 1,
        heldOn: daysAgo(1),
        place: '社区',
        form: 'in_person',
        minutes: '记录',
        attendees: [{ residentId: gB().residentIds[0] }],
      });
      expect(rec.statusCode, rec.body).toBe(200);
      const resident = await actorFor('resident', c0().id);
      expect(
        (await resident.client.post(`/api/decisions/matters/${h.completedMatterId}/rating`, { score: 5 })).statusCode,
      ).toBe(200);
      expect((await resident.client.post(`/api/decisions/proposals/${h.proposalId}/support`, {})).statusCode).toBe(200);
    });
  });

  describe('the power list, supervision alerts and complaints', () => {
    const foreign = () => [s0().communities[1], s1().communities[0], s1().communities[1]];

    it.each([0, 1, 2])(
      "a community worker of community 0 gets 404 for foreign community %i's exercises, with one access.denied record and no side effect",
      async (i) => {
        const worker = await actorFor('community_worker', c0().id);
        expect(await runAll(ctx, worker, exerciseAttacks(integrityOf(foreign()[i])))).toEqual([]);
      },
    );

    it('a community secretary gets 403 for alerts and complaints even of its own community (inspectors only)', async () => {
      expect(
        await runAll(
          ctx,
          secretary,
          supervisionAttacks(integrityOf(c0())).filter(
            (a) => !a.route.includes('/exercises') && !a.route.includes('/items/'),
          ),
        ),
      ).toEqual([]);
    });

    it("an inspector of subdistrict 1 gets 404 for subdistrict 0's alerts, complaints, items and exercises", async () => {
      const inspector = await actorFor('inspector', s1().id);
      expect(await runAll(ctx, inspector, supervisionAttacks(integrityOf(c0())))).toEqual([]);
    });

    it('never-issued ids are a plain 404 with nothing audited', async () => {
      const inspector = await actorFor('inspector', s0().id);
      expect(
        await runAll(ctx, inspector, [
          {
            what: 'never issued',
            neverIssued: true,
            route: 'GET /api/integrity/complaints/:id',
            url: `/api/integrity/complaints/${NEVER_ISSUED}`,
          },
          {
            what: 'never issued',
            neverIssued: true,
            route: 'GET /api/integrity/alerts/:id',
            url: `/api/integrity/alerts/${NEVER_ISSUED}`,
          },
          {
            what: 'never issued',
            neverIssued: true,
            route: 'GET /api/integrity/exercises/:id',
            url: `/api/integrity/exercises/${NEVER_ISSUED}`,
          },
        ]),
      ).toEqual([]);
    });

    it('lists return nothing of foreign communities or subdistricts', async () => {
      const worker = await clientFor(ctx.app, ctx.deps, 'community_worker', c0().id);
      const mine = readJson<{ items: { unitId: string }[] }>(await worker.get('/api/integrity/exercises?pageSize=200'));
      expect(new Set(mine.items.map((e) => e.unitId))).toEqual(new Set([c0().id]));
      const inspector = await clientFor(ctx.app, ctx.deps, 'inspector', s1().id);
      const complaints = readJson<{ items: { unitId: string }[] }>(
        await inspector.get('/api/integrity/complaints?pageSize=200'),
      );
      expect(new Set(complaints.items.map((c) => c.unitId))).toEqual(new Set(s1().communities.map((c) => c.id)));
      const alerts = readJson<{ items: { unitId: string }[] }>(
        await inspector.get('/api/integrity/alerts?pageSize=200'),
      );
      expect(new Set(alerts.items.map((c) => c.unitId))).toEqual(new Set(s1().communities.map((c) => c.id)));
    });

    it('the same requests succeed in the own community (control)', async () => {
      const worker = await clientFor(ctx.app, ctx.deps, 'community_worker', c0().id);
      const res = await worker.post(`/api/integrity/exercises/${integrityOf(c0()).exerciseId}/steps`, {
        stepSeq: 1,
        note: '受理',
      });
      expect(res.statusCode, res.body).toBe(200);
      const inspector = await clientFor(ctx.app, ctx.deps, 'inspector', s0().id);
      expect((await inspector.get(`/api/integrity/complaints/${integrityOf(c0()).complaintId}`)).statusCode).toBe(200);
    });
  });

  describe('other administrators across subdistricts', () => {
    it('a subdistrict admin of subdistrict 0 cannot merge with a community of subdistrict 1 (either way)', async () => {
      const admin = await actorFor('subdistrict_admin', s0().id);
      expect(
        await runAll(ctx, admin, [
          {
            what: 'foreign target',
            route: 'POST /api/territory/units/:id/merge',
            url: `/api/territory/units/${s0().communities[1].id}/merge`,
            payload: { targetId: s1().communities[0].id, effectiveDate: '2020-01-01' },
          },
          {
            what: 'foreign source',
            route: 'POST /api/territory/units/:id/merge',
            url: `/api/territory/units/${s1().communities[0].id}/merge`,
            payload: { targetId: s0().communities[1].id, effectiveDate: '2020-01-01' },
          },
          {
            what: 'foreign grid',
            route: 'GET /api/residents',
            url: `/api/residents?gridId=${s1().communities[0].grids[0].id}`,
          },
          {
            what: 'foreign resident',
            route: 'POST /api/residents/:id/reveal',
            url: `/api/residents/${s1().communities[1].grids[1].residentIds[2]}/reveal`,
            payload: { fields: ['idNumber'], reason: REASON },
          },
        ]),
      ).toEqual([]);
    });

    it('a security admin of subdistrict 1 cannot manage accounts of subdistrict 0', async () => {
      const security = await actorFor('security_admin', s1().id);
      const theirs = await makeUser(ctx.deps, 'volunteer', s1().communities[0].id);
      expect(
        await runAll(ctx, security, [
          {
            what: 'disable a subdistrict 0 account',
            route: 'PATCH /api/users/:id',
            url: `/api/users/${secretary.client.userId}`,
            payload: { disabled: true },
          },
          {
            what: 'rename a subdistrict 0 account',
            route: 'PATCH /api/users/:id',
            url: `/api/users/${gridWorker.client.userId}`,
            payload: { displayName: '越权改名' },
          },
          {
            what: 'create an account scoped in subdistrict 0',
            route: 'POST /api/users',
            url: '/api/users',
            payload: {
              username: 'idor.user',
              displayName: '越权账号',
              role: 'community_worker',
              scopeUnitId: s0().id,
            },
          },
          {
            what: 'move an own account into subdistrict 0',
            route: 'PATCH /api/users/:id',
            url: `/api/users/${theirs.id}`,
            payload: { scopeUnitId: c0().id },
          },
        ]),
      ).toEqual([]);
      // Control: the same admin manages accounts of subdistrict 1.
      const ok = await security.client.patch(`/api/users/${theirs.id}`, { displayName: '本街道账号' });
      expect(ok.statusCode, ok.body).toBe(200);
    });
  });

  // grid governance
  describe('grid governance: cases, reports and posts of another grid or community', () => {
    interface GridObjects {
      gridId: string;
      communityId: string;
      caseId: string;
      mediatingId: string;
      photoId: string;
      reportId: string;
      postId: string;
    }
    const gridObjects = async (gridId: string, communityId: string): Promise<GridObjects> => {
      const c = await freshCase(ctx.deps, gridId);
      const reporter = await makeUser(ctx.deps, 'grid_worker', gridId);
      const postId = await givePost(ctx.deps, gridId, reporter.id);
      const reportId = key();
      const now = new Date().toISOString();
      await ctx.deps.db
        .insertInto('daily_reports')
        .values({
          id: reportId,
          grid_id: gridId,
          reporter_id: reporter.id,
          report_date: now.slice(0, 10),
          zero: 1,
          late: 0,
          submitted_at: now,
          corrected_at: null,
          idempotency_key: key(),
          created_at: now,
          updated_at: now,
        })
        .execute();
      return {
        gridId,
        communityId,
        caseId: c.id,
        mediatingId: (await mediatingCase(ctx.deps, gridId, reporter.id)).id,
        photoId: await casePhoto(ctx.deps, c.id),
        reportId,
        postId,
      };
    };
    const gridAttacks = async (o: GridObjects): Promise<Attack[]> => [
      { what: 'read a case', route: 'GET /api/grid/cases/:id', url: `/api/grid/cases/${o.caseId}` },
      {
        what: 'act on a case',
        route: 'POST /api/grid/cases/:id/actions',
        url: `/api/grid/cases/${o.caseId}/actions`,
        payload: { action: 'accept' },
      },
      {
        what: 'record a session',
        route: 'POST /api/grid/cases/:id/sessions',
        url: `/api/grid/cases/${o.mediatingId}/sessions`,
        payload: { heldOn: '2026-01-05', mediators: ['越权'], outcome: 'agreement', notes: '' },
      },
      {
        what: 'add a photo',
        route: 'POST /api/grid/cases/:id/photos',
        url: `/api/grid/cases/${o.caseId}/photos?key=${key()}`,
        payload: await png(),
        contentType: 'image/png',
      },
      {
        what: 'read a photo',
        route: 'GET /api/grid/cases/:id/photos/:photoId',
        url: `/api/grid/cases/${o.caseId}/photos/${o.photoId}`,
      },
      {
        what: 'register a case there',
        route: 'POST /api/grid/cases',
        url: '/api/grid/cases',
        payload: caseBody(o.gridId),
      },
      { what: 'list cases by unitId', route: 'GET /api/grid/cases', url: `/api/grid/cases?unitId=${o.gridId}` },
      { what: 'read a report', route: 'GET /api/grid/reports/:id', url: `/api/grid/reports/${o.reportId}` },
      {
        what: 'correct a report',
        route: 'PUT /api/grid/reports/:id',
        url: `/api/grid/reports/${o.reportId}`,
        payload: { zero: true },
      },
      {
        what: 'file a report there',
        route: 'POST /api/grid/reports',
        url: '/api/grid/reports',
        payload: { gridId: o.gridId, zero: true, idempotencyKey: key() },
      },
      { what: 'list reports by unitId', route: 'GET /api/grid/reports', url: `/api/grid/reports?unitId=${o.gridId}` },
      {
        what: 'compliance by unitId',
        route: 'GET /api/grid/compliance',
        url: `/api/grid/compliance?unitId=${o.communityId}`,
      },
      { what: 'dashboard by unitId', route: 'GET /api/grid/dashboard', url: `/api/grid/dashboard?unitId=${o.gridId}` },
      {
        what: 'daily roll-up by unitId',
        route: 'GET /api/grid/daily-rollup',
        url: `/api/grid/daily-rollup?unitId=${o.gridId}`,
      },
      { what: 'list posts by unitId', route: 'GET /api/grid/posts', url: `/api/grid/posts?unitId=${o.gridId}` },
      { what: 'end a post', route: 'DELETE /api/grid/posts/:id', url: `/api/grid/posts/${o.postId}` },
      {
        what: 'assign a post there',
        route: 'POST /api/grid/posts',
        url: '/api/grid/posts',
        payload: { gridId: o.gridId, userId: secretary.client.userId, post: 'leader' },
      },
    ];

    it('a grid worker of grid A gets 404 for every object of grid B in the same community', async () => {
      const o = await gridObjects(gB().id, c0().id);
      expect(
        await runAll(
          ctx,
          gridWorker,
          (await gridAttacks(o)).filter((a) => a.what !== 'compliance by unitId'),
        ),
      ).toEqual([]);
      expect(
        await runAll(ctx, gridWorker, [
          {
            what: 'compliance of grid B',
            route: 'GET /api/grid/compliance',
            url: `/api/grid/compliance?unitId=${gB().id}`,
          },
        ]),
      ).toEqual([]);
      // Control: its own grid's case is served.
      const own = await freshCase(ctx.deps, gA().id);
      expect((await gridWorker.client.get(`/api/grid/cases/${own.id}`)).statusCode).toBe(200);
    });

    it('a community secretary of community 0 gets 404 for every object of community 1', async () => {
      const c1 = s0().communities[1];
      const o = await gridObjects(c1.grids[0].id, c1.id);
      expect(await runAll(ctx, secretary, await gridAttacks(o))).toEqual([]);
      const own = await freshCase(ctx.deps, gB().id);
      expect((await secretary.client.get(`/api/grid/cases/${own.id}`)).statusCode).toBe(200);
    });
  });

  // party life and volunteers: community 0's staff, branch secretary and volunteer aimed at community 1's records.
  describe('party life and volunteers', () => {
    const c1 = () => s0().communities[1];
    let foreign: PartyLifeObjects;
    let ownObjects: PartyLifeObjects;
    beforeAll(async () => {
      ownObjects = await installPartyLife(ctx.deps, fx);
      foreign = await installPartyLife(ctx.deps, fx, c1());
    });
    const partyLifeAttacks = async (): Promise<Attack[]> => {
      const c = c1();
      const signup = await signupIn(ctx.deps, foreign, c.id, 'signed_up');
      const deed = await recordDeed(ctx.deps, systemActor(), {
        communityId: c.id,
        doerKind: 'member',
        doerName: '党员',
        beneficiary: '居民',
        doneOn: '2015-05-01',
        description: '好事',
      });
      return [
        {
          what: "the branch's meetings",
          route: 'GET /api/party-life/meetings',
          url: `/api/party-life/meetings?branchId=${c.branchId}&year=2015`,
        },
        {
          what: 'record a meeting of the branch',
          route: 'POST /api/party-life/meetings',
          url: '/api/party-life/meetings',
          payload: { branchId: c.branchId, kind: 'theme_day', heldOn: '2015-05-01', topic: '越权', due: 5, present: 5 },
        },
        {
          what: "the branch's schedule",
          route: 'GET /api/party-life/schedule',
          url: `/api/party-life/schedule?branchId=${c.branchId}&year=2015`,
        },
        {
          what: "close the branch's month",
          route: 'POST /api/party-life/closed-months',
          url: '/api/party-life/closed-months',
          payload: { branchId: c.branchId, month: '2015-01' },
        },
        {
          what: "the branch's study plans",
          route: 'GET /api/education/plans',
          url: `/api/education/plans?branchId=${c.branchId}&year=2015`,
        },
        {
          what: 'a study plan for the branch',
          route: 'POST /api/education/plans',
          url: '/api/education/plans',
          payload: { branchId: c.branchId, year: 2015, title: '越权', courseIds: [ownObjects.courseId] },
        },
        {
          what: 'a training held by the community',
          route: 'POST /api/trainings',
          url: '/api/trainings',
          payload: { unitId: c.id, kind: 'business', title: '越权', heldOn: '2015-05-01', place: '某地' },
        },
        {
          what: "the community's service posts",
          route: 'GET /api/in-service/posts',
          url: `/api/in-service/posts?communityId=${c.id}`,
        },
        {
          what: 'a service post in the community',
          route: 'POST /api/in-service/posts',
          url: '/api/in-service/posts',
          payload: { communityId: c.id, name: '越权岗' },
        },
        {
          what: "the community's in-service members",
          route: 'GET /api/in-service/members',
          url: `/api/in-service/members?communityId=${c.id}`,
        },
        {
          what: 'register an in-service member there',
          route: 'POST /api/in-service/members',
          url: '/api/in-service/members',
          payload: {
            communityId: c.id,
            registeredOn: '2015-01-01',
            name: '越权',
            workUnit: '单位',
            workPartyOrg: '党委',
            postId: foreign.postId,
          },
        },
        {
          what: 'assign its in-service member a grid',
          route: 'POST /api/in-service/members/:id/grid',
          url: `/api/in-service/members/${foreign.inServiceId}/grid`,
          payload: { gridId: gA().id },
        },
        {
          what: 'add a service record',
          route: 'POST /api/in-service/members/:id/records',
          url: `/api/in-service/members/${foreign.inServiceId}/records`,
          payload: { servedOn: '2015-05-01', description: '越权', minutes: 60 },
        },
        {
          what: 'evaluate its in-service member',
          route: 'POST /api/in-service/members/:id/evaluations',
          url: `/api/in-service/members/${foreign.inServiceId}/evaluations`,
          payload: { year: 2015, grade: 'poor' },
        },
        {
          what: "its member's feedback PDF",
          route: 'POST /api/in-service/members/:id/feedback.pdf',
          url: `/api/in-service/members/${foreign.inServiceId}/feedback.pdf`,
          payload: { year: 2015, reason: '向工作单位党组织反馈' },
        },
        // party gaps
        {
          what: 'place its in-service member in a branch',
          route: 'POST /api/in-service/members/:id/branch',
          url: `/api/in-service/members/${foreign.inServiceId}/branch`,
          payload: { branchId: c.branchId },
        },
        {
          what: "its member's service records",
          route: 'GET /api/in-service/records',
          url: `/api/in-service/records?memberId=${foreign.inServiceId}`,
        },
        {
          what: "its volunteer's points entries",
          route: 'GET /api/volunteer/points',
          url: `/api/volunteer/points?volunteerId=${foreign.volunteerId}`,
        },
        {
          what: 'a joint-building unit there',
          route: 'POST /api/in-service/joint-units',
          url: '/api/in-service/joint-units',
          payload: {
            communityId: c.id,
            name: '越权',
            partyOrg: '党组',
            contactName: '某某',
            registeredOn: '2015-01-01',
          },
        },
        {
          what: 'a volunteer team there',
          route: 'POST /api/volunteer/teams',
          url: '/api/volunteer/teams',
          payload: { communityId: c.id, name: '越权队', leaderName: '某某', foundedOn: '2015-01-01' },
        },
        {
          what: 'a volunteer in its team',
          route: 'POST /api/volunteer/volunteers',
          url: '/api/volunteer/volunteers',
          payload: { teamId: foreign.teamId, name: '越权', joinedOn: '2015-01-01' },
        },
        {
          what: "its team's volunteers",
          route: 'GET /api/volunteer/volunteers',
          url: `/api/volunteer/volunteers?teamId=${foreign.teamId}`,
        },
        {
          what: 'an activity of its team',
          route: 'POST /api/volunteer/activities',
          url: '/api/volunteer/activities',
          payload: {
            teamId: foreign.teamId,
            title: '越权',
            theme: 'other',
            heldOn: '2030-01-01',
            place: '某地',
            capacity: 5,
          },
        },
        {
          what: "the community's activities",
          route: 'GET /api/volunteer/activities',
          url: `/api/volunteer/activities?communityId=${c.id}`,
        },
        {
          what: "an activity's sign-ups",
          route: 'GET /api/volunteer/activities/:id/signups',
          url: `/api/volunteer/activities/${foreign.activityId}/signups`,
        },
        {
          what: 'check a volunteer in',
          route: 'POST /api/volunteer/signups/:id/check-in',
          url: `/api/volunteer/signups/${signup}/check-in`,
          payload: {},
        },
        {
          what: 'award its volunteer points',
          route: 'POST /api/volunteer/points',
          url: '/api/volunteer/points',
          payload: { volunteerId: foreign.volunteerId, points: 5, reason: '越权', awardedOn: '2015-05-01' },
        },
        {
          what: 'sign up for its activity',
          route: 'POST /api/my/activities/:id/signup',
          url: `/api/my/activities/${foreign.activityId}/signup`,
          payload: {},
        },
        {
          what: 'a good deed there',
          route: 'POST /api/good-deeds',
          url: '/api/good-deeds',
          payload: {
            communityId: c.id,
            doerKind: 'member',
            doerName: '某某',
            beneficiary: '居民',
            doneOn: '2015-05-01',
            description: '越权',
          },
        },
        {
          what: 'confirm its good deed',
          route: 'POST /api/good-deeds/:id/confirm',
          url: `/api/good-deeds/${deed.id}/confirm`,
          payload: {},
        },
        {
          what: "the community's good deeds",
          route: 'GET /api/good-deeds',
          url: `/api/good-deeds?communityId=${c.id}`,
        },
        {
          what: 'a pairing there',
          route: 'POST /api/pairing/pairs',
          url: '/api/pairing/pairs',
          payload: {
            communityId: c.id,
            helperRole: 'cadre',
            helperName: '某某',
            targetKind: 'unit',
            targetName: '单位',
            startedOn: '2015-01-01',
          },
        },
        {
          what: 'log a contact on its pairing',
          route: 'POST /api/pairing/pairs/:id/contacts',
          url: `/api/pairing/pairs/${foreign.pairingId}/contacts`,
          payload: { contactedOn: '2015-05-01', kind: 'call', note: '越权' },
        },
        {
          what: "someone else's certificate PDF",
          route: 'GET /api/my/certificates/:number/pdf',
          url: `/api/my/certificates/${foreign.certificate}/pdf`,
          neverIssued: true,
        },
      ];
    };

    it.each(['community_secretary', 'community_worker', 'branch_secretary', 'volunteer', 'party_member'] as const)(
      'a %s of community 0 gets 404 for the records of community 1 (403 where the role has no such right), and nothing changes',
      async (role) => {
        const actor = await actorFor(role, c0().id);
        expect(await runAll(ctx, actor, await partyLifeAttacks())).toEqual([]);
      },
    );

    it('is served its own community (control: the refusals above are about scope)', async () => {
      const actor = await actorFor('community_secretary', c0().id);
      expect((await actor.client.get(`/api/volunteer/activities/${ownObjects.activityId}/signups`)).statusCode).toBe(
        200,
      );
      expect((await actor.client.get(`/api/party-life/schedule?branchId=${c0().branchId}&year=2015`)).statusCode).toBe(
        200,
      );
    });
  });

  // services: residents see only their own requests and bookings, providers only their own orders, staff only their community's
  describe('service requests, bookings and provider orders', () => {
    let mine: CommunityServices;
    let theirs: CommunityServices;
    beforeAll(async () => {
      mine = await installServices(ctx.deps, c0().id);
      theirs = await installServices(ctx.deps, s0().communities[1].id);
    });
    const dispatched = async (svc: CommunityServices, by: string) => {
      const r = await residentRequest(ctx.deps, svc, by);
      await actOnRequest(ctx.deps, systemActor(), r.id, { action: 'accept', note: '' });
      await actOnRequest(ctx.deps, systemActor(), r.id, {
        action: 'dispatch',
        note: '',
        assigneeKind: 'provider',
        assigneeId: svc.providerId,
      });
      return r.id;
    };

    it("a resident gets 404 for another resident's request and booking of the same community, with one access.denied record and no side effect", async () => {
      const resident = await actorFor('resident', c0().id);
      const neighbour = await actorFor('resident', c0().id);
      const requestId = await dispatched(mine, neighbour.client.userId);
      const booking = await createBooking(
        ctx.deps,
        { ...systemActor(), userId: neighbour.client.userId },
        { roomId: mine.roomId, ...slotAhead(40), purpose: '邻居的预约', attendees: 2, bookerKind: 'resident' },
      );
      expect(
        await runAll(ctx, resident, [
          {
            what: "read a neighbour's request",
            route: 'GET /api/portal/requests/:id',
            url: `/api/portal/requests/${requestId}`,
          },
          {
            what: "rate a neighbour's request",
            route: 'POST /api/portal/requests/:id/actions',
            url: `/api/portal/requests/${requestId}/actions`,
            payload: { action: 'rate', rating: 1 },
          },
          {
            what: "publish a neighbour's request",
            route: 'POST /api/portal/requests/:id/publicity',
            url: `/api/portal/requests/${requestId}/publicity`,
            payload: { publicConsent: true, publicPhotos: true },
          },
          { what: "read a neighbour's booking", route: 'GET /api/bookings/:id', url: `/api/bookings/${booking.id}` },
          {
            what: "cancel a neighbour's booking",
            route: 'POST /api/bookings/:id/actions',
            url: `/api/bookings/${booking.id}/actions`,
            payload: { action: 'cancel' },
          },
        ]),
      ).toEqual([]);
      const list = readJson<{ items: { id: string }[] }>(await resident.client.get('/api/portal/requests'));
      expect(list.items.map((i) => i.id)).not.toContain(requestId);
      // Control: the neighbour reaches both.
      expect((await neighbour.client.get(`/api/portal/requests/${requestId}`)).statusCode).toBe(200);
      expect((await neighbour.client.get(`/api/bookings/${booking.id}`)).statusCode).toBe(200);
    });

    it("a provider gets 404 for another provider's orders and sees none of them in its list", async () => {
      const ours = await providerAccount(ctx.deps, mine);
      const other = await providerAccount(ctx.deps, theirs);
      const otherOrder = await dispatched(theirs, 'object-level-resident');
      const ourOrder = await dispatched(mine, 'object-level-resident');
      // A provider account is scoped to its own community; the other provider sits in the neighbouring one.
      const provider = { client: await clientForUser(ctx.app, ctx.deps, ours.id), role: 'provider' as const };
      expect(
        await runAll(ctx, provider, [
          {
            what: "read another provider's order",
            route: 'GET /api/provider/orders/:id',
            url: `/api/provider/orders/${otherOrder}`,
          },
          {
            what: "start another provider's order",
            route: 'POST /api/provider/orders/:id/actions',
            url: `/api/provider/orders/${otherOrder}/actions`,
            payload: { action: 'start' },
          },
        ]),
      ).toEqual([]);
      const list = readJson<{ items: { id: string }[] }>(
        await provider.client.get('/api/provider/orders?pageSize=200'),
      );
      expect(list.items.map((i) => i.id)).toContain(ourOrder);
      expect(list.items.map((i) => i.id)).not.toContain(otherOrder);
      const otherClient = await clientForUser(ctx.app, ctx.deps, other.id);
      expect(
        readJson<{ items: { id: string }[] }>(await otherClient.get('/api/provider/orders?pageSize=200')).items.map(
          (i) => i.id,
        ),
      ).toEqual([otherOrder]);
    });

    it("a community worker gets 404 for another community's premises, requests, bookings and providers", async () => {
      const worker = await actorFor('community_worker', c0().id);
      const requestId = (await residentRequest(ctx.deps, theirs, 'object-level-resident')).id;
      const booking = await createBooking(ctx.deps, systemActor(), {
        roomId: theirs.roomId,
        ...slotAhead(41),
        purpose: '邻社区',
        attendees: 2,
        bookerKind: 'staff',
      });
      const ownProviderUser = await makeUser(ctx.deps, 'provider', c0().id);
      const theirAccount = await providerAccount(ctx.deps, theirs);
      const theirProviderUser = await makeUser(ctx.deps, 'provider', theirs.communityId);
      expect(
        await runAll(ctx, worker, [
          {
            what: 'read foreign premises',
            route: 'GET /api/services/premises/:id',
            url: `/api/services/premises/${theirs.premisesId}`,
          },
          {
            what: 'add a room to foreign premises',
            route: 'POST /api/services/premises/:id/rooms',
            url: `/api/services/premises/${theirs.premisesId}/rooms`,
            payload: { name: '越权', kind: 'other', capacity: 1, bookable: true, needsApproval: false },
          },
          {
            what: 'read a foreign request',
            route: 'GET /api/services/requests/:id',
            url: `/api/services/requests/${requestId}`,
          },
          {
            what: 'accept a foreign request',
            route: 'POST /api/services/requests/:id/actions',
            url: `/api/services/requests/${requestId}/actions`,
            payload: { action: 'accept' },
          },
          {
            what: 'approve a foreign booking',
            route: 'POST /api/bookings/:id/actions',
            url: `/api/bookings/${booking.id}/actions`,
            payload: { action: 'cancel' },
          },
          {
            what: 'book a foreign room',
            route: 'POST /api/bookings',
            url: '/api/bookings',
            payload: { roomId: theirs.roomId, ...slotAhead(42), purpose: '越权', attendees: 1 },
          },
          {
            what: 'read a foreign provider',
            route: 'GET /api/services/providers/:id',
            url: `/api/services/providers/${theirs.providerId}`,
          },
          {
            what: 'edit a foreign catalogue entry',
            route: 'PATCH /api/services/catalog/:id',
            url: `/api/services/catalog/${theirs.serviceId}`,
            payload: { name: '越权改名', priceKind: 'free', priceFen: 0 },
          },
          {
            what: 'link an account to a foreign provider',
            route: 'POST /api/services/providers/:id/accounts',
            url: `/api/services/providers/${theirs.providerId}/accounts`,
            payload: { userId: ownProviderUser.id },
          },
          {
            what: "link a foreign community's user to an own provider",
            route: 'POST /api/services/providers/:id/accounts',
            url: `/api/services/providers/${mine.providerId}/accounts`,
            payload: { userId: theirProviderUser.id },
          },
          {
            what: "a foreign provider's account candidates",
            route: 'GET /api/services/providers/:id/account-candidates',
            url: `/api/services/providers/${theirs.providerId}/account-candidates`,
          },
          {
            what: "unlink a foreign provider's account",
            route: 'DELETE /api/services/providers/:id/accounts/:userId',
            url: `/api/services/providers/${theirs.providerId}/accounts/${theirAccount.id}`,
          },
        ]),
      ).toEqual([]);
    });
  });
});
