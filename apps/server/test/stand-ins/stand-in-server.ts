import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * The common part of the local stand-ins for the outbound platforms: an HTTP server on 127.0.0.1 with a random
 * port that records every request, answers from the platform's handler, and can be told to fail the next requests
 * (HTTP 5xx, no answer at all, or a given platform error) before the handler sees them.
 */

/** How the next requests fail: an HTTP status (5xx), no answer ever (the caller's timeout), or a platform error. */
export type StandInFailure<E> = 'timeout' | { status: number } | { error: E; message?: string };

export type Outcome = 'accepted' | 'refused' | 'failed' | 'timeout';

export interface ReceivedRequest {
  /** The stand-in's clock (ms) when it arrived. */
  at: number;
  method: string;
  path: string;
  /** The query parameters, decoded. */
  query: Record<string, string>;
  /** The body as sent. */
  rawBody: string;
  contentType: string;
  outcome: Outcome;
  /** What was answered (absent when nothing was). */
  answer?: { status: number; body: unknown };
}

export interface StandIn<E> {
  /** The base address, `http://127.0.0.1:<port>`. */
  readonly origin: string;
  /** Every request received, in order, with what it was answered. */
  readonly received: ReceivedRequest[];
  /** The next `count` requests fail as told, before any check. */
  failNext(count: number, failure: StandInFailure<E>): void;
  /** Stops the server; requests held for a timeout are dropped. */
  close(): Promise<void>;
}

/** What a platform handler answers. */
export interface Answer {
  status: number;
  body: unknown;
  accepted: boolean;
}

export interface Platform<E> {
  handle(request: ReceivedRequest, now: number): Answer;
  /** The body of an injected platform error (status 200 unless the platform answers it otherwise). */
  errorAnswer(error: E, message: string | undefined): { status: number; body: unknown };
}

export async function startStandIn<E>(platform: Platform<E>, now: () => number): Promise<StandIn<E>> {
  const received: ReceivedRequest[] = [];
  const failures: StandInFailure<E>[] = [];

  const server = createServer((req, res) => {
    void readBody(req).then((rawBody) => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const record: ReceivedRequest = {
        at: now(),
        method: req.method ?? 'GET',
        path: url.pathname,
        query: Object.fromEntries(url.searchParams),
        rawBody,
        contentType: String(req.headers['content-type'] ?? ''),
        outcome: 'failed',
      };
      received.push(record);
      const failure = failures.shift();
      if (failure === 'timeout') {
        record.outcome = 'timeout';
        return; // never answered: the socket stays open until the caller gives up or the stand-in closes
      }
      if (failure && 'status' in failure) {
        record.answer = { status: failure.status, body: 'stand-in failure' };
        res.writeHead(failure.status, { 'content-type': 'text/plain' }).end('stand-in failure');
        return;
      }
      if (failure) {
        const { status, body } = platform.errorAnswer(failure.error, failure.message);
        record.outcome = 'refused';
        send(res, record, status, body);
        return;
      }
      const answer = platform.handle(record, record.at);
      record.outcome = answer.accepted ? 'accepted' : 'refused';
      send(res, record, answer.status, answer.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    origin: `http://127.0.0.1:${port}`,
    received,
    failNext(count, failure) {
      for (let i = 0; i < count; i++) failures.push(failure);
    },
    close() {
      server.closeAllConnections();
      return new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve())));
    },
  };
}

function send(res: ServerResponse, record: ReceivedRequest, status: number, body: unknown): void {
  record.answer = { status, body };
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(body));
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/**
 * A sliding one-minute window per sender (a robot, a phone number): `take` counts a message and answers false when
 * `limit` were already taken in the last 60 s of the stand-in's clock.
 */
export function minuteWindow(limit: number): { take(key: string, now: number): boolean } {
  const taken = new Map<string, number[]>();
  return {
    take(key, now) {
      const recent = (taken.get(key) ?? []).filter((t) => now - t < 60_000);
      if (recent.length >= limit) {
        taken.set(key, recent);
        return false;
      }
      recent.push(now);
      taken.set(key, recent);
      return true;
    },
  };
}

/** The body as JSON, or undefined when it is not JSON. */
export function jsonOf(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
}
