import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { ROLES, type Role } from '@jishi/shared';
import { countRows, createTestContext, readJson } from '../harness.ts';
import { buildFixture, type Fixture } from '../fixture.ts';
import { clientFor, makeUser, TEST_PASSWORD, type Client } from '../sessions.ts';
import { linkBranch } from '../branch-secretary-support.ts';
import {
  AUTHORIZATION_MATRIX,
  MATRIX_ROUTES,
  expectedOutcome,
  isMatrixRoute,
  mayCall,
  routeKey,
  type MatrixRoute,
  type Outcome,
} from '../authorization-matrix.ts';
import { SERVER_MODULES } from '../../src/modules.ts';
import { systemActor } from '../../src/features/auth/system-actor.ts';
import { createUnit } from '../../src/features/territory/territory.service.ts';
import { createResident } from '../../src/features/residents/residents.service.ts';
import { headerFor } from '../../src/features/residents/residents.columns.ts';
import { currentTotp } from '../../src/features/auth/totp.ts';
import { enrolTotp, nextTotp, pendingProposal } from '../accounts-support.ts';
import { sessionCookieName } from '../../src/features/auth/session-cookie.ts';
import { buildWorkbook, XLSX_MIME } from '../../src/platform/xlsx.ts';
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
import { casePhoto, caseBody, freshCase, givePost, key, mediatingCase, png, today } from '../grid-support.ts';
import { newId } from '../../src/platform/ids.ts';
import { submitReport } from '../../src/features/grid/reports.service.ts';
// party life and volunteers
import { partyLifeProbes } from '../volunteers-support.ts';
import { serviceProbes } from '../services-probes.ts';
// indicators and portal
import { indicatorAndPortalProbes } from '../portal-support.ts';
// messages and channels
import { messageProbes } from '../messages-support.ts';

type Ctx = Awaited<ReturnType<typeof createTestContext>>;
type Method = NonNullable<InjectOptions['method']>;

/** One concrete request for a route, with real fixture ids; prepared per cell (objects a write consumes are fresh). */
interface RequestSpec {
  method: Method;
  url: string;
  payload?: unknown;
  contentType?: string;
}
/** `client` is the caller's own session (null for anonymous); some requests need it (TOTP enrolment). */
type Probe = (client: Client | null) => Promise<RequestSpec> | RequestSpec;

const STRONG_PASSWORD = 'Rotated-Granite-Lantern-42';
const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);
/** POST only to keep the ID number or phone (or an export's reason) out of the URL; they change nothing but the audit log. */
const READS_BY_POST: ReadonlySet<string> = new Set([
  'POST /api/residents/lookup',
  'POST /api/public/complaints/track',
  // In-service feedback exports: reads whose body carries the reason the audit record keeps
  'POST /api/in-service/members/:id/feedback.pdf',
  'POST /api/in-service/feedback.xlsx',
  'POST /api/in-service/work-units/feedback.pdf',
  'POST /api/in-service/work-units/feedback.xlsx',
]);
/** What inspectors write: the handling of their alerts and complaints, and detection on demand (which only raises alerts). */
const INSPECTOR_WRITES = [
  // one's own messages and how they reach one (every signed-in user)
  'POST /api/messages/:id/read',
  'POST /api/messages/read-all',
  'PUT /api/messages/preferences',
  'POST /api/integrity/alerts/:id/actions',
  'POST /api/integrity/detect',
  'POST /api/integrity/complaints/:id/actions',
];
const uniq = (): string => randomUUID().replace(/-/g, '').slice(0, 12);

