import type { ServerModule } from './server-module.ts';
import type { JobKind } from './platform/jobs/job-kind.ts';
import type { Deps } from './deps.ts';
import { todoRemindersJob } from './features/todos/reminders.job.ts';
import { healthServerModule } from './features/health/health.module.ts';
import { metaServerModule } from './features/meta/meta.module.ts';
import { authServerModule } from './features/auth/auth.module.ts';
import { territoryServerModule } from './features/territory/territory.module.ts';
import { partyOrgsServerModule } from './features/party-orgs/party-orgs.module.ts';
import { residentsServerModule } from './features/residents/residents.module.ts';
import { partyMembersServerModule } from './features/party-members/party-members.module.ts';
import { workersServerModule } from './features/workers/workers.module.ts';
import { usersServerModule } from './features/users/users.module.ts';
import { auditServerModule } from './features/audit/audit.module.ts';
import { dashboardServerModule } from './features/dashboard/dashboard.module.ts';
import { decisionsServerModule } from './features/decisions/decisions.module.ts';
import { integrityServerModule } from './features/integrity/integrity.module.ts';
import { gridServerModule } from './features/grid/grid.module.ts';
import { educationServerModule } from './features/education/education.module.ts';
import { partyLifeServerModule } from './features/party-life/party-life.module.ts';
import { trainingsServerModule } from './features/trainings/trainings.module.ts';
import { inServiceMembersServerModule } from './features/in-service-members/in-service-members.module.ts';
import { volunteeringServerModule } from './features/volunteering/volunteering.module.ts';
import { goodDeedsServerModule } from './features/good-deeds/good-deeds.module.ts';
import { pairingServerModule } from './features/pairing/pairing.module.ts';
import { premisesServerModule } from './features/premises/premises.module.ts';
import { fundsServerModule } from './features/funds/funds.module.ts';
import { bookingsServerModule } from './features/bookings/bookings.module.ts';
import { providersServerModule } from './features/providers/providers.module.ts';
import { serviceRequestsServerModule } from './features/service-requests/service-requests.module.ts';
import { open311ServerModule } from './features/open311/open311.module.ts';
import { brandsServerModule } from './features/brands/brands.module.ts';
import { indicatorsServerModule } from './features/indicators/indicators.module.ts';
import { portalServerModule } from './features/portal/portal.module.ts';
import { todosServerModule } from './features/todos/todos.module.ts';
import { messagesServerModule } from './features/messages/messages.module.ts';

/** The server's module registry: one line per module, in the order their routes are registered. */
export const SERVER_MODULES: readonly ServerModule[] = [
  healthServerModule,
  metaServerModule,
  authServerModule,
  territoryServerModule,
  partyOrgsServerModule,
  residentsServerModule,
  partyMembersServerModule,
  workersServerModule,
  usersServerModule,
  auditServerModule,
  dashboardServerModule,
  decisionsServerModule,
  integrityServerModule,
  gridServerModule,
  educationServerModule,
  partyLifeServerModule,
  trainingsServerModule,
  inServiceMembersServerModule,
  volunteeringServerModule,
  goodDeedsServerModule,
  pairingServerModule,
  premisesServerModule,
  fundsServerModule,
  bookingsServerModule,
  providersServerModule,
  serviceRequestsServerModule,
  open311ServerModule,
  brandsServerModule,
  indicatorsServerModule,
  portalServerModule,
  todosServerModule,
  messagesServerModule,
];

/** Every scheduled job: each module's own, and the to-do reminders over every module's to-do kinds. */
export const ALL_JOBS: readonly JobKind<Deps>[] = [
  ...SERVER_MODULES.flatMap((m) => m.jobs ?? []),
  todoRemindersJob(SERVER_MODULES.flatMap((m) => m.todos ?? [])),
];
