import { z } from 'zod';
import {
  allocationBody,
  allocationListQuery,
  allocationView,
  budgetApprovalBody,
  expenditureBody,
  fundTotalsQuery,
  fundTotalsView,
  overBudgetView,
  zId,
} from '@jishi/shared';
import type { Deps } from '../../deps.ts';
import { actorOf, type App } from '../../platform/http-types.ts';
import {
  approveOverBudget,
  createAllocation,
  fundTotals,
  getAllocation,
  listAllocations,
  overBudget,
  recordExpenditure,
} from './funds.service.ts';

const idParams = z.object({ id: zId });

/** Fund allocations, expenditures, over-budget approvals and totals. */
export function fundRoutes(app: App, deps: Deps): void {
  const read = { access: 'fund:read' } as const;
  const write = { access: 'fund:write' } as const;
  app.get(
    '/api/funds/allocations',
    { config: read, schema: { querystring: allocationListQuery, response: { 200: z.array(allocationView) } } },
    async (req) => listAllocations(deps, actorOf(req), req.query),
  );
  app.post(
    '/api/funds/allocations',
    { config: write, schema: { body: allocationBody, response: { 200: allocationView } } },
    async (req) => createAllocation(deps, actorOf(req), req.body),
  );
  app.get(
    '/api/funds/allocations/:id',
    { config: read, schema: { params: idParams, response: { 200: allocationView } } },
    async (req) => getAllocation(deps, actorOf(req), req.params.id),
  );
  app.post(
    '/api/funds/allocations/:id/expenditures',
    { config: write, schema: { params: idParams, body: expenditureBody, response: { 200: allocationView } } },
    async (req) => recordExpenditure(deps, actorOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/funds/allocations/:id/approvals',
    {
      config: { access: 'fund:approve' },
      schema: { params: idParams, body: budgetApprovalBody, response: { 200: allocationView } },
    },
    async (req) => approveOverBudget(deps, actorOf(req), req.params.id, req.body),
  );
  app.get(
    '/api/funds/totals',
    { config: read, schema: { querystring: fundTotalsQuery, response: { 200: fundTotalsView } } },
    async (req) => fundTotals(deps, actorOf(req), req.query),
  );
  app.get('/api/funds/over-budget', { config: read, schema: { response: { 200: overBudgetView } } }, async (req) =>
    overBudget(deps, actorOf(req)),
  );
}
