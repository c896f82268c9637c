import { beforeAll, describe, expect, it } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import type { ErrorBody, Role, SessionView } from '@jishi/shared';
import { countRows, createTestContext, readJson } from '../harness.ts';
import { buildFixture, type Fixture } from '../fixture.ts';
import { clientFor, clientForUser, makeUser, TEST_PASSWORD, type Client } from '../sessions.ts';
import { enrolTotp, nextTotp } from '../accounts-support.ts';
import { currentTotp } from '../../src/features/auth/totp.ts';
import { loadConfig } from '../../src/config.ts';
import { sessionCookieName } from '../../src/features/auth/session-cookie.ts';
import { systemActor } from '../../src/features/auth/system-actor.ts';
import { createSubdistrict } from '../../src/features/territory/territory.service.ts';

type Ctx = Awaited<ReturnType<typeof createTestContext>>;

const NEW_PASSWORD = 'Lantern-Orchid-Velvet-42';
let ipCounter = 0;
const freshIp = (): string => `10.9.${Math.floor(++ipCounter / 250)}.${(ipCounter % 250) + 1}`;
const codeOf = (res: LightMyRequestResponse): string => readJson<ErrorBody>(res).code;

describe('accounts: second factor, passwords and separation of duties (enforced policy)', () => {
  let ctx: Ctx;
  let fx: Fixture;
  beforeAll(async () => {
    ctx = await createTestContext({ JISHI_SECOND_FACTOR: 'enforced' });
    fx = await buildFixture(ctx.deps);
  });

  const sub = () => fx.subdistricts[0];
  const community = () => fx.subdistricts[0].communities[0];

  /** A password sign-in through the API, as a client whose cookie and CSRF token come from the response. */
  async function signIn(username: string, password = TEST_PASSWORD, extra: Record<string, string> = {}) {
    const res = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username, password, ...extra },
      remoteAddress: freshIp(),
    });
    if (res.statusCode !== 200) return { res, client: null, view: null };
    const name = sessionCookieName(ctx.deps.config.cookieSecure);
    const token = res.cookies.find((c) => c.name === name)?.value ?? '';
    const view = readJson<SessionView>(res);
    const cookie = `${name}=${token}`;
    const request = (method: string, url: string, payload?: unknown, headers: Record<string, string> = {}) =>
      ctx.app.inject({
        method: method as 'GET',
        url,
        payload: payload as Record<string, unknown>,
        headers: { cookie, 'x-csrf-token': view.csrfToken, ...headers },
      });
    const client: Client = {
      userId: view.user.id,
      username,
      csrf: view.csrfToken,
      cookie,
      request,
      get: (url) => request('GET', url),
      post: (url, payload) => request('POST', url, payload ?? {}),
      patch: (url, payload) => request('PATCH', url, payload ?? {}),
      delete: (url) => request('DELETE', url),
    };
    return { res, client, view };
  }

  /** A complete session of an administrator or staff member: signed in, second factor enrolled. */
  async function staff(role: Role, unitId = sub().id): Promise<Client & { secret: string }> {
    const client = await clientFor(ctx.app, ctx.deps, role, unitId);
    const { secret } = await enrolTotp(client);
    return Object.assign(client, { secret });
  }

  const auditOf = async (action: string, subjectId: string) =>
    ctx.deps.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', action)
      .where('subject_id', '=', subjectId)
      .execute();

  const userRow = (id: string) =>
    ctx.deps.db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

  describe('second factor for staff, administrators and inspectors', () => {
    it('a staff sign-in without TOTP gets a limited session that can only enrol; then the password alone no longer signs in', async () => {
      for (const role of ['community_worker', 'security_admin', 'audit_admin', 'inspector'] as const) {
        const user = await makeUser(ctx.deps, role, role === 'community_worker' ? community().id : sub().id);
        const first = await signIn(user.username);
        expect(first.res.statusCode, first.res.body).toBe(200);
        expect(first.view?.restriction, role).toBe('totp_enrolment');
        expect(first.view?.secondFactorRequired).toBe(true);
        const client = first.client as Client;
        // Everything but the session, sign-out, password and enrolment is refused until the factor is enrolled.
        for (const url of ['/api/territory/units', '/api/users', '/api/audit', '/api/dashboard/home']) {
          const res = await client.get(url);
          expect(res.statusCode, `${role} ${url}`).toBe(403);
          expect(codeOf(res)).toBe('TOTP_ENROLMENT_REQUIRED');
        }
        expect((await client.get('/api/auth/session')).statusCode).toBe(200);

        const setup = await client.post('/api/auth/totp/setup');
        expect(setup.statusCode, setup.body).toBe(200);
        const { secret, uri } = readJson<{ secret: string; uri: string }>(setup);
        expect(uri).toMatch(/^otpauth:\/\/totp\//);
        const enable = await client.post('/api/auth/totp/enable', { code: currentTotp(secret) });
        expect(enable.statusCode, enable.body).toBe(200);
        const { recoveryCodes } = readJson<{ recoveryCodes: string[] }>(enable);
        expect(recoveryCodes).toHaveLength(10);
        expect(new Set(recoveryCodes).size).toBe(10);
        expect(readJson<SessionView>(await client.get('/api/auth/session')).restriction).toBeNull();

        const passwordOnly = await signIn(user.username);
        expect(passwordOnly.res.statusCode).toBe(401);
        expect(codeOf(passwordOnly.res)).toBe('AUTH_TOTP_REQUIRED');
      }
    });

    it('residents, members, volunteers and providers are not held to it', async () => {
      for (const role of ['resident', 'provider'] as const) {
        const user = await makeUser(ctx.deps, role, community().id);
        const { view } = await signIn(user.username);
        expect(view?.restriction).toBeNull();
        expect(view?.secondFactorRequired).toBe(false);
      }
    });

    it('recovery codes are stored hashed, work once instead of a code, and their use is audited', async () => {
      const user = await makeUser(ctx.deps, 'grid_worker', community().grids[0].id);
      const { client } = await signIn(user.username);
      const { recoveryCodes } = await enrolTotp(client as Client);
      const stored = await ctx.deps.db
        .selectFrom('recovery_codes')
        .selectAll()
        .where('user_id', '=', user.id)
        .execute();
      expect(stored).toHaveLength(10);
      for (const code of recoveryCodes) expect(JSON.stringify(stored)).not.toContain(code.replace('-', ''));

      const ok = await signIn(user.username, TEST_PASSWORD, { recoveryCode: recoveryCodes[0].toUpperCase() });
      expect(ok.res.statusCode, ok.res.body).toBe(200);
      expect(ok.view?.restriction).toBeNull();
      const again = await signIn(user.username, TEST_PASSWORD, { recoveryCode: recoveryCodes[0] });
      expect(again.res.statusCode).toBe(401);
      expect(codeOf(again.res)).toBe('AUTH_RECOVERY_CODE_INVALID');
      // A recovery code never stands in for the password.
      const noPassword = await signIn(user.username, 'Not-the-password-1', { recoveryCode: recoveryCodes[1] });
      expect(codeOf(noPassword.res)).toBe('AUTH_INVALID');
      expect(await auditOf('auth.recovery_code_used', user.id)).toHaveLength(1);
    });

    it('switching TOTP off needs the password and a current code, and is refused to staff', async () => {
      const worker = await staff('community_worker', community().id);
      const refused = await worker.post('/api/auth/totp/disable', {
        password: TEST_PASSWORD,
        code: nextTotp(worker.secret),
      });
      expect(refused.statusCode).toBe(409);
      expect(codeOf(refused)).toBe('TOTP_REQUIRED_FOR_ROLE');

      const provider = await clientFor(ctx.app, ctx.deps, 'provider', community().id);
      const { secret } = await enrolTotp(provider);
      expect((await provider.post('/api/auth/totp/disable', {})).statusCode).toBe(400);
      const wrongPassword = await provider.post('/api/auth/totp/disable', {
        password: 'Not-the-password-1',
        code: nextTotp(secret),
      });
      expect(codeOf(wrongPassword)).toBe('CURRENT_PASSWORD_WRONG');
      expect((await userRow(provider.userId)).totp_enabled).toBe(1);
      const off = await provider.post('/api/auth/totp/disable', { password: TEST_PASSWORD, code: nextTotp(secret) });
      expect(off.statusCode, off.body).toBe(200);
      expect((await userRow(provider.userId)).totp_enabled).toBe(0);
      expect(await countRows(ctx.deps, 'recovery_codes')).toBeGreaterThan(0);
      expect(
        await ctx.deps.db.selectFrom('recovery_codes').select('id').where('user_id', '=', provider.userId).execute(),
      ).toEqual([]);
      expect(await auditOf('auth.totp_disable', provider.userId)).toHaveLength(1);
    });

    it('re-enrolling needs the password and a current code; the old secret stays in force until the new one is confirmed', async () => {
      const worker = await staff('community_worker', community().id);
      const bare = await worker.post('/api/auth/totp/setup');
      expect(bare.statusCode).toBe(400);
      expect(codeOf(bare)).toBe('CURRENT_PASSWORD_WRONG');
      const before = await userRow(worker.userId);
      expect(before.totp_enabled).toBe(1);

      const setup = await worker.post('/api/auth/totp/setup', {
        password: TEST_PASSWORD,
        code: nextTotp(worker.secret),
      });
      expect(setup.statusCode, setup.body).toBe(200);
      const { secret } = readJson<{ secret: string }>(setup);
      const pending = await userRow(worker.userId);
      expect(pending.totp_enabled).toBe(1);
      expect(pending.totp_secret_enc).toBe(before.totp_secret_enc);
      const confirm = await worker.post('/api/auth/totp/enable', { code: currentTotp(secret) });
      expect(confirm.statusCode, confirm.body).toBe(200);
      expect((await userRow(worker.userId)).totp_secret_enc).not.toBe(before.totp_secret_enc);
      const audits = await auditOf('auth.totp_setup', worker.userId);
      expect(audits.map((a) => JSON.parse(a.changes ?? '{}'))).toContainEqual({ reenrol: true });
    });

    it('regenerating recovery codes needs the password and a code; the old codes stop working', async () => {
      const user = await makeUser(ctx.deps, 'community_worker', community().id);
      const { client } = await signIn(user.username);
      const c = client as Client;
      const { secret, recoveryCodes: old } = await enrolTotp(c);
      const refused = await c.post('/api/auth/recovery-codes', {
        password: 'Not-the-password-1',
        code: nextTotp(secret),
      });
      expect(codeOf(refused)).toBe('CURRENT_PASSWORD_WRONG');
      const res = await c.post('/api/auth/recovery-codes', { password: TEST_PASSWORD, code: nextTotp(secret) });
      expect(res.statusCode, res.body).toBe(200);
      const fresh = readJson<{ recoveryCodes: string[] }>(res).recoveryCodes;
      expect(fresh).toHaveLength(10);
      expect(codeOf((await signIn(user.username, TEST_PASSWORD, { recoveryCode: old[0] })).res)).toBe(
        'AUTH_RECOVERY_CODE_INVALID',
      );
      expect((await signIn(user.username, TEST_PASSWORD, { recoveryCode: fresh[0] })).res.statusCode).toBe(200);
      expect(await auditOf('auth.recovery_codes_regenerate', user.id)).toHaveLength(1);
    });

    it("a security administrator resets a worker's second factor (audited): sessions end and enrolment is due at the next sign-in", async () => {
      const security = await staff('security_admin');
      const user = await makeUser(ctx.deps, 'community_worker', community().id);
      const { client } = await signIn(user.username);
      await enrolTotp(client as Client);
      const res = await security.post(`/api/users/${user.id}/second-factor-reset`);
      expect(res.statusCode, res.body).toBe(200);
      expect((await (client as Client).get('/api/auth/session')).statusCode).toBe(401);
      const after = await signIn(user.username);
      expect(after.view?.restriction).toBe('totp_enrolment');
      const audit = await auditOf('user.second_factor_reset', user.id);
      expect(audit).toHaveLength(1);
      expect(audit[0].actor_id).toBe(security.userId);
      expect(audit[0].org_path).toBe(community().path);
    });
  });

  describe('passwords', () => {
    it('a password containing the user name (any letter case) is refused with a clear message', async () => {
      const user = await makeUser(ctx.deps, 'community_worker', community().id, `wangfang${Date.now() % 10000}`);
      const worker = await clientForUser(ctx.app, ctx.deps, user.id, user.username);
      await enrolTotp(worker);
      const weak = `Spring-${user.username.toUpperCase()}-Lantern-9`;
      for (const lang of ['zh-CN', 'en']) {
        const res = await worker.request(
          'POST',
          '/api/auth/password',
          { currentPassword: TEST_PASSWORD, newPassword: weak },
          { 'accept-language': lang },
        );
        expect(res.statusCode).toBe(400);
        expect(readJson<ErrorBody>(res)).toEqual({
          code: 'PASSWORD_CONTAINS_USERNAME',
          message:
            lang === 'en'
              ? 'The password must not contain the user name (in any letter case)'
              : '密码不能包含用户名（不区分大小写）',
        });
      }
    });

    it('a security administrator resets a forgotten password: shown once, audited, the old one stops, and it must be changed at the next sign-in', async () => {
      const security = await staff('security_admin');
      const user = await makeUser(ctx.deps, 'community_worker', community().id);
      const res = await security.post(`/api/users/${user.id}/password-reset`);
      expect(res.statusCode, res.body).toBe(200);
      const { oneTimePassword } = readJson<{ oneTimePassword: string }>(res);
      expect(oneTimePassword.length).toBeGreaterThanOrEqual(12);

      const audit = await auditOf('user.password_reset', user.id);
      expect(audit).toHaveLength(1);
      expect(audit[0].actor_id).toBe(security.userId);
      expect(JSON.stringify(audit)).not.toContain(oneTimePassword);
      expect(codeOf((await signIn(user.username)).res)).toBe('AUTH_INVALID');

      const first = await signIn(user.username, oneTimePassword);
      expect(first.view?.restriction).toBe('password_change');
      const c = first.client as Client;
      const blocked = await c.get('/api/territory/units');
      expect(codeOf(blocked)).toBe('PASSWORD_CHANGE_REQUIRED');
      expect(await auditOf('auth.first_sign_in', user.id)).toHaveLength(1);
      const same = await c.post('/api/auth/password', {
        currentPassword: oneTimePassword,
        newPassword: oneTimePassword,
      });
      expect(same.statusCode).toBe(400);
      const changed = await c.post('/api/auth/password', {
        currentPassword: oneTimePassword,
        newPassword: NEW_PASSWORD,
      });
      expect(changed.statusCode, changed.body).toBe(200);
      // Then the second factor (staff): enrolment is the next and last step.
      expect(readJson<SessionView>(await c.get('/api/auth/session')).restriction).toBe('totp_enrolment');
      expect((await userRow(user.id)).must_change_password).toBe(0);
    });

    it('an administrator account is not reset by the security administrator alone', async () => {
      const security = await staff('security_admin');
      const auditor = await makeUser(ctx.deps, 'audit_admin', sub().id);
      for (const url of [`/api/users/${auditor.id}/password-reset`, `/api/users/${auditor.id}/second-factor-reset`]) {
        const res = await security.post(url);
        expect(res.statusCode).toBe(409);
        expect(codeOf(res)).toBe('DUAL_CONTROL_REQUIRED');
      }
      expect(await auditOf('user.password_reset', auditor.id)).toEqual([]);
    });
  });

  describe('separation of duties (三员)', () => {
    const account = (role: Role, unitId = sub().id) => ({
      username: `n${Math.random().toString(36).slice(2, 10)}`,
      displayName: '新账号',
      role,
      scopeUnitId: unitId,
    });

    it('the security administrator creates operational accounts with a one-time password, never the administrator roles', async () => {
      const security = await staff('security_admin');
      const usersBefore = await countRows(ctx.deps, 'users');
      for (const role of ['subdistrict_admin', 'security_admin', 'audit_admin', 'inspector'] as const) {
        const res = await security.post('/api/users', account(role));
        expect(res.statusCode, role).toBe(409);
        expect(codeOf(res)).toBe('DUAL_CONTROL_REQUIRED');
      }
      expect(await countRows(ctx.deps, 'users')).toBe(usersBefore);
      // The administrator no longer chooses the password.
      const chosen = await security.post('/api/users', {
        ...account('community_worker', community().id),
        password: NEW_PASSWORD,
      });
      expect(chosen.statusCode).toBe(400);

      const body = account('community_worker', community().id);
      const created = await security.post('/api/users', body);
      expect(created.statusCode, created.body).toBe(200);
      const view = readJson<{ id: string; oneTimePassword: string; mustChangePassword: boolean }>(created);
      expect(view.mustChangePassword).toBe(true);

      // The first sign-in is an audit event the audit administrator sees next to the account's creation.
      const first = await signIn(body.username, view.oneTimePassword);
      expect(first.view?.restriction).toBe('password_change');
      const auditor = await staff('audit_admin');
      const trail = readJson<{ items: { action: string }[] }>(await auditor.get(`/api/audit?subjectId=${view.id}`));
      expect(trail.items.map((i) => i.action).sort()).toEqual(['auth.first_sign_in', 'auth.login', 'user.create']);
    });

    it("the security administrator changes no administrator account's role or status, and not its own role", async () => {
      const security = await staff('security_admin');
      const otherSecurity = await makeUser(ctx.deps, 'security_admin', sub().id);
      const auditor = await makeUser(ctx.deps, 'audit_admin', sub().id);
      const worker = await makeUser(ctx.deps, 'community_worker', community().id);
      const cases: [string, Record<string, unknown>, string][] = [
        [otherSecurity.id, { role: 'community_worker' }, 'DUAL_CONTROL_REQUIRED'],
        [auditor.id, { disabled: true }, 'DUAL_CONTROL_REQUIRED'],
        [worker.id, { role: 'audit_admin' }, 'DUAL_CONTROL_REQUIRED'],
        [security.userId, { role: 'community_worker' }, 'OWN_ACCOUNT'],
      ];
      for (const [id, patch, code] of cases) {
        const res = await security.request('PATCH', `/api/users/${id}`, patch);
        expect(res.statusCode, JSON.stringify(patch)).toBe(409);
        expect(codeOf(res)).toBe(code);
      }
      expect((await userRow(auditor.id)).disabled).toBe(0);
      expect((await userRow(worker.id)).role).toBe('community_worker');
      // Operational accounts stay the security administrator's own work.
      expect((await security.patch(`/api/users/${worker.id}`, { role: 'grid_worker' })).statusCode).toBe(200);
    });

    it('a change to an administrator account takes effect only when a different administrator approves it', async () => {
      const security = await staff('security_admin');
      const admin = await staff('subdistrict_admin');
      const body = account('audit_admin');
      const proposed = await security.post('/api/account-proposals', { kind: 'create', account: body });
      expect(proposed.statusCode, proposed.body).toBe(200);
      const proposal = readJson<{ id: string; status: string }>(proposed);
      expect(proposal.status).toBe('pending');
      expect(
        await ctx.deps.db.selectFrom('users').select('id').where('username', '=', body.username).execute(),
      ).toEqual([]);

      const listed = readJson<{ items: { id: string; status: string; scopeUnitName: string | null }[] }>(
        await admin.get('/api/account-proposals'),
      );
      const accounts = readJson<{ items: { role: string }[] }>(await admin.get('/api/account-proposals/accounts'));
      expect(accounts.items.length).toBeGreaterThan(0);
      expect(
        accounts.items.every((a) =>
          ['subdistrict_admin', 'security_admin', 'audit_admin', 'inspector'].includes(a.role),
        ),
      ).toBe(true);
      const unit = await ctx.deps.db
        .selectFrom('org_units')
        .select('name')
        .where('id', '=', sub().id)
        .executeTakeFirstOrThrow();
      expect(listed.items.find((p) => p.id === proposal.id)).toMatchObject({
        status: 'pending',
        scopeUnitName: unit.name, // the proposed scope by name, for approvers without territory access
      });

      const own = await security.post(`/api/account-proposals/${proposal.id}/approve`);
      expect(own.statusCode).toBe(409);
      expect(codeOf(own)).toBe('SELF_APPROVAL');

      const approved = await admin.post(`/api/account-proposals/${proposal.id}/approve`);
      expect(approved.statusCode, approved.body).toBe(200);
      const decision = readJson<{ proposal: { status: string; userId: string }; oneTimePassword: string }>(approved);
      expect(decision.proposal.status).toBe('approved');
      const created = await userRow(decision.proposal.userId);
      expect(created).toMatchObject({ username: body.username, role: 'audit_admin', must_change_password: 1 });
      expect((await signIn(body.username, decision.oneTimePassword)).view?.restriction).toBe('password_change');

      const createAudit = await auditOf('user.create', created.id);
      expect(createAudit[0].actor_id).toBe(admin.userId);
      expect(JSON.parse(createAudit[0].changes ?? '{}')).toMatchObject({
        proposalId: proposal.id,
        proposedBy: security.userId,
      });
      expect(await auditOf('account_proposal.create', proposal.id)).toHaveLength(1);
      expect(await auditOf('account_proposal.approve', proposal.id)).toHaveLength(1);
      // Decided once: a second approval is a conflict.
      const twice = await readJson<{ code: string }>(await admin.post(`/api/account-proposals/${proposal.id}/approve`));
      expect(twice.code).toBe('CONFLICT');
    });

    it('a rejected proposal changes nothing; nobody decides on a proposal about their own account', async () => {
      const security = await staff('security_admin');
      const auditor = await staff('audit_admin');
      const proposed = readJson<{ id: string }>(
        await security.post('/api/account-proposals', {
          kind: 'update',
          userId: auditor.userId,
          changes: { disabled: true },
        }),
      );
      const self = await auditor.post(`/api/account-proposals/${proposed.id}/reject`);
      expect(codeOf(self)).toBe('SELF_APPROVAL');
      const admin = await staff('subdistrict_admin');
      const rejected = await admin.post(`/api/account-proposals/${proposed.id}/reject`);
      expect(rejected.statusCode, rejected.body).toBe(200);
      expect((await userRow(auditor.userId)).disabled).toBe(0);
      expect(await auditOf('account_proposal.reject', proposed.id)).toHaveLength(1);
      // Operational accounts need no proposal.
      const worker = await makeUser(ctx.deps, 'community_worker', community().id);
      const needless = await security.post('/api/account-proposals', { kind: 'password_reset', userId: worker.id });
      expect(codeOf(needless)).toBe('PROPOSAL_NOT_NEEDED');
    });

    it('nobody disables or demotes the last active holder of an administrator role', async () => {
      const other = fx.subdistricts[1];
      const security = await staff('security_admin', other.id);
      const admin = await staff('subdistrict_admin', other.id);
      const auditor = await staff('audit_admin', other.id);
      const propose = async (changes: Record<string, unknown>) =>
        readJson<{ id: string }>(
          await admin.post('/api/account-proposals', { kind: 'update', userId: auditor.userId, changes }),
        ).id;
      for (const changes of [{ disabled: true }, { role: 'community_worker' }]) {
        const res = await security.post(`/api/account-proposals/${await propose(changes)}/approve`);
        expect(res.statusCode, JSON.stringify(changes)).toBe(409);
        expect(codeOf(res)).toBe('LAST_ADMIN_HOLDER');
      }
      expect(await userRow(auditor.userId)).toMatchObject({ disabled: 0, role: 'audit_admin' });
      await makeUser(ctx.deps, 'audit_admin', other.id);
      const ok = await security.post(`/api/account-proposals/${await propose({ disabled: true })}/approve`);
      expect(ok.statusCode, ok.body).toBe(200);
      expect((await userRow(auditor.userId)).disabled).toBe(1);
    });

    it('two approvals at once that would each remove one of the last two holders: one is applied, the other refused', async () => {
      const third = await createSubdistrict(ctx.deps, systemActor(), { name: '丙街道', validFrom: '2010-01-01' });
      const security = await staff('security_admin', third.id);
      const admin = await staff('subdistrict_admin', third.id);
      const holders = [
        await makeUser(ctx.deps, 'audit_admin', third.id),
        await makeUser(ctx.deps, 'audit_admin', third.id),
      ];
      const ids: string[] = [];
      for (const h of holders)
        ids.push(
          readJson<{ id: string }>(
            await admin.post('/api/account-proposals', { kind: 'update', userId: h.id, changes: { disabled: true } }),
          ).id,
        );
      const results = await Promise.all(ids.map((id) => security.post(`/api/account-proposals/${id}/approve`)));
      expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
      expect(results.map((r) => (r.statusCode === 409 ? codeOf(r) : 'ok')).sort()).toEqual(['LAST_ADMIN_HOLDER', 'ok']);
      const states = await Promise.all(holders.map(async (h) => (await userRow(h.id)).disabled));
      expect(states.sort()).toEqual([0, 1]);
    });
  });
});

