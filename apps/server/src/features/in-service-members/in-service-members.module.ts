import { inServiceMembersModule } from '@jishi/shared';
import type { ServerModule } from '../../server-module.ts';
import { inServiceRoutes } from './in-service.routes.ts';

export const inServiceMembersServerModule: ServerModule = {
  manifest: inServiceMembersModule,
  routes: [inServiceRoutes],
};
