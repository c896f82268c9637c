import { defineModule } from './manifest.ts';

export const auditModule = defineModule({
  id: 'audit',
  permissions: ['audit:read'],
  grants: {
    inspector: ['audit:read'],
    audit_admin: ['audit:read'],
  },
  menu: [{ key: 'audit', path: '/audit', labelKey: 'nav.audit', permission: 'audit:read', group: 'system' }],
});
