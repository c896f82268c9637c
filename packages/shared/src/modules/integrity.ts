import { defineModule } from './manifest.ts';

export const integrityModule = defineModule({
  id: 'integrity',
  strings: 'integrity',
  permissions: [
    'integrity:read',
    'integrity:write',
    'integrity:manage',
    'supervision:read',
    'alert:handle',
    'complaint:read',
    'complaint:handle',
  ],
  grants: {
    subdistrict_admin: ['integrity:read', 'integrity:write', 'integrity:manage'],
    subdistrict_leader: ['integrity:read'],
    community_secretary: ['integrity:read', 'integrity:write'],
    community_worker: ['integrity:read', 'integrity:write'],
    inspector: ['integrity:read', 'supervision:read', 'alert:handle', 'complaint:read', 'complaint:handle'],
  },
  menu: [
    {
      key: 'power-list',
      path: '/integrity',
      labelKey: 'nav.powerList',
      permission: 'integrity:read',
      group: 'deliberation',
    },
    {
      key: 'exercises',
      path: '/integrity/exercises',
      labelKey: 'nav.exercises',
      permission: 'integrity:read',
      group: 'deliberation',
    },
    {
      key: 'alerts',
      path: '/integrity/alerts',
      labelKey: 'nav.alerts',
      permission: 'supervision:read',
      group: 'deliberation',
    },
    {
      key: 'oversight',
      path: '/integrity/oversight',
      labelKey: 'nav.oversight',
      permission: 'supervision:read',
      group: 'deliberation',
    },
    {
      key: 'complaints',
      path: '/integrity/complaints',
      labelKey: 'nav.complaints',
      permission: 'complaint:read',
      group: 'deliberation',
    },
  ],
  todos: [
    { kind: 'integrity.alert-to-acknowledge', menu: 'alerts', source: 'event' },
    { kind: 'integrity.complaint-received', menu: 'complaints', source: 'event' },
  ],
  figures: {
    counters: ['integrity.exercises', 'integrity.alerts', 'integrity.complaints'],
    indicators: ['integrity.power_items', 'integrity.exercises', 'integrity.alerts', 'integrity.complaints'],
  },
});
