import { residentsModule } from '@jishi/shared/modules/residents';
import type { ServerModule } from '../../server-module.ts';
import { residentRoutes } from './residents.routes.ts';

export const residentsServerModule: ServerModule = { manifest: residentsModule, routes: [residentRoutes] };
