import { auditModule } from '@jishi/shared';
import type { ServerModule } from '../../server-module.ts';
import { auditRoutes } from './audit.routes.ts';

export const auditServerModule: ServerModule = { manifest: auditModule, routes: [auditRoutes] };
