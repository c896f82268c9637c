import { fundsModule } from '@jishi/shared/modules/funds';
import type { ServerModule } from '../../server-module.ts';
import { fundRoutes } from './funds.routes.ts';

export const fundsServerModule: ServerModule = { manifest: fundsModule, routes: [fundRoutes] };
