import { defineModule } from './manifest.ts';

export const indicatorsModule = defineModule({
  id: 'indicators',
  strings: 'indicators',
  permissions: ['indicator:rebuild'],
  grants: {
    subdistrict_admin: ['indicator:rebuild'],
  },
  menu: [
    { key: 'indicators', path: '/indicators', labelKey: 'nav.indicators', permission: 'dashboard:read', group: 'data' },
    { key: 'big-screen', path: '/big-screen', labelKey: 'nav.bigScreen', permission: 'dashboard:read', group: 'data' },
  ],
});
