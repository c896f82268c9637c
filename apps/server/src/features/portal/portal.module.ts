import { portalModule } from '@jishi/shared/modules/portal';
import type { ServerModule } from '../../server-module.ts';
import { portalRoutes } from './portal.routes.ts';
import { seedPortal } from './portal.seed.ts';

export const portalServerModule: ServerModule = { manifest: portalModule, routes: [portalRoutes], seed: seedPortal };
