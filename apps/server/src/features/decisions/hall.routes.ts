import { z } from 'zod';
import {
  proposalCreateBody,
  proposalListQuery,
  proposalView,
  periodCloseBody,
  periodListQuery,
  periodView,
  tallyQuery,
  tallyView,
  calendarQuery,
  emptyBody,
  withdrawBody,
  zId,
  zPaged,
} from '@jishi/shared';
import type { Deps } from '../../deps.ts';
import { actorOf, type App } from '../../platform/http-types.ts';
import { contentDisposition } from '../../platform/content-disposition.ts';
import { createProposal, declineProposal, listProposals, supportProposal } from './proposals.service.ts';
import { closePeriod, listPeriods } from './periods.service.ts';
import { decisionTally } from './tally.service.ts';
import { hallCalendar } from './calendar.service.ts';

const idParams = z.object({ id: zId });

/** Residents' proposals, closed periods, the problems-solved tally and the hall's iCalendar feed. */
export function hallRoutes(app: App, deps: Deps): void {
  app.get(
    '/api/decisions/proposals',
    {
      config: { access: 'proposal:read' },
      schema: { querystring: proposalListQuery, response: { 200: zPaged(proposalView) } },
    },
    async (req) => listProposals(deps, actorOf(req), req.query),
  );
  app.post(
    '/api/decisions/proposals',
    { config: { access: 'proposal:create' }, schema: { body: proposalCreateBody, response: { 200: proposalView } } },
    async (req) => createProposal(deps, actorOf(req), req.body),
  );
  app.post(
    '/api/decisions/proposals/:id/support',
    {
      config: { access: 'proposal:create' },
      schema: { params: idParams, body: emptyBody.optional(), response: { 200: proposalView } },
    },
    async (req) => supportProposal(deps, actorOf(req), req.params.id),
  );
  app.post(
    '/api/decisions/proposals/:id/decline',
    {
      config: { access: 'decision:write' },
      schema: { params: idParams, body: withdrawBody, response: { 200: proposalView } },
    },
    async (req) => declineProposal(deps, actorOf(req), req.params.id, req.body),
  );

  app.get(
    '/api/decisions/periods',
    {
      config: { access: 'decision:read' },
      schema: { querystring: periodListQuery, response: { 200: z.object({ items: z.array(periodView) }) } },
    },
    async (req) => listPeriods(deps, actorOf(req), req.query),
  );
  app.post(
    '/api/decisions/periods',
    { config: { access: 'decision:close-period' }, schema: { body: periodCloseBody, response: { 200: periodView } } },
    async (req) => closePeriod(deps, actorOf(req), req.body),
  );

  app.get(
    '/api/decisions/tally',
    { config: { access: 'dashboard:read' }, schema: { querystring: tallyQuery, response: { 200: tallyView } } },
    async (req) => decisionTally(deps, actorOf(req), req.query),
  );

  app.get(
    '/api/decisions/units/:id/calendar.ics',
    { config: { access: 'decision:read' }, schema: { params: idParams, querystring: calendarQuery } },
    async (req, reply) => {
      const body = await hallCalendar(deps, actorOf(req), req.params.id, req.query);
      reply
        .type('text/calendar; charset=utf-8')
        .header('content-disposition', contentDisposition('inline', { name: 'calendar.ics' }));
      return body;
    },
  );
}
