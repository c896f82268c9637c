import { defineModule } from './manifest.ts';

export const educationModule = defineModule({
  id: 'education',
  permissions: ['study:self'],
  grants: {
    party_member: ['study:self'],
  },
});
