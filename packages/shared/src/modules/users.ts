import { defineModule } from './manifest.ts';

export const usersModule = defineModule({
  id: 'users',
  permissions: ['user:read', 'user:write', 'account:propose', 'job:read'],
  grants: {
    subdistrict_admin: ['account:propose'],
    security_admin: ['user:read', 'user:write', 'account:propose', 'job:read'],
    audit_admin: ['account:propose'],
  },
  menu: [
    { key: 'users', path: '/users', labelKey: 'nav.users', permission: 'user:read', group: 'system' },
    {
      key: 'account-proposals',
      path: '/account-proposals',
      labelKey: 'nav.accountProposals',
      permission: 'account:propose',
      group: 'system',
    },
  ],
});
