import { residentsModule } from '@jishi/shared';
import type { ServerModule } from '../../server-module.ts';
import { residentRoutes } from './residents.routes.ts';

export const residentsServerModule: ServerModule = { manifest: residentsModule, routes: [residentRoutes] };
