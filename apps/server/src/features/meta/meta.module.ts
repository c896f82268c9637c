import { metaModule } from '@jishi/shared/modules/meta';
import type { ServerModule } from '../../server-module.ts';
import { metaRoutes } from './meta.routes.ts';

export const metaServerModule: ServerModule = { manifest: metaModule, routes: [metaRoutes] };
