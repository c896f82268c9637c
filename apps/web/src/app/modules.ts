import { todosWeb } from '../features/todos/todos.module.ts';
import { messagesWeb } from '../features/messages/messages.module.ts';
import { dashboardWeb } from '../features/dashboard/dashboard.module.ts';
import { territoryWeb } from '../features/territory/territory.module.ts';
import { partyOrgsWeb } from '../features/party-orgs/party-orgs.module.ts';
import { residentsWeb } from '../features/residents/residents.module.ts';
import { partyMembersWeb } from '../features/party-members/party-members.module.ts';
import { workersWeb } from '../features/workers/workers.module.ts';
import { usersWeb } from '../features/users/users.module.ts';
import { auditWeb } from '../features/audit/audit.module.ts';
import { decisionsWeb } from '../features/decisions/decisions.module.ts';
import { integrityWeb } from '../features/integrity/integrity.module.ts';
import { gridWeb } from '../features/grid/grid.module.ts';
import { partyLifeWeb } from '../features/party-life/party-life.module.ts';
import { volunteeringWeb } from '../features/volunteering/volunteering.module.ts';
import { pairingWeb } from '../features/pairing/pairing.module.ts';
import { premisesWeb } from '../features/premises/premises.module.ts';
import { bookingsWeb } from '../features/bookings/bookings.module.ts';
import { providersWeb } from '../features/providers/providers.module.ts';
import { serviceRequestsWeb } from '../features/service-requests/service-requests.module.ts';
import { indicatorsWeb } from '../features/indicators/indicators.module.ts';
import { portalWeb } from '../features/portal/portal.module.ts';
import { authWeb } from '../features/auth/auth.module.ts';
import type { WebModule } from './web-module.ts';

/**
 * The web registry: one line per module that has pages (the router and the menu are assembled from it and from
 * the shared manifests). Modules without pages of their own (education, trainings, in-service-members,
 * good-deeds, funds, brands, open311, health, meta) show inside another module's page or have no web side.
 * Module entries import their manifest from `@jishi/shared/modules/index`, not the package root: the router is in the
 * entry chunk, and the root would pull every Zod schema into the login route's JavaScript.
 */
export const WEB_MODULES: readonly WebModule[] = [
  todosWeb,
  messagesWeb,
  dashboardWeb,
  territoryWeb,
  partyOrgsWeb,
  residentsWeb,
  partyMembersWeb,
  workersWeb,
  usersWeb,
  auditWeb,
  decisionsWeb,
  integrityWeb,
  gridWeb,
  partyLifeWeb,
  volunteeringWeb,
  pairingWeb,
  premisesWeb,
  bookingsWeb,
  providersWeb,
  serviceRequestsWeb,
  indicatorsWeb,
  portalWeb,
  authWeb,
];