describe('authorization matrix', () => {
  let ctx: Ctx;
  let fx: Fixture;
  let probes: Record<MatrixRoute, Probe>;

  beforeAll(async () => {
    ctx = await createTestContext();
    fx = await buildFixture(ctx.deps);
    const [templates] = await installDecisions(ctx.deps, fx);
    const [itemId] = await installIntegrity(ctx.deps, fx);
    const hall = {
      templates,
      objects: await hallObjects(ctx.deps, fx.subdistricts[0].communities[0].id, templates.community),
      meetings: await meetingObjects(ctx.deps, fx.subdistricts[0].id),
      integrity: await integrityObjects(ctx.deps, fx.subdistricts[0].communities[0].id, itemId),
    };
    probes = buildProbes(ctx, fx, hall);
  });

  /**
   * Every caller's role is scoped at subdistrict 0, so every object a probe names is in scope; a branch
   * secretary is linked to the branch the probes name (community 0's), or it would see no branch at all.
   */
  const signIn = async (role: Role): Promise<Client> => {
    const client = await clientFor(ctx.app, ctx.deps, role, fx.subdistricts[0].id);
    // branch secretary's own branch
    if (role === 'branch_secretary')
      await linkBranch(ctx.deps, client.userId, fx.subdistricts[0].communities[0].branchId);
    return client;
  };

  // Each request comes from its own client address, as separate people's would: the per-address
  // allowances on public and sign-in routes are then not what the matrix measures.
  let requests = 0;
  const nextAddress = (): string => {
    requests += 1;
    return `10.${(requests >> 16) & 255}.${(requests >> 8) & 255}.${requests & 255}`;
  };

  async function send(spec: RequestSpec, auth: { cookie?: string; csrf?: string }): Promise<LightMyRequestResponse> {
    const headers: Record<string, string> = {};
    if (auth.cookie) headers.cookie = auth.cookie;
    if (auth.csrf) headers['x-csrf-token'] = auth.csrf;
    if (spec.contentType) headers['content-type'] = spec.contentType;
    return ctx.app.inject({
      method: spec.method,
      url: spec.url,
      headers,
      payload: spec.payload as InjectOptions['payload'],
      remoteAddress: nextAddress(),
    });
  }

  const codeOf = (res: LightMyRequestResponse): string | undefined => {
    try {
      return readJson<{ code?: string }>(res).code;
    } catch {
      return undefined;
    }
  };

  async function auditRowsOf(userId: string) {
    return ctx.deps.db
      .selectFrom('audit_log')
      .select(['action', 'result', 'subject_id'])
      .where('actor_id', '=', userId)
      .execute();
  }

  /** Runs one cell and classifies it; a deny must be a 403 FORBIDDEN and leave exactly one access.denied record. */
  async function observe(route: MatrixRoute, role: Role): Promise<string> {
    const client = await signIn(role);
    const spec = await probes[route](client);
    expect(routeKey(spec.method, patternOf(spec.url, route))).toBe(route);
    const res = await send(spec, { cookie: client.cookie, csrf: client.csrf });
    const code = codeOf(res);
    if (res.statusCode >= 200 && res.statusCode < 300) return 'allow';
    if (res.statusCode === 403 && code === 'FORBIDDEN') {
      const rows = await auditRowsOf(client.userId);
      const audited =
        rows.length === 1 &&
        rows[0].action === 'access.denied' &&
        rows[0].result === 'denied' &&
        rows[0].subject_id === route;
      return audited ? 'deny' : `deny without exactly one access.denied audit record: ${JSON.stringify(rows)}`;
    }
    return `unexpected ${res.statusCode} ${code ?? res.body.slice(0, 120)}`;
  }

  it('every API route comes from a module of the registry (the OpenAPI document aside)', () => {
    const ids = SERVER_MODULES.map((m) => m.manifest.id);
    const stray = ctx.app.apiRoutes.filter((r) =>
      r.module === null ? r.url !== '/api/openapi.json' : !ids.includes(r.module),
    );
    expect(stray).toEqual([]);
  });

  it('the table names exactly the routes the registered modules add', () => {
    const fromModules = SERVER_MODULES.flatMap((m) => ctx.app.apiRoutes.filter((r) => r.module === m.manifest.id));
    const registered = [...fromModules, ...ctx.app.apiRoutes.filter((r) => r.module === null)].map((r) =>
      routeKey(r.method, r.url),
    );
    expect(new Set(registered).size).toBe(registered.length);
    const missingFromTable = registered.filter((k) => !isMatrixRoute(k));
    const notRegistered = MATRIX_ROUTES.filter((k) => !registered.includes(k));
    expect(missingFromTable).toEqual([]);
    expect(notRegistered).toEqual([]);
    expect(registered.length).toBe(MATRIX_ROUTES.length);
  });

  it("the table's public and authenticated routes are declared so by the server, and only those", () => {
    const tableKind = (route: MatrixRoute): string => {
      const access = AUTHORIZATION_MATRIX[route];
      return typeof access === 'string' ? access : 'permission';
    };
    const declaredKind = (access: string): string =>
      access === 'public' || access === 'authenticated' ? access : 'permission';
    const mismatches = ctx.app.apiRoutes.flatMap((r) => {
      const key = routeKey(r.method, r.url);
      if (!isMatrixRoute(key) || tableKind(key) === declaredKind(r.access)) return [];
      return [`${key}: table says ${tableKind(key)}, server declares ${r.access}`];
    });
    expect(mismatches).toEqual([]);
  });

  describe('one request per route × role', () => {
    it.each(MATRIX_ROUTES)('%s', async (route) => {
      const observed: Partial<Record<Role, string>> = {};
      const expected: Partial<Record<Role, Outcome>> = {};
      for (const role of ROLES) {
        expected[role] = expectedOutcome(route, role);
        observed[role] = await observe(route, role);
      }
      expect(observed).toEqual(expected);
    });
  });

  it('anonymous callers get 401 UNAUTHENTICATED on every non-public route, also with a forged cookie', async () => {
    const forged = `${sessionCookieName(ctx.deps.config.cookieSecure)}=${'A'.repeat(43)}`;
    const failures: string[] = [];
    for (const route of MATRIX_ROUTES) {
      const outcome = expectedOutcome(route, 'anonymous');
      const spec = await probes[route](null);
      for (const cookie of [undefined, forged]) {
        const res = await send(spec, { cookie });
        const got =
          res.statusCode >= 200 && res.statusCode < 300
            ? 'allow'
            : res.statusCode === 401 && codeOf(res) === 'UNAUTHENTICATED'
              ? 'unauthenticated'
              : `${res.statusCode} ${codeOf(res)}`;
        if (got !== outcome)
          failures.push(`${route} (${cookie ? 'forged cookie' : 'no cookie'}): expected ${outcome}, got ${got}`);
      }
    }
    expect(failures).toEqual([]);
    // The matrix itself must leave some routes open to anonymous callers and close the rest.
    expect(MATRIX_ROUTES.filter((r) => mayCall(r, 'anonymous')).sort()).toEqual(
      [
        'GET /api/health',
        'GET /api/meta',
        'GET /api/openapi.json',
        'POST /api/auth/login',
        'GET /api/public/boards',
        'GET /api/public/boards/:id/notices',
        'POST /api/public/complaints',
        'POST /api/public/complaints/track',
        'GET /api/public/power-list/:id',
        // party life and volunteers
        'GET /api/public/certificates/:number',
        // services
        'GET /api/public/rooms/:id/calendar.ics',
        'GET /api/public/communities',
        'GET /api/public/communities/:id',
        'GET /api/public/brands/:id/photos/:photoId',
        // residents' portal
        'GET /api/public/communities/:id/activities',
        'POST /api/portal/auth/password',
        'POST /api/portal/auth/code',
        'POST /api/portal/auth/code/verify',
      ].sort(),
    );
  });

  it('a state-changing request without (or with a wrong) x-csrf-token is refused with 403 CSRF and changes nothing', async () => {
    const stateChanging = MATRIX_ROUTES.filter(
      (r) => !SAFE.has(r.split(' ')[0]) && AUTHORIZATION_MATRIX[r] !== 'public',
    );
    expect(stateChanging.length).toBeGreaterThan(20);
    const failures: string[] = [];
    for (const route of stateChanging) {
      const allowedRole = ROLES.find((role) => mayCall(route, role)) as Role;
      const client = await signIn(allowedRole);
      const spec = await probes[route](client);
      for (const csrf of [undefined, 'not-the-token']) {
        const { audit_log: auditBefore, ...before } = await tableCounts(ctx);
        const res = await send(spec, { cookie: client.cookie, csrf });
        const { audit_log: auditAfter, ...after } = await tableCounts(ctx);
        if (res.statusCode !== 403 || codeOf(res) !== 'CSRF')
          failures.push(`${route} (${csrf ? 'wrong' : 'no'} token): ${res.statusCode} ${codeOf(res)}`);
        if (JSON.stringify(before) !== JSON.stringify(after))
          failures.push(`${route}: wrote ${JSON.stringify({ before, after })}`);
        // The only record a refusal leaves is its own audit record.
        const added = await ctx.deps.db
          .selectFrom('audit_log')
          .select('action')
          .orderBy('seq', 'desc')
          .limit(auditAfter - auditBefore)
          .execute();
        if (added.some((a) => a.action !== 'access.csrf'))
          failures.push(`${route}: audited ${added.map((a) => a.action).join(', ')}`);
      }
      // The same request with the token is accepted: the refusal above was the CSRF check.
      const ok = await send(spec, { cookie: client.cookie, csrf: client.csrf });
      if (ok.statusCode >= 300) failures.push(`${route} with token: ${ok.statusCode} ${codeOf(ok)}`);
    }
    expect(failures).toEqual([]);
  }, 240_000); // one request pair per state-changing route (party life and volunteers, doubled them)

  describe('separation of duties (三员分立), read from the table', () => {
    const userWriting = MATRIX_ROUTES.filter((r) => /^(POST|PATCH|PUT|DELETE) \/api\/users(\/|$)/.test(r));
    const auditReading = MATRIX_ROUTES.filter((r) => /^GET \/api\/audit(\/|$)/.test(r));

    it('user-writing and audit-reading routes are granted to named roles only', () => {
      expect(userWriting).toEqual([
        'POST /api/users',
        'PATCH /api/users/:id',
        'POST /api/users/:id/password-reset',
        'POST /api/users/:id/second-factor-reset',
      ]);
      expect(auditReading).toEqual(['GET /api/audit', 'GET /api/audit/verify']);
      for (const r of [...userWriting, ...auditReading]) expect(Array.isArray(AUTHORIZATION_MATRIX[r])).toBe(true);
    });

    it('no role may both write users and read the audit trail', () => {
      const both = ROLES.filter(
        (role) => userWriting.some((r) => mayCall(r, role)) && auditReading.some((r) => mayCall(r, role)),
      );
      expect(both).toEqual([]);
      expect(ROLES.filter((role) => userWriting.some((r) => mayCall(r, role)))).toEqual(['security_admin']);
      expect(ROLES.filter((role) => auditReading.some((r) => mayCall(r, role)))).toEqual(['inspector', 'audit_admin']);
    });

    it('discipline inspectors are read-only: no state-changing route beyond their own session, account and messages and the handling of alerts and complaints', () => {
      const writes = MATRIX_ROUTES.filter(
        (r) =>
          !SAFE.has(r.split(' ')[0]) &&
          !READS_BY_POST.has(r) &&
          mayCall(r, 'inspector') &&
          AUTHORIZATION_MATRIX[r] !== 'public',
      );
      expect(writes.filter((r) => !r.startsWith('POST /api/auth/')).sort()).toEqual([...INSPECTOR_WRITES].sort());
    });

    it('complaints are read and handled by inspectors only: not community staff, not subdistrict, security or audit admins', () => {
      const complaintRoutes = MATRIX_ROUTES.filter((r) => r.includes('/api/integrity/complaints'));
      expect(complaintRoutes).toHaveLength(3);
      for (const r of complaintRoutes) expect(ROLES.filter((role) => mayCall(r, role))).toEqual(['inspector']);
    });
  });
});

