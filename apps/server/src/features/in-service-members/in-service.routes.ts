import { z } from 'zod';
import {
  feedbackBody,
  inServiceBranchBody,
  inServiceEvaluationBody,
  inServiceGridBody,
  inServiceListQuery,
  inServicePaperBody,
  inServiceRecordBody,
  inServiceSelfBody,
  inServiceView,
  jointUnitBody,
  jointUnitView,
  serviceRecordListQuery,
  serviceRecordPage,
  servicePostBody,
  servicePostView,
  memberFeedbackBody,
  workUnitFeedbackBody,
  zId,
  zPage,
} from '@jishi/shared';
import type { Deps } from '../../deps.ts';
import { actorOf, type App } from '../../platform/http-types.ts';
import { XLSX_MIME } from '../../platform/xlsx.ts';
import { attachmentName } from '../../platform/content-disposition.ts';
import { PDF_MIME } from '../../platform/pdf.ts';
import * as svc from './in-service.service.ts';
import { addServiceRecord, listRecords, myRecords } from './in-service.records.service.ts';
import { createJointUnit, listJointUnits } from './joint-units.service.ts';
import { feedbackPdf, feedbackWorkbook, workUnitFeedbackPdf, workUnitFeedbackWorkbook } from './in-service.feedback.ts';

const idParams = z.object({ id: zId });
const posts = z.object({ items: z.array(servicePostView) });

export function inServiceRoutes(app: App, deps: Deps): void {
  app.get(
    '/api/in-service/posts',
    {
      config: { access: 'volunteer:read' },
      schema: { querystring: z.object({ communityId: zId }), response: { 200: posts } },
    },
    async (req) => svc.listPosts(deps, actorOf(req), req.query.communityId),
  );
  app.post(
    '/api/in-service/posts',
    { config: { access: 'volunteer:write' }, schema: { body: servicePostBody, response: { 200: servicePostView } } },
    async (req) => svc.createPost(deps, actorOf(req), req.body),
  );
  app.get(
    '/api/in-service/members',
    {
      config: { access: 'volunteer:read' },
      schema: { querystring: inServiceListQuery, response: { 200: z.object({ items: z.array(inServiceView) }) } },
    },
    async (req) => svc.listMembers(deps, actorOf(req), req.query),
  );
  app.post(
    '/api/in-service/members',
    { config: { access: 'volunteer:write' }, schema: { body: inServicePaperBody, response: { 200: inServiceView } } },
    async (req) => svc.registerFromPaper(deps, actorOf(req), req.body),
  );
  app.post(
    '/api/in-service/members/:id/grid',
    {
      config: { access: 'volunteer:write' },
      schema: { params: idParams, body: inServiceGridBody, response: { 200: inServiceView } },
    },
    async (req) => svc.assignGrid(deps, actorOf(req), req.params.id, req.body.gridId),
  );
  app.post(
    '/api/in-service/members/:id/branch',
    {
      config: { access: 'volunteer:write' },
      schema: { params: idParams, body: inServiceBranchBody, response: { 200: inServiceView } },
    },
    async (req) => svc.assignBranch(deps, actorOf(req), req.params.id, req.body.branchId),
  );
  app.post(
    '/api/in-service/members/:id/records',
    {
      config: { access: 'volunteer:write' },
      schema: { params: idParams, body: inServiceRecordBody, response: { 200: inServiceView } },
    },
    async (req) => addServiceRecord(deps, actorOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/in-service/members/:id/evaluations',
    {
      config: { access: 'volunteer:write' },
      schema: { params: idParams, body: inServiceEvaluationBody, response: { 200: inServiceView } },
    },
    async (req) => svc.evaluate(deps, actorOf(req), req.params.id, req.body),
  );
  // Feedback exports (personal data): POST with the reason in the body, like the residents export.
  app.post(
    '/api/in-service/members/:id/feedback.pdf',
    { config: { access: 'volunteer:read' }, schema: { params: idParams, body: memberFeedbackBody } },
    async (req, reply) => {
      const { pdf } = await feedbackPdf(deps, actorOf(req), req.params.id, req.body);
      return reply
        .type(PDF_MIME)
        .header('content-disposition', attachmentName(`在职党员服务反馈-${req.body.year}`, 'feedback', 'pdf'))
        .send(pdf);
    },
  );
  app.post(
    '/api/in-service/feedback.xlsx',
    { config: { access: 'volunteer:read' }, schema: { body: feedbackBody } },
    async (req, reply) => {
      const book = await feedbackWorkbook(deps, actorOf(req), req.body);
      return reply
        .type(XLSX_MIME)
        .header('content-disposition', attachmentName(`在职党员服务反馈-${req.body.year}`, 'feedback', 'xlsx'))
        .send(book);
    },
  );
  app.post(
    '/api/in-service/work-units/feedback.pdf',
    { config: { access: 'volunteer:read' }, schema: { body: workUnitFeedbackBody } },
    async (req, reply) => {
      const pdf = await workUnitFeedbackPdf(deps, actorOf(req), req.body);
      return reply
        .type(PDF_MIME)
        .header(
          'content-disposition',
          attachmentName(`在职党员服务反馈-${req.body.workUnit}-${req.body.year}`, 'feedback', 'pdf'),
        )
        .send(pdf);
    },
  );
  app.post(
    '/api/in-service/work-units/feedback.xlsx',
    { config: { access: 'volunteer:read' }, schema: { body: workUnitFeedbackBody } },
    async (req, reply) => {
      const book = await workUnitFeedbackWorkbook(deps, actorOf(req), req.body);
      return reply
        .type(XLSX_MIME)
        .header(
          'content-disposition',
          attachmentName(`在职党员服务反馈-${req.body.workUnit}-${req.body.year}`, 'feedback', 'xlsx'),
        )
        .send(book);
    },
  );
  app.get(
    '/api/in-service/records',
    {
      config: { access: 'volunteer:read' },
      schema: { querystring: serviceRecordListQuery, response: { 200: serviceRecordPage } },
    },
    async (req) => listRecords(deps, actorOf(req), req.query),
  );
  app.get(
    '/api/in-service/joint-units',
    {
      config: { access: 'volunteer:read' },
      schema: { response: { 200: z.object({ items: z.array(jointUnitView) }) } },
    },
    async (req) => listJointUnits(deps, actorOf(req)),
  );
  app.post(
    '/api/in-service/joint-units',
    { config: { access: 'volunteer:write' }, schema: { body: jointUnitBody, response: { 200: jointUnitView } } },
    async (req) => createJointUnit(deps, actorOf(req), req.body),
  );
  // One's own registration
  app.get(
    '/api/my/in-service/posts',
    {
      config: { access: 'volunteer:self' },
      schema: { querystring: z.object({ communityId: zId.optional() }), response: { 200: posts } },
    },
    async (req) => svc.myPosts(deps, actorOf(req), req.query.communityId),
  );
  app.get(
    '/api/my/in-service',
    { config: { access: 'volunteer:self' }, schema: { response: { 200: inServiceView } } },
    async (req) => svc.myRegistration(deps, actorOf(req)),
  );
  app.get(
    '/api/my/in-service/records',
    { config: { access: 'volunteer:self' }, schema: { querystring: zPage, response: { 200: serviceRecordPage } } },
    async (req) => myRecords(deps, actorOf(req), req.query),
  );
  app.post(
    '/api/my/in-service',
    { config: { access: 'volunteer:self' }, schema: { body: inServiceSelfBody, response: { 200: inServiceView } } },
    async (req) => svc.registerSelf(deps, actorOf(req), req.body),
  );
}
