import { z } from 'zod';
import {
  pairingComplianceView,
  contactBody,
  contactView,
  pairingCreateBody,
  pairingRuleView,
  pairingRulesBody,
  pairingView,
  indexedPhotoParams,
  zId,
} from '@jishi/shared';
import type { Deps } from '../../deps.ts';
import { actorOf, type App } from '../../platform/http-types.ts';
import * as svc from './pairing.service.ts';
import { sendAttachment } from '../../platform/files/file-body.ts';

const rules = z.object({ items: z.array(pairingRuleView) });

export function pairingRoutes(app: App, deps: Deps): void {
  app.get(
    '/api/pairing/rules',
    { config: { access: 'pairing:read' }, schema: { response: { 200: rules } } },
    async (req) => svc.getRules(deps, actorOf(req)),
  );
  app.put(
    '/api/pairing/rules',
    { config: { access: 'pairing:rules' }, schema: { body: pairingRulesBody, response: { 200: rules } } },
    async (req) => svc.setRules(deps, actorOf(req), req.body.rules),
  );
  app.get(
    '/api/pairing/pairs',
    { config: { access: 'pairing:read' }, schema: { response: { 200: z.object({ items: z.array(pairingView) }) } } },
    async (req) => svc.listPairings(deps, actorOf(req)),
  );
  app.post(
    '/api/pairing/pairs',
    { config: { access: 'pairing:write' }, schema: { body: pairingCreateBody, response: { 200: pairingView } } },
    async (req) => svc.createPairing(deps, actorOf(req), req.body),
  );
  app.post(
    '/api/pairing/pairs/:id/contacts',
    {
      config: { access: 'pairing:write' },
      schema: { params: z.object({ id: zId }), body: contactBody, response: { 200: contactView } },
    },
    async (req) => svc.logContact(deps, actorOf(req), req.params.id, req.body),
  );
  app.get(
    '/api/pairing/compliance',
    { config: { access: 'pairing:read' }, schema: { response: { 200: pairingComplianceView } } },
    async (req) => svc.compliance(deps, actorOf(req)),
  );
  app.get(
    '/api/pairing/contacts/:id/photos/:n',
    { config: { access: 'pairing:read' }, schema: { params: indexedPhotoParams } },
    async (req, reply) =>
      sendAttachment(reply, await svc.contactPhoto(deps, actorOf(req), req.params.id, req.params.n)),
  );
}
