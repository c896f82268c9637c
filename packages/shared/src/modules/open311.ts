import { defineModule } from './manifest.ts';

export const open311Module = defineModule({
  id: 'open311',
  permissions: ['open311:manage'],
  grants: {
    subdistrict_admin: ['open311:manage'],
  },
});
