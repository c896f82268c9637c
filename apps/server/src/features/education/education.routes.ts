import { z } from 'zod';
import {
  courseCreateBody,
  courseView,
  coverageView,
  learningProgressBody,
  memberAccountBody,
  myCourseView,
  quizAnswerBody,
  quizResultView,
  studyPlanCreateBody,
  studyPlanView,
  zId,
  zOk,
  zYear,
} from '@jishi/shared';
import type { Deps } from '../../deps.ts';
import { actorOf, type App } from '../../platform/http-types.ts';
import * as svc from './education.service.ts';
import { answerQuiz, material, myCourses, recordProgress } from './learning.service.ts';
import { sendAttachment } from '../../platform/files/file-body.ts';

const idParams = z.object({ id: zId });

export function educationRoutes(app: App, deps: Deps): void {
  app.get(
    '/api/education/courses',
    { config: { access: 'partylife:read' }, schema: { response: { 200: z.object({ items: z.array(courseView) }) } } },
    async (req) => svc.listCourses(deps, actorOf(req)),
  );
  app.post(
    '/api/education/courses',
    { config: { access: 'partylife:write' }, schema: { body: courseCreateBody, response: { 200: courseView } } },
    async (req) => svc.createCourse(deps, actorOf(req), req.body),
  );
  app.get(
    '/api/education/plans',
    {
      config: { access: 'partylife:read' },
      schema: {
        querystring: z.object({ branchId: zId, year: zYear }),
        response: { 200: z.object({ items: z.array(studyPlanView) }) },
      },
    },
    async (req) => svc.listPlans(deps, actorOf(req), req.query),
  );
  app.post(
    '/api/education/plans',
    { config: { access: 'partylife:write' }, schema: { body: studyPlanCreateBody, response: { 200: studyPlanView } } },
    async (req) => svc.createPlan(deps, actorOf(req), req.body),
  );
  app.get(
    '/api/education/coverage',
    {
      config: { access: 'partylife:read' },
      schema: { querystring: z.object({ year: zYear }), response: { 200: coverageView } },
    },
    async (req) => svc.coverage(deps, actorOf(req), req.query.year),
  );
  app.post(
    '/api/education/member-accounts',
    { config: { access: 'partylife:write' }, schema: { body: memberAccountBody, response: { 200: zOk } } },
    async (req) => svc.linkMemberAccount(deps, actorOf(req), req.body),
  );
  // One's own learning
  app.get(
    '/api/my/courses',
    { config: { access: 'study:self' }, schema: { response: { 200: z.object({ items: z.array(myCourseView) }) } } },
    async (req) => myCourses(deps, actorOf(req)),
  );
  app.post(
    '/api/my/courses/:id/progress',
    {
      config: { access: 'study:self' },
      schema: { params: idParams, body: learningProgressBody, response: { 200: myCourseView.shape.progress } },
    },
    async (req) => recordProgress(deps, actorOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/my/courses/:id/quiz',
    {
      config: { access: 'study:self' },
      schema: { params: idParams, body: quizAnswerBody, response: { 200: quizResultView } },
    },
    async (req) => answerQuiz(deps, actorOf(req), req.params.id, req.body.answers),
  );
  app.post(
    '/api/education/courses/:id/material',
    { config: { access: 'partylife:write' }, schema: { params: idParams, response: { 200: courseView } } },
    async (req) => svc.attachMaterial(deps, actorOf(req), req.params.id, req.body),
  );
  app.get(
    '/api/education/courses/:id/material',
    { config: { access: 'partylife:read' }, schema: { params: idParams } },
    async (req, reply) => sendAttachment(reply, await material(deps, actorOf(req), req.params.id, false)),
  );
  app.get(
    '/api/my/courses/:id/material',
    { config: { access: 'study:self' }, schema: { params: idParams } },
    async (req, reply) => sendAttachment(reply, await material(deps, actorOf(req), req.params.id, true)),
  );
}
