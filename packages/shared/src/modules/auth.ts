import { defineModule } from './manifest.ts';

export const authModule = defineModule({
  id: 'auth',
  permissions: [],
  grants: {},
  menu: [{ key: 'account', path: '/account', labelKey: 'nav.account', permission: null, group: 'mine' }],
});
