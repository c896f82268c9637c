import { auditListQuery, auditEntryView, auditVerifyView, zPaged } from '@jishi/shared';
import type { Deps } from '../../deps.ts';
import { actorOf, type App } from '../../platform/http-types.ts';
import { listAudit, verifyAudit } from './audit.service.ts';

export function auditRoutes(app: App, deps: Deps): void {
  app.get(
    '/api/audit',
    {
      config: { access: 'audit:read' },
      schema: { querystring: auditListQuery, response: { 200: zPaged(auditEntryView) } },
    },
    async (req) => listAudit(deps, actorOf(req), req.query),
  );
  app.get(
    '/api/audit/verify',
    { config: { access: 'audit:read' }, schema: { response: { 200: auditVerifyView } } },
    async (req) => verifyAudit(deps, actorOf(req)),
  );
}