describe('second-factor policy by mode', () => {
  const base = { JISHI_DATA_KEY: Buffer.alloc(32, 7).toString('base64'), DATA_DIR: '/tmp/jishi-test-data' };

  it('production mode always enforces it; demo mode exempts the printed demo accounts by default', () => {
    expect(loadConfig({ ...base, JISHI_MODE: 'production' }).secondFactor).toBe('enforced');
    expect(() => loadConfig({ ...base, JISHI_MODE: 'production', JISHI_SECOND_FACTOR: 'off' })).toThrow(
      /JISHI_SECOND_FACTOR/,
    );
    expect(() => loadConfig({ ...base, JISHI_MODE: 'production', JISHI_SECOND_FACTOR: 'demo_exempt' })).toThrow();
    expect(loadConfig({ ...base, JISHI_MODE: 'demo' }).secondFactor).toBe('demo_exempt');
  });

  it('in demo mode the printed demo accounts open in one step; any other staff account must enrol', async () => {
    const ctx = await createTestContext({ JISHI_SECOND_FACTOR: 'demo_exempt' });
    const fx = await buildFixture(ctx.deps, 2);
    const unit = fx.subdistricts[0].communities[0].id;
    const demo = await makeUser(ctx.deps, 'community_worker', unit, 'worker');
    const other = await makeUser(ctx.deps, 'community_worker', unit);
    const login = (username: string) =>
      ctx.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password: TEST_PASSWORD } });
    expect(readJson<SessionView>(await login(demo.username)).restriction).toBeNull();
    expect(readJson<SessionView>(await login(other.username)).restriction).toBe('totp_enrolment');
    const meta = readJson<{ secondFactor: string }>(await ctx.app.inject({ method: 'GET', url: '/api/meta' }));
    expect(meta.secondFactor).toBe('demo_exempt');
  });
});
