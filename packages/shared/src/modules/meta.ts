import { defineModule } from './manifest.ts';

export const metaModule = defineModule({ id: 'meta', permissions: [], grants: {} });
