import { z } from 'zod';
import {
  accountProposalBody,
  accountProposalDecisionView,
  accountProposalListView,
  accountProposalView,
  userListView,
  zId,
} from '@jishi/shared';
import type { Deps } from '../../deps.ts';
import { actorOf, type App } from '../../platform/http-types.ts';
import {
  approveAccountProposal,
  listAccountProposals,
  listDualControlAccounts,
  proposeAccountChange,
  rejectAccountProposal,
} from './account-proposals.service.ts';

/** Proposals for changes to administrator accounts: listed, proposed and decided by the three administrators. */
export function accountProposalRoutes(app: App, deps: Deps): void {
  const params = z.object({ id: zId });
  app.get(
    '/api/account-proposals',
    { config: { access: 'account:propose' }, schema: { response: { 200: accountProposalListView } } },
    async (req) => listAccountProposals(deps, actorOf(req)),
  );
  app.get(
    '/api/account-proposals/accounts',
    { config: { access: 'account:propose' }, schema: { response: { 200: userListView } } },
    async (req) => listDualControlAccounts(deps, actorOf(req)),
  );
  app.post(
    '/api/account-proposals',
    {
      config: { access: 'account:propose' },
      schema: { body: accountProposalBody, response: { 200: accountProposalView } },
    },
    async (req) => proposeAccountChange(deps, actorOf(req), req.body),
  );
  app.post(
    '/api/account-proposals/:id/approve',
    { config: { access: 'account:propose' }, schema: { params, response: { 200: accountProposalDecisionView } } },
    async (req) => approveAccountProposal(deps, actorOf(req), req.params.id),
  );
  app.post(
    '/api/account-proposals/:id/reject',
    { config: { access: 'account:propose' }, schema: { params, response: { 200: accountProposalDecisionView } } },
    async (req) => rejectAccountProposal(deps, actorOf(req), req.params.id),
  );
}
