import { pairingModule } from '@jishi/shared/modules/pairing';
import type { ServerModule } from '../../server-module.ts';
import { pairingRoutes } from './pairing.routes.ts';

export const pairingServerModule: ServerModule = { manifest: pairingModule, routes: [pairingRoutes] };
