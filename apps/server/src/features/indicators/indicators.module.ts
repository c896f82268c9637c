import { indicatorsModule } from '@jishi/shared/modules/indicators';
import type { ServerModule } from '../../server-module.ts';
import { indicatorRoutes } from './indicators.routes.ts';

export const indicatorsServerModule: ServerModule = { manifest: indicatorsModule, routes: [indicatorRoutes] };
