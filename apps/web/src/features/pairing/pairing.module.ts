import { pairingModule } from '@jishi/shared/modules/pairing';
import { defineWebModule } from '../../app/web-module.ts';

/** The pairing module's pages (manifest: packages/shared/src/modules/pairing.ts). */
export const pairingWeb = defineWebModule(pairingModule, {
  console: [{ menu: 'pairing', page: () => import('./pairing-page.tsx').then((m) => m.PairingPage) }],
});
