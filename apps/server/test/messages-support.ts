import type { Deps } from '../src/deps.ts';
import type { Fixture } from './fixture.ts';
import type { Client } from './sessions.ts';
import { systemActor } from '../src/features/auth/system-actor.ts';
import { newId } from '../src/platform/ids.ts';
import { notify, type Notice } from '../src/features/messages/messages.service.ts';
import { createRobot } from '../src/features/messages/robots.service.ts';

/** A WeCom webhook address of the documented shape, with a fresh key. */
export const wecomHook = (): string =>
  `https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=${newId().replace(/-/g, '')}`;
export const dingtalkHook = (): string =>
  `https://oapi.dingtalk.com/robot/send?access_token=${newId().replace(/-/g, '')}${newId().replace(/-/g, '')}`;

/** A notice of a known kind with a fresh event key; `over` changes any part. */
export function notice(over: Partial<Notice> = {}): Notice {
  return {
    kind: 'grid.case-warning',
    dedupeKey: newId(),
    title: { zh: '案件即将超时', en: 'A case is about to run late' },
    body: { zh: '案件 A-1 将于今日17:00超时', en: 'Case A-1 runs late at 17:00 today' },
    link: '/grid/cases',
    ...over,
  };
}

/** Sends a notice in its own transaction (as a reminder would inside its own). */
export const send = (deps: Deps, n: Notice, now = new Date().toISOString()) =>
  deps.db.transaction().execute((trx) => notify(trx, deps, n, now));

/** A robot of a unit, registered as the system (all permissions). */
export const robotOf = (
  deps: Deps,
  unitId: string,
  kinds: string[] = ['grid.case-warning'],
  platform = 'wecom' as const,
) =>
  createRobot(deps, systemActor(), {
    unitId,
    platform,
    name: '社区工作群',
    webhookUrl: platform === 'wecom' ? wecomHook() : dingtalkHook(),
    secret: null,
    kinds: kinds as never,
    enabled: true,
  });

/** The authorization matrix's requests for the messages routes (objects a write consumes are fresh per cell). */
export function messageProbes(deps: Deps, fx: Fixture) {
  const community = fx.subdistricts[0].communities[0];
  const ownMessage = async (client: Client | null) => {
    if (!client) return newId();
    await send(deps, notice({ users: [client.userId] }));
    const m = await deps.db
      .selectFrom('messages')
      .select('id')
      .where('user_id', '=', client.userId)
      .executeTakeFirstOrThrow();
    return m.id;
  };
  const robot = async () => (await robotOf(deps, community.id)).id;
  return {
    'GET /api/messages': () => ({ method: 'GET' as const, url: '/api/messages' }),
    'GET /api/messages/unread-count': () => ({ method: 'GET' as const, url: '/api/messages/unread-count' }),
    'POST /api/messages/:id/read': async (client: Client | null) => ({
      method: 'POST' as const,
      url: `/api/messages/${await ownMessage(client)}/read`,
      payload: {},
    }),
    'POST /api/messages/read-all': () => ({ method: 'POST' as const, url: '/api/messages/read-all', payload: {} }),
    'GET /api/messages/preferences': () => ({ method: 'GET' as const, url: '/api/messages/preferences' }),
    'PUT /api/messages/preferences': () => ({
      method: 'PUT' as const,
      url: '/api/messages/preferences',
      payload: { smsKinds: ['grid.case-warning'], quietHours: { start: '22:00', end: '07:30' } },
    }),
    'GET /api/robots': () => ({ method: 'GET' as const, url: '/api/robots' }),
    'POST /api/robots': () => ({
      method: 'POST' as const,
      url: '/api/robots',
      payload: {
        unitId: community.id,
        platform: 'wecom',
        name: '社区工作群',
        webhookUrl: wecomHook(),
        kinds: ['grid.case-warning'],
      },
    }),
    'PUT /api/robots/:id': async () => ({
      method: 'PUT' as const,
      url: `/api/robots/${await robot()}`,
      payload: { name: '社区网格群', kinds: [], enabled: false },
    }),
    'DELETE /api/robots/:id': async () => ({ method: 'DELETE' as const, url: `/api/robots/${await robot()}` }),
    'POST /api/robots/:id/test': async () => ({
      method: 'POST' as const,
      url: `/api/robots/${await robot()}/test`,
      payload: {},
    }),
    'GET /api/outbox': () => ({ method: 'GET' as const, url: '/api/outbox' }),
  };
}