/** '/api/residents/0190…' → '/api/residents/:id' when the route names an :id. */
function patternOf(url: string, route: MatrixRoute): string {
  const path = url.split('?')[0];
  const pattern = route.split(' ')[1];
  const a = path.split('/');
  const b = pattern.split('/');
  if (a.length !== b.length) return path;
  return a.map((seg, i) => (b[i].startsWith(':') ? b[i] : seg)).join('/');
}

const COUNTED_TABLES = [
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
  'sessions',
  'recovery_codes',
  'account_proposals',
  'audit_log',
  'decision_templates',
  'decision_matters',
  'decision_records',
  'decision_proposals',
  'decision_supports',
  'decision_ratings',
  'decision_progress',
  'decision_periods',
  'meeting_catalog',
  'meetings',
  'meeting_follow_ups',
  'meeting_opinions',
  'power_items',
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
  'dispute_cases',
  'dispute_events',
  'mediation_sessions',
  'dispute_photos',
  // party life and volunteers
  'courses',
  'study_plans',
  'member_accounts',
  'learning_records',
  'org_life_meetings',
  'org_life_closed_months',
  'trainings',
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
  'party_life_files',
  // messages and channels
  'messages',
  'message_preferences',
  'robots',
  'outbound_messages',
] as const;

async function tableCounts(ctx: Ctx): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const table of COUNTED_TABLES) {
    out[table] = await countRows(ctx.deps, table);
  }
  const users = await ctx.deps.db
    .selectFrom('users')
    .select(['id', 'password_hash', 'display_name', 'totp_secret_enc', 'totp_enabled', 'must_change_password'])
    .orderBy('id')
    .execute();
  out.usersDigest = hashOf(JSON.stringify(users));
  return out;
}

function hashOf(text: string): number {
  let h = 0;
  for (let i = 0; i < text.length; i++) h = (Math.imul(h, 31) + text.charCodeAt(i)) | 0;
  return h;
}

/** A valid request per route, naming real fixture objects of subdistrict 0 (in every caller's scope). */
interface HallSetup {
  templates: HallTemplates;
  objects: HallObjects;
  meetings: MeetingObjects;
  integrity: IntegrityObjects;
}

