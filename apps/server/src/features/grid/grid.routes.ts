import { z } from 'zod';
import {
  caseActionBody,
  caseCreateBody,
  caseListItem,
  caseListQuery,
  caseView,
  complianceQuery,
  complianceView,
  dailyRollupQuery,
  dailyRollupView,
  escalateSweepView,
  gridDashboardQuery,
  gridDashboardView,
  gridSettingsBody,
  gridSettingsQuery,
  gridSettingsView,
  myDayView,
  photoParams,
  photoReceipt,
  photoUploadQuery,
  postCreateBody,
  postList,
  postListQuery,
  postView,
  reportCorrectBody,
  reportListQuery,
  reportSubmitBody,
  reportView,
  sessionBody,
  staffList,
  zId,
  zOk,
  zPaged,
} from '@jishi/shared';
import type { Deps } from '../../deps.ts';
import { actorOf, type App } from '../../platform/http-types.ts';
import { sendAttachment } from '../../platform/files/file-body.ts';
import { attachmentName } from '../../platform/content-disposition.ts';
import { XLSX_MIME } from '../../platform/xlsx.ts';
import { getSettings, putSettings } from './settings.service.ts';
import { assignPost, endPost, listPosts, listStaff } from './posts.service.ts';
import { correctReport, getReport, listReports, myDay, submitReport } from './reports.service.ts';
import { compliance } from './compliance.service.ts';
import { getCase, getPhoto, listCases } from './cases.service.ts';
import { actOnCase, createCase, recordSession } from './cases.write.service.ts';
import { uploadPhoto } from './cases.photos.service.ts';
import { escalateOverdue } from './cases.escalation.service.ts';
import { dailyRollup, figuresWorkbook, gridFiguresView } from './figures.service.ts';

const idParams = z.object({ id: zId });

/** Grid governance: posts, settings, daily screening reports, compliance, dispute cases, dashboards. */
export function gridRoutes(app: App, deps: Deps): void {
  const read = { access: 'grid:read' } as const;
  const report = { access: 'grid:report' } as const;
  const handle = { access: 'grid:case' } as const;
  const manage = { access: 'grid:manage' } as const;

  app.get(
    '/api/grid/settings',
    { config: read, schema: { querystring: gridSettingsQuery, response: { 200: gridSettingsView } } },
    async (req) => getSettings(deps, actorOf(req), req.query),
  );
  app.put(
    '/api/grid/settings',
    { config: { access: 'grid:configure' }, schema: { body: gridSettingsBody, response: { 200: gridSettingsView } } },
    async (req) => putSettings(deps, actorOf(req), req.body),
  );

  app.get(
    '/api/grid/posts',
    { config: read, schema: { querystring: postListQuery, response: { 200: postList } } },
    async (req) => listPosts(deps, actorOf(req), req.query),
  );
  app.post(
    '/api/grid/posts',
    { config: manage, schema: { body: postCreateBody, response: { 200: postView } } },
    async (req) => assignPost(deps, actorOf(req), req.body),
  );
  app.delete(
    '/api/grid/posts/:id',
    { config: manage, schema: { params: idParams, response: { 200: zOk } } },
    async (req) => endPost(deps, actorOf(req), req.params.id),
  );
  app.get('/api/grid/staff', { config: manage, schema: { response: { 200: staffList } } }, async (req) =>
    listStaff(deps, actorOf(req)),
  );

  app.get('/api/grid/my-day', { config: read, schema: { response: { 200: myDayView } } }, async (req) =>
    myDay(deps, actorOf(req)),
  );
  app.get(
    '/api/grid/reports',
    { config: read, schema: { querystring: reportListQuery, response: { 200: zPaged(reportView) } } },
    async (req) => listReports(deps, actorOf(req), req.query),
  );
  app.post(
    '/api/grid/reports',
    { config: report, schema: { body: reportSubmitBody, response: { 200: reportView } } },
    async (req) => submitReport(deps, actorOf(req), req.body),
  );
  app.get(
    '/api/grid/reports/:id',
    { config: read, schema: { params: idParams, response: { 200: reportView } } },
    async (req) => getReport(deps, actorOf(req), req.params.id),
  );
  app.put(
    '/api/grid/reports/:id',
    { config: report, schema: { params: idParams, body: reportCorrectBody, response: { 200: reportView } } },
    async (req) => correctReport(deps, actorOf(req), req.params.id, req.body),
  );
  app.get(
    '/api/grid/compliance',
    { config: read, schema: { querystring: complianceQuery, response: { 200: complianceView } } },
    async (req) => compliance(deps, actorOf(req), req.query),
  );

  app.get(
    '/api/grid/cases',
    { config: read, schema: { querystring: caseListQuery, response: { 200: zPaged(caseListItem) } } },
    async (req) => listCases(deps, actorOf(req), req.query),
  );
  app.post(
    '/api/grid/cases',
    { config: handle, schema: { body: caseCreateBody, response: { 200: caseView } } },
    async (req) => createCase(deps, actorOf(req), req.body),
  );
  app.get(
    '/api/grid/cases/:id',
    { config: read, schema: { params: idParams, response: { 200: caseView } } },
    async (req) => getCase(deps, actorOf(req), req.params.id),
  );
  app.post(
    '/api/grid/cases/:id/actions',
    { config: handle, schema: { params: idParams, body: caseActionBody, response: { 200: caseView } } },
    async (req) => actOnCase(deps, actorOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/grid/cases/:id/sessions',
    { config: handle, schema: { params: idParams, body: sessionBody, response: { 200: caseView } } },
    async (req) => recordSession(deps, actorOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/grid/cases/:id/photos',
    { config: handle, schema: { params: idParams, querystring: photoUploadQuery, response: { 200: photoReceipt } } },
    async (req) => uploadPhoto(deps, actorOf(req), req.params.id, req.body, req.query),
  );
  app.get(
    '/api/grid/cases/:id/photos/:photoId',
    { config: read, schema: { params: photoParams } },
    async (req, reply) => {
      return sendAttachment(reply, await getPhoto(deps, actorOf(req), req.params.id, req.params.photoId));
    },
  );
  app.post(
    '/api/grid/escalate-overdue',
    { config: handle, schema: { response: { 200: escalateSweepView } } },
    async (req) => escalateOverdue(deps, actorOf(req)),
  );

  app.get(
    '/api/grid/dashboard',
    { config: read, schema: { querystring: gridDashboardQuery, response: { 200: gridDashboardView } } },
    async (req) => gridFiguresView(deps, actorOf(req), req.query),
  );
  app.get(
    '/api/grid/dashboard.xlsx',
    { config: read, schema: { querystring: gridDashboardQuery } },
    async (req, reply) => {
      const { buffer, from, to } = await figuresWorkbook(deps, actorOf(req), req.query);
      return reply
        .type(XLSX_MIME)
        .header('content-disposition', attachmentName(`矛盾纠纷排查统计_${from}_${to}`, `grid-${from}-${to}`, 'xlsx'))
        .send(buffer);
    },
  );
  app.get(
    '/api/grid/daily-rollup',
    { config: read, schema: { querystring: dailyRollupQuery, response: { 200: dailyRollupView } } },
    async (req) => dailyRollup(deps, actorOf(req), req.query),
  );
}
