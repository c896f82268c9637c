import { defineModule } from './manifest.ts';

export const inServiceMembersModule = defineModule({
  id: 'in-service-members',
  permissions: [],
  grants: {},
});
