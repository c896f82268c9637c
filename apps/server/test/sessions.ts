import type { LightMyRequestResponse, InjectOptions } from 'fastify';
import type { Role } from '@jishi/shared';
import type { Deps } from '../src/deps.ts';
import type { App } from '../src/platform/http-types.ts';
import { newId } from '../src/platform/ids.ts';
import { randomToken, sha256Hex } from '../src/platform/crypto.ts';
import { hashPassword } from '../src/features/auth/password.ts';
import { sessionCookieName } from '../src/features/auth/session-cookie.ts';
import { systemClock, nowIsoOf } from '../src/platform/clock.ts';

export const TEST_PASSWORD = 'Correct-Horse-Battery-9';
let sharedHash: Promise<string> | null = null;
/** One Argon2 hash of the test password, made once for every test user. */
function testPasswordHash(): Promise<string> {
  if (!sharedHash) sharedHash = hashPassword(TEST_PASSWORD);
  return sharedHash;
}

/** A user row (password TEST_PASSWORD), inserted directly: fixtures, not the feature under test. */
export async function makeUser(deps: Deps, role: Role, scopeUnitId: string, username = `${role}-${newId().slice(-8)}`) {
  const now = nowIsoOf(systemClock);
  const id = newId();
  await deps.db
    .insertInto('users')
    .values({
      id,
      username,
      display_name: username,
      password_hash: await testPasswordHash(),
      role,
      scope_unit_id: scopeUnitId,
      totp_secret_enc: null,
      totp_enabled: 0,
      disabled: 0,
      created_at: now,
      updated_at: now,
    })
    .execute();
  return { id, username };
}

export interface Client {
  userId: string;
  username: string;
  csrf: string;
  cookie: string;
  request(
    method: string,
    url: string,
    payload?: unknown,
    headers?: Record<string, string>,
  ): Promise<LightMyRequestResponse>;
  get(url: string): Promise<LightMyRequestResponse>;
  post(url: string, payload?: unknown): Promise<LightMyRequestResponse>;
  patch(url: string, payload?: unknown): Promise<LightMyRequestResponse>;
  delete(url: string): Promise<LightMyRequestResponse>;
}

/** A signed-in client for a new user of the role (session row created directly; login has its own tests). */
export async function clientFor(app: App, deps: Deps, role: Role, scopeUnitId: string): Promise<Client> {
  const user = await makeUser(deps, role, scopeUnitId);
  return clientForUser(app, deps, user.id, user.username);
}

/** A signed-in client for an existing user (e.g. a provider account linked to its provider). */
export async function clientForUser(app: App, deps: Deps, userId: string, username = ''): Promise<Client> {
  const token = randomToken();
  const csrf = randomToken(24);
  const now = nowIsoOf(systemClock);
  await deps.db
    .insertInto('sessions')
    .values({
      id: sha256Hex(token),
      user_id: userId,
      csrf_token: csrf,
      created_at: now,
      last_seen_at: now,
      ip: '127.0.0.1',
    })
    .execute();
  const cookie = `${sessionCookieName(deps.config.cookieSecure)}=${token}`;
  const request = (method: string, url: string, payload?: unknown, headers: Record<string, string> = {}) =>
    app.inject({
      method: method as InjectOptions['method'],
      url,
      payload: payload as InjectOptions['payload'],
      headers: { cookie, 'x-csrf-token': csrf, ...headers },
    });
  return {
    userId,
    username,
    csrf,
    cookie,
    request,
    get: (url) => request('GET', url),
    post: (url, payload) => request('POST', url, payload ?? {}),
    patch: (url, payload) => request('PATCH', url, payload ?? {}),
    delete: (url) => request('DELETE', url),
  };
}