function buildProbes(ctx: Ctx, fx: Fixture, hall: HallSetup): Record<MatrixRoute, Probe> {
  const { deps } = ctx;
  const sub = fx.subdistricts[0];
  const community = sub.communities[0];
  const grid = community.grids[0];
  const system = systemActor();

  const freshResident = async (): Promise<string> => {
    const r = await createResident(deps, system, {
      name: '待迁出居民',
      gridId: grid.id,
      address: '甲一路A号院1号楼101',
      isNeedy: false,
      isElderly: false,
      isDisabled: false,
    });
    return r.id;
  };
  const freshCommunity = async (): Promise<string> => {
    const u = await createUnit(deps, system, {
      parentId: sub.id,
      kind: 'community',
      name: `合并测试社区${uniq()}`,
      validFrom: '2010-01-01',
    });
    return u.id;
  };
  const importFile = async (): Promise<Buffer> =>
    buildWorkbook([
      {
        name: '居民',
        header: headerFor('zh-CN'),
        rows: [['导入居民', '', '', grid.id, '甲一路A号院', '', '', '否', '否', '否']],
        textColumns: true,
      },
    ]);

  return {
    'GET /api/health': () => ({ method: 'GET', url: '/api/health' }),
    'GET /api/meta': () => ({ method: 'GET', url: '/api/meta' }),
    'GET /api/openapi.json': () => ({ method: 'GET', url: '/api/openapi.json' }),

    'POST /api/auth/login': async () => {
      const user = await makeUser(deps, 'grid_worker', grid.id);
      return { method: 'POST', url: '/api/auth/login', payload: { username: user.username, password: TEST_PASSWORD } };
    },
    'GET /api/todos': () => ({ method: 'GET', url: '/api/todos' }),
    'GET /api/todos/counts': () => ({ method: 'GET', url: '/api/todos/counts' }),
    'GET /api/auth/session': () => ({ method: 'GET', url: '/api/auth/session' }),
    'POST /api/auth/logout': () => ({ method: 'POST', url: '/api/auth/logout', payload: {} }),
    'POST /api/auth/password': () => ({
      method: 'POST',
      url: '/api/auth/password',
      payload: { currentPassword: TEST_PASSWORD, newPassword: STRONG_PASSWORD },
    }),
    'POST /api/auth/totp/setup': () => ({ method: 'POST', url: '/api/auth/totp/setup', payload: {} }),
    'POST /api/auth/totp/enable': async (client) => {
      if (!client) return { method: 'POST', url: '/api/auth/totp/enable', payload: { code: '000000' } };
      const setup = await client.post('/api/auth/totp/setup');
      expect(setup.statusCode).toBe(200);
      const { secret } = readJson<{ secret: string }>(setup);
      return { method: 'POST', url: '/api/auth/totp/enable', payload: { code: currentTotp(secret) } };
    },
    'POST /api/auth/totp/disable': async (client) => {
      if (!client) return { method: 'POST', url: '/api/auth/totp/disable', payload: { password: 'x', code: '000000' } };
      const { secret } = await enrolTotp(client);
      return {
        method: 'POST',
        url: '/api/auth/totp/disable',
        payload: { password: TEST_PASSWORD, code: nextTotp(secret) },
      };
    },
    'POST /api/auth/recovery-codes': async (client) => {
      if (!client)
        return { method: 'POST', url: '/api/auth/recovery-codes', payload: { password: 'x', code: '000000' } };
      const { secret } = await enrolTotp(client);
      return {
        method: 'POST',
        url: '/api/auth/recovery-codes',
        payload: { password: TEST_PASSWORD, code: nextTotp(secret) },
      };
    },

    'GET /api/territory/units': () => ({ method: 'GET', url: '/api/territory/units' }),
    'GET /api/territory/units/:id': () => ({ method: 'GET', url: `/api/territory/units/${community.id}` }),
    'POST /api/territory/units': () => ({
      method: 'POST',
      url: '/api/territory/units',
      payload: { parentId: community.id, kind: 'grid', name: `新建网格${uniq()}`, validFrom: '2010-01-01' },
    }),
    'PATCH /api/territory/units/:id': () => ({
      method: 'PATCH',
      url: `/api/territory/units/${grid.id}`,
      payload: { name: '甲一A网格' },
    }),
    'POST /api/territory/units/:id/merge': async () => {
      const [source, target] = [await freshCommunity(), await freshCommunity()];
      return {
        method: 'POST',
        url: `/api/territory/units/${source}/merge`,
        payload: { targetId: target, effectiveDate: '2020-01-01' },
      };
    },
    'GET /api/territory/units/:id/history': () => ({ method: 'GET', url: `/api/territory/units/${grid.id}/history` }),
    'GET /api/territory/units/:id/parent-at': () => ({
      method: 'GET',
      url: `/api/territory/units/${grid.id}/parent-at?date=2020-01-01`,
    }),
    'GET /api/territory/buildings': () => ({ method: 'GET', url: `/api/territory/buildings?gridId=${grid.id}` }),
    'POST /api/territory/buildings': () => ({
      method: 'POST',
      url: '/api/territory/buildings',
      payload: { gridId: grid.id, name: '2号楼', address: '甲一路A号院2号楼' },
    }),
    'GET /api/territory/households': () => ({ method: 'GET', url: `/api/territory/households?gridId=${grid.id}` }),
    'POST /api/territory/households': () => ({
      method: 'POST',
      url: '/api/territory/households',
      payload: { gridId: grid.id, buildingId: grid.buildingId, address: '甲一路A号院1号楼102' },
    }),

    'GET /api/party-orgs': () => ({ method: 'GET', url: '/api/party-orgs' }),
    'POST /api/party-orgs': () => ({
      method: 'POST',
      url: '/api/party-orgs',
      payload: {
        parentId: community.partyOrgId,
        kind: 'branch',
        category: 'grid',
        name: `网格党支部${uniq()}`,
        territoryId: community.id,
      },
    }),
    'PATCH /api/party-orgs/:id': () => ({
      method: 'PATCH',
      url: `/api/party-orgs/${community.branchId}`,
      payload: { name: '甲一第一支部' },
    }),

    'GET /api/residents': () => ({ method: 'GET', url: '/api/residents' }),
    'GET /api/residents/import-template': () => ({ method: 'GET', url: '/api/residents/import-template' }),
    'POST /api/residents/import': async () => ({
      method: 'POST',
      url: '/api/residents/import',
      payload: await importFile(),
      contentType: XLSX_MIME,
    }),
    'POST /api/residents/export': () => ({
      method: 'POST',
      url: '/api/residents/export',
      payload: { reason: '年度核查工作需要', gridId: grid.id },
    }),
    'POST /api/residents/lookup': () => ({
      method: 'POST',
      url: '/api/residents/lookup',
      payload: { phone: fx.secrets[1] },
    }),
    'GET /api/residents/:id': () => ({ method: 'GET', url: `/api/residents/${grid.residentIds[0]}` }),
    'POST /api/residents': () => ({
      method: 'POST',
      url: '/api/residents',
      payload: { name: '新登记居民', gridId: grid.id, householdId: grid.householdId },
    }),
    'PATCH /api/residents/:id': () => ({
      method: 'PATCH',
      url: `/api/residents/${grid.residentIds[1]}`,
      payload: { isDisabled: false },
    }),
    'DELETE /api/residents/:id': async () => ({ method: 'DELETE', url: `/api/residents/${await freshResident()}` }),
    'POST /api/residents/:id/reveal': () => ({
      method: 'POST',
      url: `/api/residents/${grid.residentIds[0]}/reveal`,
      payload: { fields: ['phone'], reason: '核实联系方式' },
    }),

    'GET /api/party-members': () => ({ method: 'GET', url: '/api/party-members' }),
    'POST /api/party-members': () => ({
      method: 'POST',
      url: '/api/party-members',
      payload: {
        name: '新党员',
        branchId: community.branchId,
        memberType: 'formal',
        status: 'in_service',
        joinDate: '2001-07-01',
      },
    }),
    'PATCH /api/party-members/:id': () => ({
      method: 'PATCH',
      url: `/api/party-members/${community.memberId}`,
      payload: { workUnit: '退休' },
    }),

    'GET /api/workers': () => ({ method: 'GET', url: '/api/workers' }),
    'POST /api/workers': () => ({
      method: 'POST',
      url: '/api/workers',
      payload: { name: '新社工', unitId: community.id, post: '网格员', origin: 'graduate' },
    }),
    'PATCH /api/workers/:id': () => ({
      method: 'PATCH',
      url: `/api/workers/${community.workerId}`,
      payload: { post: '社区工作者' },
    }),

    'GET /api/users': () => ({ method: 'GET', url: '/api/users' }),
    'GET /api/jobs': () => ({ method: 'GET', url: '/api/jobs' }),
    'POST /api/users': () => ({
      method: 'POST',
      url: '/api/users',
      payload: {
        username: `u${uniq()}`,
        displayName: '新用户',
        role: 'volunteer',
        scopeUnitId: community.id,
      },
    }),
    'PATCH /api/users/:id': async () => {
      const target = await makeUser(deps, 'volunteer', community.id);
      return { method: 'PATCH', url: `/api/users/${target.id}`, payload: { displayName: '改名用户' } };
    },
    'POST /api/users/:id/password-reset': async () => {
      const target = await makeUser(deps, 'volunteer', community.id);
      return { method: 'POST', url: `/api/users/${target.id}/password-reset`, payload: {} };
    },
    'POST /api/users/:id/second-factor-reset': async () => {
      const target = await makeUser(deps, 'community_worker', community.id);
      return { method: 'POST', url: `/api/users/${target.id}/second-factor-reset`, payload: {} };
    },
    'GET /api/account-proposals': () => ({ method: 'GET', url: '/api/account-proposals' }),
    'GET /api/account-proposals/accounts': () => ({ method: 'GET', url: '/api/account-proposals/accounts' }),
    'POST /api/account-proposals': async () => {
      const target = await makeUser(deps, 'audit_admin', sub.id);
      return { method: 'POST', url: '/api/account-proposals', payload: { kind: 'password_reset', userId: target.id } };
    },
    'POST /api/account-proposals/:id/approve': async () => {
      const proposer = await makeUser(deps, 'subdistrict_admin', sub.id);
      const target = await makeUser(deps, 'audit_admin', sub.id);
      const id = await pendingProposal(deps, {
        ...target,
        targetUserId: target.id,
        proposedBy: proposer.id,
        role: 'audit_admin',
        orgPath: sub.path,
      });
      return { method: 'POST', url: `/api/account-proposals/${id}/approve`, payload: {} };
    },
    'POST /api/account-proposals/:id/reject': async () => {
      const proposer = await makeUser(deps, 'subdistrict_admin', sub.id);
      const target = await makeUser(deps, 'audit_admin', sub.id);
      const id = await pendingProposal(deps, {
        ...target,
        targetUserId: target.id,
        proposedBy: proposer.id,
        role: 'audit_admin',
        orgPath: sub.path,
      });
      return { method: 'POST', url: `/api/account-proposals/${id}/reject`, payload: {} };
    },

    'GET /api/audit': () => ({ method: 'GET', url: '/api/audit?pageSize=5' }),
    'GET /api/audit/verify': () => ({ method: 'GET', url: '/api/audit/verify' }),
    'GET /api/dashboard/home': () => ({ method: 'GET', url: '/api/dashboard/home' }),
    ...decisionProbes(ctx, fx, hall),
    ...integrityProbes(ctx, fx, hall.integrity),
    // party life and volunteers
    ...partyLifeProbes(ctx.deps, fx),
    ...serviceProbes(deps, fx),
    // indicators and portal
    ...indicatorAndPortalProbes(ctx.deps, fx),
    ...messageProbes(deps, fx),
    // branch secretary's own branch
    'GET /api/users/branch-options': () => ({ method: 'GET', url: '/api/users/branch-options' }),
  };
}

