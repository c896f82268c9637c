import { z } from 'zod';
import {
  activityCreateBody,
  activityListQuery,
  activityView,
  publicActivityView,
  certificateIssuedView,
  certificateNumberParams,
  myVolunteeringView,
  pointEntryPage,
  pointsBody,
  pointsListQuery,
  publicCertificateView,
  serviceMinutesBody,
  signupTimeBody,
  signupView,
  teamCreateBody,
  teamMonthlyView,
  teamView,
  volunteerCreateBody,
  volunteerView,
  zId,
  emptyBody,
  zOk,
  zPage,
  zYear,
} from '@jishi/shared';
import type { Deps } from '../../deps.ts';
import { actorOf, type App } from '../../platform/http-types.ts';
import { attachmentName } from '../../platform/content-disposition.ts';
import { PDF_MIME } from '../../platform/pdf.ts';
import * as svc from './volunteering.service.ts';
import { moveSignup, signUp } from './signups.service.ts';
import { awardPoints, listPoints } from './points.service.ts';
import * as self from './volunteering.self.ts';
import { teamMonthly } from './volunteering.stats.ts';

const idParams = z.object({ id: zId });

export function volunteeringRoutes(app: App, deps: Deps): void {
  app.get(
    '/api/volunteer/teams',
    { config: { access: 'volunteer:read' }, schema: { response: { 200: z.object({ items: z.array(teamView) }) } } },
    async (req) => svc.listTeams(deps, actorOf(req)),
  );
  app.post(
    '/api/volunteer/teams',
    { config: { access: 'volunteer:write' }, schema: { body: teamCreateBody, response: { 200: teamView } } },
    async (req) => svc.createTeam(deps, actorOf(req), req.body),
  );
  app.get(
    '/api/volunteer/teams/monthly',
    {
      config: { access: 'volunteer:read' },
      schema: { querystring: z.object({ year: zYear }), response: { 200: teamMonthlyView } },
    },
    async (req) => teamMonthly(deps, actorOf(req), req.query.year),
  );
  app.get(
    '/api/volunteer/volunteers',
    {
      config: { access: 'volunteer:read' },
      schema: {
        querystring: z.object({ teamId: zId.optional() }),
        response: { 200: z.object({ items: z.array(volunteerView) }) },
      },
    },
    async (req) => svc.listVolunteers(deps, actorOf(req), req.query.teamId),
  );
  app.post(
    '/api/volunteer/volunteers',
    { config: { access: 'volunteer:write' }, schema: { body: volunteerCreateBody, response: { 200: volunteerView } } },
    async (req) => svc.addVolunteer(deps, actorOf(req), req.body),
  );
  app.get(
    '/api/volunteer/activities',
    {
      config: { access: 'volunteer:read' },
      schema: { querystring: activityListQuery, response: { 200: z.object({ items: z.array(activityView) }) } },
    },
    async (req) => svc.listActivities(deps, actorOf(req), req.query),
  );
  app.post(
    '/api/volunteer/activities',
    { config: { access: 'volunteer:write' }, schema: { body: activityCreateBody, response: { 200: activityView } } },
    async (req) => svc.createActivity(deps, actorOf(req), req.body),
  );
  app.get(
    '/api/volunteer/activities/:id/signups',
    {
      config: { access: 'volunteer:read' },
      schema: { params: idParams, response: { 200: z.object({ items: z.array(signupView) }) } },
    },
    async (req) => svc.activitySignups(deps, actorOf(req), req.params.id),
  );
  app.post(
    '/api/volunteer/signups/:id/check-in',
    {
      config: { access: 'volunteer:write' },
      schema: { params: idParams, body: signupTimeBody, response: { 200: signupView } },
    },
    async (req) => moveSignup(deps, actorOf(req), req.params.id, 'check_in', req.body),
  );
  app.post(
    '/api/volunteer/signups/:id/check-out',
    {
      config: { access: 'volunteer:write' },
      schema: { params: idParams, body: signupTimeBody, response: { 200: signupView } },
    },
    async (req) => moveSignup(deps, actorOf(req), req.params.id, 'check_out', req.body),
  );
  app.post(
    '/api/volunteer/signups/:id/hours',
    {
      config: { access: 'volunteer:write' },
      schema: { params: idParams, body: serviceMinutesBody, response: { 200: signupView } },
    },
    async (req) => moveSignup(deps, actorOf(req), req.params.id, 'record', req.body),
  );
  app.post(
    '/api/volunteer/signups/:id/verify',
    {
      config: { access: 'volunteer:write' },
      schema: { params: idParams, body: emptyBody, response: { 200: signupView } },
    },
    async (req) => moveSignup(deps, actorOf(req), req.params.id, 'verify'),
  );
  app.post(
    '/api/volunteer/points',
    { config: { access: 'volunteer:write' }, schema: { body: pointsBody, response: { 200: zOk } } },
    async (req) => awardPoints(deps, actorOf(req), req.body),
  );
  app.get(
    '/api/volunteer/points',
    {
      config: { access: 'volunteer:read' },
      schema: { querystring: pointsListQuery, response: { 200: pointEntryPage } },
    },
    async (req) => listPoints(deps, actorOf(req), req.query),
  );
  // One's own volunteering
  app.get(
    '/api/my/activities',
    { config: { access: 'volunteer:self' }, schema: { response: { 200: z.object({ items: z.array(activityView) }) } } },
    async (req) => svc.myActivities(deps, actorOf(req)),
  );
  app.post(
    '/api/my/activities/:id/signup',
    {
      config: { access: 'volunteer:self' },
      schema: { params: idParams, body: emptyBody, response: { 200: signupView } },
    },
    async (req) => signUp(deps, actorOf(req), req.params.id),
  );
  app.get(
    '/api/my/volunteering',
    { config: { access: 'volunteer:self' }, schema: { response: { 200: myVolunteeringView } } },
    async (req) => self.myVolunteering(deps, actorOf(req)),
  );
  app.get(
    '/api/my/points',
    { config: { access: 'volunteer:self' }, schema: { querystring: zPage, response: { 200: pointEntryPage } } },
    async (req) => self.myPoints(deps, actorOf(req), req.query),
  );
  app.post(
    '/api/my/certificates',
    { config: { access: 'volunteer:self' }, schema: { body: emptyBody, response: { 200: certificateIssuedView } } },
    async (req) => self.issueCertificate(deps, actorOf(req)),
  );
  app.get(
    '/api/my/certificates/:number/pdf',
    { config: { access: 'volunteer:self' }, schema: { params: certificateNumberParams } },
    async (req, reply) => {
      const pdf = await self.certificatePdf(deps, actorOf(req), req.params.number);
      return reply
        .type(PDF_MIME)
        .header('content-disposition', attachmentName(`志愿服务证书-${req.params.number}`, req.params.number, 'pdf'))
        .send(pdf);
    },
  );
  // Public: no sign-in; masked name, hours and date only.
  app.get(
    '/api/public/certificates/:number',
    {
      config: { access: 'public' },
      schema: { params: certificateNumberParams, response: { 200: publicCertificateView } },
    },
    async (req) => self.verifyCertificate(deps, req.ip, req.params.number),
  );
  // Public: a community's upcoming activities on the residents' portal (the response schema leaves out `mine`).
  app.get(
    '/api/public/communities/:id/activities',
    {
      config: { access: 'public' },
      schema: { params: idParams, response: { 200: z.object({ items: z.array(publicActivityView) }) } },
    },
    async (req) => svc.publicActivities(deps, req.params.id),
  );
}
