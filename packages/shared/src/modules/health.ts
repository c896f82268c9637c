import { defineModule } from './manifest.ts';

export const healthModule = defineModule({ id: 'health', permissions: [], grants: {} });