/** Power list, exercises, alerts, complaints: objects a write consumes are fresh per cell. */
function integrityProbes(ctx: Ctx, fx: Fixture, o: IntegrityObjects) {
  const { deps } = ctx;
  const sub = fx.subdistricts[0];
  const community = sub.communities[0];
  let n = 0;
  const fresh = async () => (await openRelief(deps, community.id)).id;
  const freshAlert = async () => {
    const id = await fresh();
    await recordStep(deps, systemActor(), id, { stepSeq: 2, evidence: [] });
    return (
      await deps.db
        .selectFrom('supervision_alerts')
        .select('id')
        .where('exercise_id', '=', id)
        .executeTakeFirstOrThrow()
    ).id;
  };
  const freshComplaint = async () => {
    await submitComplaint(
      deps,
      { ip: '127.0.0.1', requestId: 'matrix' },
      { unitId: community.id, targetKind: 'item', targetText: `矩阵${uniq()}`, content: '内容', anonymous: true },
    );
    return (
      await deps.db
        .selectFrom('complaints')
        .select('id')
        .where('status', '=', 'received')
        .orderBy('id', 'desc')
        .executeTakeFirstOrThrow()
    ).id;
  };
  const item = () => {
    n += 1;
    return {
      ownerUnitId: sub.id,
      code: `MX-${n}-${uniq().slice(0, 6).toUpperCase()}`,
      name: '矩阵测试事项',
      category: 'convenience_service',
      policyBasis: '依据',
      subject: '社区',
      post: '窗口',
      steps: [{ name: '受理', actorPost: '窗口', output: '登记', timeLimitDays: 1 }],
      timeLimitDays: 3,
      disclosure: null,
      supervisionBody: '纪检监察室',
      riskPoints: [],
      accountability: '追责',
      incompatible: [],
      effectiveFrom: '2020-01-01',
    };
  };
  return {
    'GET /api/integrity/items': () => ({ method: 'GET', url: '/api/integrity/items' }),
    'GET /api/integrity/items/:id': () => ({ method: 'GET', url: `/api/integrity/items/${o.itemId}` }),
    'POST /api/integrity/items': () => ({ method: 'POST', url: '/api/integrity/items', payload: item() }),
    'GET /api/integrity/rollout': () => ({ method: 'GET', url: '/api/integrity/rollout' }),
    'POST /api/integrity/rollout': () => ({
      method: 'POST',
      url: '/api/integrity/rollout',
      payload: { unitId: community.id, codes: ['T-RELIEF'], enabled: true },
    }),
    'GET /api/integrity/exercises': () => ({ method: 'GET', url: '/api/integrity/exercises' }),
    'POST /api/integrity/exercises': () => ({
      method: 'POST',
      url: '/api/integrity/exercises',
      payload: { unitId: community.id, itemCode: 'T-RELIEF', title: '矩阵测试运行' },
    }),
    'GET /api/integrity/exercises/:id': () => ({ method: 'GET', url: `/api/integrity/exercises/${o.exerciseId}` }),
    'POST /api/integrity/exercises/:id/steps': async () => ({
      method: 'POST',
      url: `/api/integrity/exercises/${await fresh()}/steps`,
      payload: { stepSeq: 1, note: '受理' },
    }),
    'POST /api/integrity/exercises/:id/close': async () => ({
      method: 'POST',
      url: `/api/integrity/exercises/${await fresh()}/close`,
      payload: {},
    }),
    'POST /api/integrity/exercises/:id/disclosure': async () => ({
      method: 'POST',
      url: `/api/integrity/exercises/${await fresh()}/disclosure`,
      payload: { where: '公开栏' },
    }),
    'GET /api/integrity/alerts': () => ({ method: 'GET', url: '/api/integrity/alerts' }),
    'GET /api/integrity/alerts/:id': () => ({ method: 'GET', url: `/api/integrity/alerts/${o.alertId}` }),
    'POST /api/integrity/alerts/:id/actions': async () => ({
      method: 'POST',
      url: `/api/integrity/alerts/${await freshAlert()}/actions`,
      payload: { action: 'acknowledge', note: '已收到预警' },
    }),
    'POST /api/integrity/detect': () => ({ method: 'POST', url: '/api/integrity/detect', payload: {} }),
    'GET /api/integrity/complaints': () => ({ method: 'GET', url: '/api/integrity/complaints' }),
    'GET /api/integrity/complaints/:id': () => ({ method: 'GET', url: `/api/integrity/complaints/${o.complaintId}` }),
    'POST /api/integrity/complaints/:id/actions': async () => ({
      method: 'POST',
      url: `/api/integrity/complaints/${await freshComplaint()}/actions`,
      payload: { action: 'accept', note: '予以受理' },
    }),
    'GET /api/integrity/oversight/exercises.xlsx': () => ({
      method: 'GET',
      url: '/api/integrity/oversight/exercises.xlsx',
    }),
    'GET /api/integrity/oversight/decisions.xlsx': () => ({
      method: 'GET',
      url: '/api/integrity/oversight/decisions.xlsx',
    }),
    'GET /api/integrity/audit-head': () => ({ method: 'GET', url: '/api/integrity/audit-head' }),
    'POST /api/public/complaints': () => ({
      method: 'POST',
      url: '/api/public/complaints',
      payload: {
        unitId: community.id,
        targetKind: 'organisation',
        targetText: '社区',
        content: '反映问题',
        anonymous: true,
      },
    }),
    'POST /api/public/complaints/track': () => ({
      method: 'POST',
      url: '/api/public/complaints/track',
      payload: { code: o.trackingCode },
    }),
    'GET /api/public/power-list/:id': () => ({ method: 'GET', url: `/api/public/power-list/${community.id}` }),
    ...gridProbes(ctx, fx),
  } satisfies Partial<Record<MatrixRoute, Probe>>;
}

