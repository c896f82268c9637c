import { inServiceMembersModule } from '@jishi/shared/modules/in-service-members';
import type { ServerModule } from '../../server-module.ts';
import { inServiceRoutes } from './in-service.routes.ts';
import { seedInServiceMembers } from './in-service-members.seed.ts';

export const inServiceMembersServerModule: ServerModule = {
  manifest: inServiceMembersModule,
  routes: [inServiceRoutes],
  seed: seedInServiceMembers,
};
