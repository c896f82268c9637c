import { createHmac } from 'node:crypto';
import { type Answer, jsonOf, minuteWindow, type StandIn, startStandIn } from './stand-in-server.ts';

/**
 * A local stand-in for the DingTalk custom robot webhook (钉钉自定义机器人): `POST /robot/send?access_token=…` with a
 * JSON message, answered `{ errcode, errmsg }`. A robot with a secret (加签) checks `timestamp` (within an hour of
 * its clock, like the real one) and `sign` (recomputed here: base64 HMAC-SHA256 of `timestamp\nsecret`) and refuses
 * with 310000; over 20 messages a minute per robot it answers 130101.
 */
export interface DingTalkStandIn extends StandIn<number> {
  /** The webhook address of the default robot (signed with `secret`). */
  readonly url: string;
  readonly secret: string;
  /** Registers another robot (its own rate limit; signed unless `secret` is null) and answers its address. */
  robot(opts?: { token?: string; secret?: string | null }): { webhookUrl: string; secret: string | null };
  /** Every message accepted, in order, with the robot's token. */
  readonly delivered: { token: string; title: string; text: string }[];
}

export interface DingTalkStandInOptions {
  /** The stand-in's clock in ms (Date.now by default). */
  now?: () => number;
  /** Messages a robot may send per minute (20, as documented). */
  perMinute?: number;
}

const HOUR_MS = 3_600_000;

export async function startDingTalkStandIn(opts: DingTalkStandInOptions = {}): Promise<DingTalkStandIn> {
  const robots = new Map<string, string | null>();
  const window = minuteWindow(opts.perMinute ?? 20);
  const delivered: { token: string; title: string; text: string }[] = [];
  const answer = (errcode: number, errmsg: string, accepted = false): Answer => ({
    status: 200,
    body: { errcode, errmsg },
    accepted,
  });

  const base = await startStandIn<number>(
    {
      handle(request, now) {
        if (request.method !== 'POST' || request.path !== '/robot/send')
          return { status: 404, body: 'not found', accepted: false };
        const token = request.query.access_token ?? '';
        if (!robots.has(token)) return answer(300001, 'token is not exist');
        const secret = robots.get(token) ?? null;
        if (secret !== null) {
          const timestamp = Number(request.query.timestamp);
          if (!Number.isSafeInteger(timestamp) || Math.abs(now - timestamp) > HOUR_MS)
            return answer(310000, 'invalid timestamp');
          const expected = createHmac('sha256', secret).update(`${timestamp}\n${secret}`).digest('base64');
          if (request.query.sign !== expected) return answer(310000, 'sign not match');
        }
        const body = jsonOf(request.rawBody) as { msgtype?: unknown; markdown?: Record<string, unknown> } | undefined;
        if (body?.msgtype !== 'markdown') return answer(40035, 'invalid msgtype');
        const { title, text } = body?.markdown ?? {};
        if (typeof title !== 'string' || !title || typeof text !== 'string' || !text)
          return answer(40035, 'markdown.title and markdown.text are required');
        if (!window.take(token, now)) return answer(130101, 'send too fast, exceed 20 times per minute');
        delivered.push({ token, title, text });
        return answer(0, 'ok', true);
      },
      errorAnswer: (errcode, errmsg) => ({ status: 200, body: { errcode, errmsg: errmsg ?? 'stand-in error' } }),
    },
    opts.now ?? Date.now,
  );

  const robot: DingTalkStandIn['robot'] = (o = {}) => {
    const token = o.token ?? `token-${robots.size + 1}`;
    const secret = o.secret === undefined ? `SEC${token}-secret` : o.secret;
    robots.set(token, secret);
    return { webhookUrl: `${base.origin}/robot/send?access_token=${encodeURIComponent(token)}`, secret };
  };
  const main = robot({ token: 'standin-robot' });
  return Object.assign(base, { url: main.webhookUrl, secret: main.secret ?? '', robot, delivered });
}
