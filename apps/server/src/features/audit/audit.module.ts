import { auditModule } from '@jishi/shared/modules/audit';
import type { ServerModule } from '../../server-module.ts';
import { auditRoutes } from './audit.routes.ts';

export const auditServerModule: ServerModule = { manifest: auditModule, routes: [auditRoutes] };
