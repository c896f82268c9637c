import { healthModule } from './health.ts';
import { metaModule } from './meta.ts';
/** The module registry: one line per module. The order is the menu's order within a group. */
import { dashboardModule } from './dashboard.ts';
import { territoryModule } from './territory.ts';
import { partyOrgsModule } from './party-orgs.ts';
import { residentsModule } from './residents.ts';
import { partyMembersModule } from './party-members.ts';
import { workersModule } from './workers.ts';
import { usersModule } from './users.ts';
import { auditModule } from './audit.ts';
import { decisionsModule } from './decisions.ts';
import { integrityModule } from './integrity.ts';
import { gridModule } from './grid.ts';
import { partyLifeModule } from './party-life.ts';
import { educationModule } from './education.ts';
import { trainingsModule } from './trainings.ts';
import { inServiceMembersModule } from './in-service-members.ts';
import { volunteeringModule } from './volunteering.ts';
import { goodDeedsModule } from './good-deeds.ts';
import { pairingModule } from './pairing.ts';
import { premisesModule } from './premises.ts';
import { fundsModule } from './funds.ts';
import { bookingsModule } from './bookings.ts';
import { providersModule } from './providers.ts';
import { serviceRequestsModule } from './service-requests.ts';
import { open311Module } from './open311.ts';
import { brandsModule } from './brands.ts';
import { indicatorsModule } from './indicators.ts';
import { portalModule } from './portal.ts';
import { authModule } from './auth.ts';
import { todosModule } from './todos.ts';
import { messagesModule } from './messages.ts';

export const MODULES = [
  todosModule,
  messagesModule,
  dashboardModule,
  territoryModule,
  partyOrgsModule,
  residentsModule,
  partyMembersModule,
  workersModule,
  usersModule,
  auditModule,
  decisionsModule,
  integrityModule,
  gridModule,
  partyLifeModule,
  educationModule,
  trainingsModule,
  inServiceMembersModule,
  volunteeringModule,
  goodDeedsModule,
  pairingModule,
  premisesModule,
  fundsModule,
  bookingsModule,
  providersModule,
  serviceRequestsModule,
  open311Module,
  brandsModule,
  indicatorsModule,
  portalModule,
  authModule,
  healthModule,
  metaModule,
] as const;