// grid governance: each write names fresh objects; the caller holds the specialist post it needs.
function gridProbes(ctx: Ctx, fx: Fixture) {
  const { deps } = ctx;
  const sub = fx.subdistricts[0];
  const grid = sub.communities[0].grids[0];
  let shared: Promise<{ caseId: string; photoId: string; reportId: string }> | null = null;
  const objects = () =>
    (shared ??= (async () => {
      const c = await freshCase(deps, grid.id);
      const reporter = await makeUser(deps, 'grid_worker', grid.id);
      await givePost(deps, grid.id, reporter.id);
      const r = await submitReport(
        deps,
        { ...systemActor(), userId: reporter.id },
        { gridId: grid.id, zero: true, items: [], idempotencyKey: key() },
      );
      return { caseId: c.id, photoId: await casePhoto(deps, c.id), reportId: r.id };
    })());
  const ownReport = async (client: Client | null) => {
    if (!client) return (await objects()).reportId;
    // Inserted directly: a service call would leave an audit record in the caller's name.
    const id = newId();
    const now = new Date().toISOString();
    await deps.db
      .insertInto('daily_reports')
      .values({
        id,
        grid_id: grid.id,
        reporter_id: client.userId,
        report_date: today(),
        zero: 1,
        late: 0,
        submitted_at: now,
        corrected_at: null,
        idempotency_key: key(),
        created_at: now,
        updated_at: now,
      })
      .execute();
    return id;
  };
  const assignee = async () => (await makeUser(deps, 'grid_worker', grid.id)).id;
  return {
    'GET /api/grid/settings': () => ({ method: 'GET', url: '/api/grid/settings' }),
    'PUT /api/grid/settings': () => ({
      method: 'PUT',
      url: '/api/grid/settings',
      payload: {
        subdistrictId: sub.id,
        cutoff: '17:00',
        timeLimits: {
          levels: {
            grid: { accept: 24, handle: 168, verify: 168 },
            community: { accept: 48, handle: 360, verify: 360 },
            subdistrict: { accept: 72, handle: 720, verify: 720 },
          },
        },
      },
    }),
    'GET /api/grid/posts': () => ({ method: 'GET', url: '/api/grid/posts' }),
    'POST /api/grid/posts': async () => ({
      method: 'POST',
      url: '/api/grid/posts',
      payload: { gridId: grid.id, userId: await assignee(), post: 'worker' },
    }),
    'DELETE /api/grid/posts/:id': async () => ({
      method: 'DELETE',
      url: `/api/grid/posts/${await givePost(deps, grid.id, await assignee(), 'leader')}`,
    }),
    'GET /api/grid/staff': () => ({ method: 'GET', url: '/api/grid/staff' }),
    'GET /api/grid/my-day': () => ({ method: 'GET', url: '/api/grid/my-day' }),
    'GET /api/grid/reports': () => ({ method: 'GET', url: '/api/grid/reports' }),
    'POST /api/grid/reports': async (client: Client | null) => {
      if (client) await givePost(deps, grid.id, client.userId);
      return {
        method: 'POST',
        url: '/api/grid/reports',
        payload: { gridId: grid.id, zero: true, items: [], idempotencyKey: key() },
      };
    },
    'GET /api/grid/reports/:id': async () => ({
      method: 'GET',
      url: `/api/grid/reports/${(await objects()).reportId}`,
    }),
    'PUT /api/grid/reports/:id': async (client: Client | null) => ({
      method: 'PUT',
      url: `/api/grid/reports/${await ownReport(client)}`,
      payload: { zero: false, items: [{ kind: 'visit', description: '走访独居老人' }] },
    }),
    'GET /api/grid/compliance': () => ({ method: 'GET', url: '/api/grid/compliance' }),
    'GET /api/grid/cases': () => ({ method: 'GET', url: '/api/grid/cases' }),
    'POST /api/grid/cases': () => ({ method: 'POST', url: '/api/grid/cases', payload: caseBody(grid.id) }),
    'GET /api/grid/cases/:id': async () => ({ method: 'GET', url: `/api/grid/cases/${(await objects()).caseId}` }),
    'POST /api/grid/cases/:id/actions': async () => ({
      method: 'POST',
      url: `/api/grid/cases/${(await freshCase(deps, grid.id)).id}/actions`,
      payload: { action: 'accept' },
    }),
    'POST /api/grid/cases/:id/sessions': async () => ({
      method: 'POST',
      url: `/api/grid/cases/${(await mediatingCase(deps, grid.id, await assignee())).id}/sessions`,
      payload: { heldOn: '2026-01-05', mediators: ['网格长王某'], outcome: 'adjourned', notes: '双方同意改日再谈' },
    }),
    'POST /api/grid/cases/:id/photos': async () => ({
      method: 'POST',
      url: `/api/grid/cases/${(await objects()).caseId}/photos?key=${key()}`,
      payload: await png(),
      contentType: 'image/png',
    }),
    'GET /api/grid/cases/:id/photos/:photoId': async () => {
      const o = await objects();
      return { method: 'GET', url: `/api/grid/cases/${o.caseId}/photos/${o.photoId}` };
    },
    'POST /api/grid/escalate-overdue': () => ({ method: 'POST', url: '/api/grid/escalate-overdue', payload: {} }),
    'GET /api/grid/dashboard': () => ({ method: 'GET', url: '/api/grid/dashboard' }),
    'GET /api/grid/dashboard.xlsx': () => ({ method: 'GET', url: '/api/grid/dashboard.xlsx' }),
    'GET /api/grid/daily-rollup': () => ({ method: 'GET', url: '/api/grid/daily-rollup' }),
  } satisfies Partial<Record<MatrixRoute, Probe>>;
}

