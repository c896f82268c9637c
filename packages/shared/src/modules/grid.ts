import { defineModule } from './manifest.ts';

export const gridModule = defineModule({
  id: 'grid',
  strings: 'grid',
  permissions: ['grid:read', 'grid:report', 'grid:case', 'grid:manage', 'grid:configure'],
  grants: {
    subdistrict_admin: ['grid:read', 'grid:case', 'grid:manage', 'grid:configure'],
    subdistrict_leader: ['grid:read'],
    community_secretary: ['grid:read', 'grid:case', 'grid:manage'],
    community_worker: ['grid:read', 'grid:report', 'grid:case'],
    grid_worker: ['grid:read', 'grid:report', 'grid:case'],
  },
  menu: [
    { key: 'grid-today', path: '/grid/today', labelKey: 'nav.gridToday', permission: 'grid:report', group: 'grid' },
    { key: 'grid-cases', path: '/grid/cases', labelKey: 'nav.gridCases', permission: 'grid:read', group: 'grid' },
    {
      key: 'grid-compliance',
      path: '/grid/compliance',
      labelKey: 'nav.gridCompliance',
      permission: 'grid:read',
      group: 'grid',
    },
    {
      key: 'grid-dashboard',
      path: '/grid/dashboard',
      labelKey: 'nav.gridDashboard',
      permission: 'grid:read',
      group: 'grid',
    },
    { key: 'grid-posts', path: '/grid/posts', labelKey: 'nav.gridPosts', permission: 'grid:manage', group: 'grid' },
  ],
  todos: [
    { kind: 'grid.report-due', menu: 'grid-today', source: 'scheduled' },
    { kind: 'grid.case-to-accept', menu: 'grid-cases', source: 'event' },
    { kind: 'grid.case-to-assign', menu: 'grid-cases', source: 'event' },
    { kind: 'grid.case-assigned', menu: 'grid-cases', source: 'event' },
    { kind: 'grid.case-to-verify', menu: 'grid-cases', source: 'event' },
  ],
  figures: {
    counters: [
      'grid.cases_registered',
      'grid.mediation_sessions',
      'grid.mediation_agreements',
      'grid.cases_resolved',
      'grid.cases_resolved_at_grid',
    ],
    indicators: [
      'grid.reports',
      'grid.reports_expected',
      'grid.report_compliance',
      'grid.disputes_screened',
      'grid.mediations',
      'grid.mediation_agreements',
      'grid.mediation_success',
      'grid.disputes_resolved',
      'grid.resolved_at_grid',
      'grid.source_governance',
    ],
  },
});
