import { authModule } from '@jishi/shared';
import type { ServerModule } from '../../server-module.ts';
import { authRoutes } from './auth.routes.ts';

export const authServerModule: ServerModule = { manifest: authModule, routes: [authRoutes] };
