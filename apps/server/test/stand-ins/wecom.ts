import { type Answer, jsonOf, minuteWindow, type StandIn, startStandIn } from './stand-in-server.ts';

/**
 * A local stand-in for the WeCom group robot webhook (企业微信群机器人): `POST /cgi-bin/webhook/send?key=…` with a
 * JSON message, answered `{ errcode, errmsg }` as WeCom documents: 0 ok; 93000 for a key it does not know; 45009 over
 * 20 messages a minute per robot; a markdown content over 4096 bytes refused.
 */
export interface WeComStandIn extends StandIn<number> {
  /** The webhook address of the default robot. */
  readonly url: string;
  /** Registers another robot (its own rate limit) and answers its webhook address. */
  robot(key?: string): string;
  /** The markdown of every message accepted, in order, with the robot's key. */
  readonly delivered: { key: string; content: string }[];
}

export interface WeComStandInOptions {
  /** The stand-in's clock in ms (Date.now by default): tests move it to leave the rate-limit window. */
  now?: () => number;
  /** Messages a robot may send per minute (20, as documented). */
  perMinute?: number;
}

const MAX_CONTENT_BYTES = 4096;

export async function startWeComStandIn(opts: WeComStandInOptions = {}): Promise<WeComStandIn> {
  const keys = new Set<string>();
  const window = minuteWindow(opts.perMinute ?? 20);
  const delivered: { key: string; content: string }[] = [];
  const answer = (errcode: number, errmsg: string, accepted = false): Answer => ({
    status: 200,
    body: { errcode, errmsg },
    accepted,
  });

  const base = await startStandIn<number>(
    {
      handle(request, now) {
        if (request.method !== 'POST' || request.path !== '/cgi-bin/webhook/send')
          return { status: 404, body: 'not found', accepted: false };
        const key = request.query.key ?? '';
        if (!keys.has(key)) return answer(93000, 'invalid webhook url');
        const body = jsonOf(request.rawBody) as { msgtype?: unknown; markdown?: { content?: unknown } } | undefined;
        if (body?.msgtype !== 'markdown') return answer(40008, 'invalid message type');
        const content = body?.markdown?.content;
        if (typeof content !== 'string' || content === '') return answer(44004, 'markdown.content is empty');
        if (Buffer.byteLength(content, 'utf8') > MAX_CONTENT_BYTES)
          return answer(40058, 'markdown.content exceed max length 4096');
        if (!window.take(key, now)) return answer(45009, 'api freq out of limit');
        delivered.push({ key, content });
        return answer(0, 'ok', true);
      },
      errorAnswer: (errcode, errmsg) => ({ status: 200, body: { errcode, errmsg: errmsg ?? 'stand-in error' } }),
    },
    opts.now ?? Date.now,
  );

  const robot = (key = `key-${keys.size + 1}`): string => {
    keys.add(key);
    return `${base.origin}/cgi-bin/webhook/send?key=${encodeURIComponent(key)}`;
  };
  return Object.assign(base, { url: robot('standin-robot'), robot, delivered });
}
