import { defineModule } from './manifest.ts';

export const portalModule = defineModule({
  id: 'portal',
  strings: 'portal',
  permissions: [],
  grants: {},
  menu: [
    { key: 'residents-portal', path: '/portal', labelKey: 'nav.residentsPortal', permission: null, group: 'mine' },
  ],
});
