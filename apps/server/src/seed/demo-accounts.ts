import type { Role } from '@jishi/shared';

/** One demo account per role (demo mode only). Scope names refer to the demo subdistrict's units. */
export const DEMO_PASSWORD = 'Demo#Pass-2026';

export const DEMO_ACCOUNTS: { username: string; displayName: string; role: Role; scope: string }[] = [
  { username: 'admin', displayName: '街道管理员（演示）', role: 'subdistrict_admin', scope: '秦岭路街道' },
  { username: 'leader', displayName: '班子成员（演示）', role: 'subdistrict_leader', scope: '秦岭路街道' },
  { username: 'secretary', displayName: '秦江社区书记（演示）', role: 'community_secretary', scope: '秦江社区' },
  { username: 'worker', displayName: '秦江社区工作者（演示）', role: 'community_worker', scope: '秦江社区' },
  { username: 'grid', displayName: '秦江第一网格员（演示）', role: 'grid_worker', scope: '秦江社区第一网格' },
  { username: 'branch', displayName: '支部书记（演示）', role: 'branch_secretary', scope: '秦江社区' },
  { username: 'member', displayName: '党员（演示）', role: 'party_member', scope: '秦江社区' },
  { username: 'volunteer', displayName: '志愿者（演示）', role: 'volunteer', scope: '秦江社区' },
  { username: 'resident', displayName: '居民（演示）', role: 'resident', scope: '秦江社区' },
  { username: 'provider', displayName: '服务机构（演示）', role: 'provider', scope: '秦江社区' },
  { username: 'inspector', displayName: '纪检监察（演示）', role: 'inspector', scope: '秦岭路街道' },
  { username: 'security', displayName: '安全管理员（演示）', role: 'security_admin', scope: '秦岭路街道' },
  { username: 'auditor', displayName: '审计管理员（演示）', role: 'audit_admin', scope: '秦岭路街道' },
];

export const demoAccounts = () =>
  DEMO_ACCOUNTS.map((a) => ({ username: a.username, password: DEMO_PASSWORD, role: a.role, scope: a.scope }));
