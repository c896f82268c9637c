import { z } from 'zod';
import {
  alertListQuery,
  alertView,
  alertActionBody,
  detectBody,
  detectView,
  complaintListQuery,
  complaintListItem,
  complaintView,
  complaintActionBody,
  complaintSubmitBody,
  complaintReceipt,
  complaintTrackBody,
  complaintTrackView,
  oversightExerciseQuery,
  oversightDecisionQuery,
  auditHeadView,
  publicPowerListView,
  zId,
  zPaged,
} from '@jishi/shared';
import type { Deps } from '../../deps.ts';
import { actorOf, type App } from '../../platform/http-types.ts';
import { attachmentName } from '../../platform/content-disposition.ts';
import { XLSX_MIME } from '../../platform/xlsx.ts';
import { actOnAlert, detectNow, getAlert, listAlerts } from './alerts.service.ts';
import { actOnComplaint, getComplaint, listComplaints } from './complaints.service.ts';
import { submitComplaint, trackComplaint } from './complaints.public.service.ts';
import { exportAuditHead, exportDecisions, exportExercises } from './oversight.service.ts';
import { publicPowerList } from './power-board.service.ts';

const idParams = z.object({ id: zId });

/** The discipline inspection office's side (alerts, complaints, oversight exports) and the public complaint and power-list endpoints. */
export function supervisionRoutes(app: App, deps: Deps): void {
  const read = { access: 'supervision:read' } as const;
  const handle = { access: 'alert:handle' } as const;

  app.get(
    '/api/integrity/alerts',
    { config: read, schema: { querystring: alertListQuery, response: { 200: zPaged(alertView) } } },
    async (req) => listAlerts(deps, actorOf(req), req.query),
  );
  app.get(
    '/api/integrity/alerts/:id',
    { config: read, schema: { params: idParams, response: { 200: alertView } } },
    async (req) => getAlert(deps, actorOf(req), req.params.id),
  );
  app.post(
    '/api/integrity/alerts/:id/actions',
    { config: handle, schema: { params: idParams, body: alertActionBody, response: { 200: alertView } } },
    async (req) => actOnAlert(deps, actorOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/integrity/detect',
    { config: handle, schema: { body: detectBody, response: { 200: detectView } } },
    async (req) => detectNow(deps, actorOf(req), req.body),
  );

  app.get(
    '/api/integrity/complaints',
    {
      config: { access: 'complaint:read' },
      schema: { querystring: complaintListQuery, response: { 200: zPaged(complaintListItem) } },
    },
    async (req) => listComplaints(deps, actorOf(req), req.query),
  );
  app.get(
    '/api/integrity/complaints/:id',
    { config: { access: 'complaint:read' }, schema: { params: idParams, response: { 200: complaintView } } },
    async (req) => getComplaint(deps, actorOf(req), req.params.id),
  );
  app.post(
    '/api/integrity/complaints/:id/actions',
    {
      config: { access: 'complaint:handle' },
      schema: { params: idParams, body: complaintActionBody, response: { 200: complaintView } },
    },
    async (req) => actOnComplaint(deps, actorOf(req), req.params.id, req.body),
  );

  app.get(
    '/api/integrity/oversight/exercises.xlsx',
    { config: read, schema: { querystring: oversightExerciseQuery } },
    async (req, reply) => {
      const stream = await exportExercises(deps, actorOf(req), req.query);
      return reply
        .type(XLSX_MIME)
        .header('content-disposition', attachmentName('权力运行监督', 'exercises', 'xlsx'))
        .send(stream);
    },
  );
  app.get(
    '/api/integrity/oversight/decisions.xlsx',
    { config: read, schema: { querystring: oversightDecisionQuery } },
    async (req, reply) => {
      const stream = await exportDecisions(deps, actorOf(req), req.query);
      return reply
        .type(XLSX_MIME)
        .header('content-disposition', attachmentName('议事决策监督', 'decisions', 'xlsx'))
        .send(stream);
    },
  );
  app.get(
    '/api/integrity/audit-head',
    { config: { access: 'audit:read' }, schema: { response: { 200: auditHeadView } } },
    async (req) => exportAuditHead(deps, actorOf(req)),
  );

  // Public: no sign-in. The receipt carries only the tracking code; tracking shows only status and public replies.
  app.post(
    '/api/public/complaints',
    { config: { access: 'public' }, schema: { body: complaintSubmitBody, response: { 200: complaintReceipt } } },
    async (req) => submitComplaint(deps, { ip: req.ip, requestId: req.id }, req.body),
  );
  app.post(
    '/api/public/complaints/track',
    { config: { access: 'public' }, schema: { body: complaintTrackBody, response: { 200: complaintTrackView } } },
    async (req) => trackComplaint(deps, { ip: req.ip, requestId: req.id }, req.body.code),
  );
  app.get(
    '/api/public/power-list/:id',
    { config: { access: 'public' }, schema: { params: idParams, response: { 200: publicPowerListView } } },
    async (req) => publicPowerList(deps, req.params.id),
  );
}
