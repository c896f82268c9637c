import { z } from 'zod';
import { emptyBody, open311ClientBody, open311ClientIssued, open311ClientList, zId } from '@jishi/shared';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Deps } from '../../deps.ts';
import { actorOf, type App } from '../../platform/http-types.ts';
import { sendAttachment } from '../../platform/files/file-body.ts';
import { CONTENT_TYPE, errorBody, toXml, type Format } from './open311.format.ts';
import {
  OPEN311_BASE,
  Open311Error,
  endpointUrl,
  getRequest,
  getRequests,
  issueClientKey,
  listClientKeys,
  postRequest,
  publicPhoto,
  revokeClientKey,
  serviceDefinition,
  services,
  type Open311Post,
  type Open311Query,
} from './open311.service.ts';

/**
 * Open311 GeoReport v2 under /open311/v2 (discovery, services, service definitions, requests in JSON and XML).
 * Access is declared like every route's: reads are public, POST authenticates by api_key in the service.
 * Errors leave in the spec's format, never as our own error body.
 */
const FORMATS: Format[] = ['json', 'xml'];
const BASE = OPEN311_BASE;
const PUBLIC = { access: 'public' } as const;

function send(reply: FastifyReply, format: Format, root: string, item: string | null, body: unknown): FastifyReply {
  reply.type(CONTENT_TYPE[format]);
  return reply.send(format === 'json' ? JSON.stringify(body) : toXml(root, item, body as never));
}

/** Runs a handler; Open311 errors (and any validation failure) become the spec's error list with the right status. */
async function guarded(reply: FastifyReply, format: Format, run: () => Promise<FastifyReply>): Promise<FastifyReply> {
  try {
    return await run();
  } catch (error) {
    if (!(error instanceof Open311Error)) throw error;
    reply.code(error.status).type(CONTENT_TYPE[format]);
    return reply.send(errorBody(format, error.code, error.description));
  }
}

/** `<id>.json` → ['<id>', 'json']; anything else → null. */
function splitFormat(file: string): [string, Format] | null {
  const m = /^(.+)\.(json|xml)$/.exec(file);
  return m ? [m[1], m[2] as Format] : null;
}

const query = (req: FastifyRequest) => (req.query ?? {}) as Record<string, string | undefined>;
const origin = (req: FastifyRequest) => ({ ip: req.ip, requestId: req.id });

export function open311Routes(app: App, deps: Deps): void {
  app.register((scope, _options, done) => {
    // The spec posts application/x-www-form-urlencoded; repeated keys keep their last value.
    scope.addContentTypeParser(
      'application/x-www-form-urlencoded',
      { parseAs: 'string', bodyLimit: 64 * 1024 },
      (_req, body, done) => {
        done(null, Object.fromEntries(new URLSearchParams(body as string)));
      },
    );

    for (const format of FORMATS) {
      scope.get(`${BASE}/discovery.${format}`, { config: PUBLIC, schema: { hide: true } }, async (_req, reply) =>
        send(reply, format, 'discovery', null, {
          changeset: '2026-11-29T00:00:00Z',
          contact: '街道社区服务中心 / community service centre',
          key_service: '向街道申请 api_key / apply to the subdistrict for an api_key',
          endpoints: [
            {
              specification: 'http://wiki.open311.org/GeoReport_v2',
              url: endpointUrl(deps),
              changeset: '2026-11-29T00:00:00Z',
              type: 'production',
              formats: ['text/xml', 'application/json'],
            },
          ],
        }),
      );
      scope.get(`${BASE}/services.${format}`, { config: PUBLIC, schema: { hide: true } }, async (req, reply) =>
        guarded(reply, format, async () =>
          send(reply, format, 'services', 'service', await services(deps, query(req).jurisdiction_id)),
        ),
      );
      scope.get(`${BASE}/requests.${format}`, { config: PUBLIC, schema: { hide: true } }, async (req, reply) =>
        guarded(reply, format, async () =>
          send(reply, format, 'service_requests', 'request', await getRequests(deps, query(req) as Open311Query)),
        ),
      );
      scope.post(`${BASE}/requests.${format}`, { config: PUBLIC, schema: { hide: true } }, async (req, reply) =>
        guarded(reply, format, async () => {
          const body = { ...query(req), ...((req.body ?? {}) as Open311Post) } as Open311Post;
          return send(
            reply.code(201),
            format,
            'service_requests',
            'request',
            await postRequest(deps, origin(req), body),
          );
        }),
      );
    }
    scope.get(`${BASE}/services/:file`, { config: PUBLIC, schema: { hide: true } }, async (req, reply) => {
      const parts = splitFormat((req.params as { file: string }).file);
      const format = parts?.[1] ?? 'json';
      return guarded(reply, format, async () => {
        if (!parts) throw new Open311Error(404, 404, 'unknown format: use .json or .xml');
        return send(
          reply,
          format,
          'service_definition',
          null,
          await serviceDefinition(deps, parts[0], query(req).jurisdiction_id),
        );
      });
    });
    scope.get(`${BASE}/requests/:file`, { config: PUBLIC, schema: { hide: true } }, async (req, reply) => {
      const parts = splitFormat((req.params as { file: string }).file);
      const format = parts?.[1] ?? 'json';
      return guarded(reply, format, async () => {
        if (!parts) throw new Open311Error(404, 404, 'unknown format: use .json or .xml');
        return send(
          reply,
          format,
          'service_requests',
          'request',
          await getRequest(deps, parts[0], query(req).jurisdiction_id),
        );
      });
    });
    // A photo of a published request whose resident also agreed to publish photos (its media_url); 404 otherwise.
    scope.get(`${BASE}/requests/:id/photos/:photoId`, { config: PUBLIC, schema: { hide: true } }, async (req, reply) =>
      guarded(reply, 'json', async () => {
        const { id, photoId } = req.params as { id: string; photoId: string };
        const photo = await publicPhoto(deps, id, photoId);
        return sendAttachment(reply, photo);
      }),
    );
    done();
  });

  const manage = { access: 'open311:manage' } as const;
  app.get(
    '/api/services/open311-clients',
    { config: manage, schema: { response: { 200: open311ClientList } } },
    async (req) => listClientKeys(deps, actorOf(req)),
  );
  app.post(
    '/api/services/open311-clients',
    { config: manage, schema: { body: open311ClientBody, response: { 200: open311ClientIssued } } },
    async (req) => issueClientKey(deps, actorOf(req), req.body),
  );
  app.post(
    '/api/services/open311-clients/:id/revoke',
    {
      config: manage,
      schema: { params: z.object({ id: zId }), body: emptyBody, response: { 200: open311ClientList } },
    },
    async (req) => revokeClientKey(deps, actorOf(req), req.params.id),
  );
}