/** Deliberation hall and subdistrict meetings: objects a write consumes are fresh per cell. */
function decisionProbes(ctx: Ctx, fx: Fixture, hall: HallSetup) {
  const { deps } = ctx;
  const sub = fx.subdistricts[0];
  const community = sub.communities[0];
  const { templates, objects: o, meetings: mt } = hall;
  const freshMatter = async () => (await openAssigned(deps, community.id, templates.community)).id;
  let month = 0;
  const nextMonth = () => {
    month += 1;
    return `${1990 + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}`;
  };
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
  return {
    'GET /api/decisions/templates': () => ({ method: 'GET', url: '/api/decisions/templates' }),
    'GET /api/decisions/templates/:id': () => ({
      method: 'GET',
      url: `/api/decisions/templates/${templates.community}`,
    }),
    'POST /api/decisions/templates': () => ({
      method: 'POST',
      url: '/api/decisions/templates',
      payload: { ownerUnitId: sub.id, code: 'matrix_probe', name: '矩阵测试程序', appliesTo: 'community', stages },
    }),
    'GET /api/decisions/matters': () => ({ method: 'GET', url: '/api/decisions/matters' }),
    'POST /api/decisions/matters': () => ({
      method: 'POST',
      url: '/api/decisions/matters',
      payload: {
        unitId: community.id,
        templateId: templates.community,
        title: '矩阵测试议题',
        source: 'assigned',
        sourceNote: '街道交办',
      },
    }),
    'GET /api/decisions/matters/:id': () => ({ method: 'GET', url: `/api/decisions/matters/${o.completedMatterId}` }),
    'PATCH /api/decisions/matters/:id': () => ({
      method: 'PATCH',
      url: `/api/decisions/matters/${o.openMatterId}`,
      payload: { description: '修改说明', note: '修改议题' },
    }),
    'POST /api/decisions/matters/:id/withdraw': async () => ({
      method: 'POST',
      url: `/api/decisions/matters/${await freshMatter()}/withdraw`,
      payload: { reason: '不再办理此事' },
    }),
    'POST /api/decisions/matters/:id/meetings': async () => ({
      method: 'POST',
      url: `/api/decisions/matters/${await freshMatter()}/meetings`,
      payload: { stageSeq: 1, heldOn: daysAgo(5), place: '社区', form: 'in_person', minutes: '征求意见' },
    }),
    'POST /api/decisions/matters/:id/notices': async () => {
      const m = await advance(deps, await freshMatter(), 4, daysAgo(30));
      return {
        method: 'POST',
        url: `/api/decisions/matters/${m.id}/notices`,
        payload: { stageSeq: 5, noticeFrom: daysAgo(20), noticeUntil: daysAgo(14), content: '决议公开内容' },
      };
    },
    'PATCH /api/decisions/matters/:id/implementation': () => ({
      method: 'PATCH',
      url: `/api/decisions/matters/${o.implementingMatterId}/implementation`,
      payload: { owner: '社区居委会', dueOn: daysAgo(-30) },
    }),
    'POST /api/decisions/matters/:id/progress': () => ({
      method: 'POST',
      url: `/api/decisions/matters/${o.implementingMatterId}/progress`,
      payload: { notedOn: daysAgo(1), note: '进展顺利' },
    }),
    'POST /api/decisions/matters/:id/rating': () => ({
      method: 'POST',
      url: `/api/decisions/matters/${o.completedMatterId}/rating`,
      payload: { score: 5 },
    }),
    'GET /api/decisions/proposals': () => ({ method: 'GET', url: '/api/decisions/proposals' }),
    'POST /api/decisions/proposals': () => ({
      method: 'POST',
      url: '/api/decisions/proposals',
      payload: { unitId: community.id, title: '增设座椅', content: '建议在小区增设休息座椅' },
    }),
    'POST /api/decisions/proposals/:id/support': () => ({
      method: 'POST',
      url: `/api/decisions/proposals/${o.proposalId}/support`,
      payload: {},
    }),
    'POST /api/decisions/proposals/:id/decline': async () => {
      const p = await createProposal(deps, systemActor(), {
        unitId: community.id,
        title: '待答复提议',
        content: '内容',
      });
      return {
        method: 'POST',
        url: `/api/decisions/proposals/${p.id}/decline`,
        payload: { reason: '不属于本社区事务' },
      };
    },
    'GET /api/decisions/periods': () => ({ method: 'GET', url: '/api/decisions/periods' }),
    'POST /api/decisions/periods': () => ({
      method: 'POST',
      url: '/api/decisions/periods',
      payload: { unitId: sub.id, month: nextMonth() },
    }),
    'GET /api/decisions/tally': () => ({ method: 'GET', url: '/api/decisions/tally' }),
    'GET /api/decisions/units/:id/calendar.ics': () => ({
      method: 'GET',
      url: `/api/decisions/units/${community.id}/calendar.ics`,
    }),
    'GET /api/meetings/catalog': () => ({ method: 'GET', url: '/api/meetings/catalog' }),
    'POST /api/meetings/catalog': () => ({
      method: 'POST',
      url: '/api/meetings/catalog',
      payload: { unitId: sub.id, kind: 'supervision_role', name: `监督角色${uniq()}` },
    }),
    'PATCH /api/meetings/catalog/:id': () => ({
      method: 'PATCH',
      url: `/api/meetings/catalog/${mt.spareCatalogId}`,
      payload: { name: '备用会议类型' },
    }),
    'GET /api/meetings': () => ({ method: 'GET', url: '/api/meetings' }),
    'POST /api/meetings': () => ({
      method: 'POST',
      url: '/api/meetings',
      payload: {
        unitId: sub.id,
        typeId: mt.meetingTypeId,
        title: '党政联席会',
        heldOn: daysAgo(2),
        place: '会议室',
        attendees: [{ name: '委员乙' }],
        agenda: [{ title: '议题' }],
      },
    }),
    'GET /api/meetings/:id': () => ({ method: 'GET', url: `/api/meetings/${mt.meetingId}` }),
    'POST /api/meetings/decisions/:id/follow-ups': () => ({
      method: 'POST',
      url: `/api/meetings/decisions/${mt.decisionId}/follow-ups`,
      payload: { notedOn: daysAgo(1), note: '推进中', status: 'in_progress' },
    }),
    'POST /api/meetings/:id/opinions': () => ({
      method: 'POST',
      url: `/api/meetings/${mt.meetingId}/opinions`,
      payload: { roleId: mt.supervisionRoleId, author: '监督员', opinion: '同意' },
    }),
    'GET /api/public/boards': () => ({ method: 'GET', url: '/api/public/boards' }),
    'GET /api/public/boards/:id/notices': () => ({ method: 'GET', url: `/api/public/boards/${community.id}/notices` }),
  } satisfies Partial<Record<MatrixRoute, Probe>>;
}
