import { PERMISSIONS } from '@jishi/shared';
import type { Actor } from '../../platform/actor.ts';
import { mintOrgScope } from '../../platform/org-scope.ts';

/** The actor for seeding and command-line tools: every permission, the whole tree, audited as 'system'. */
export function systemActor(): Actor {
  return {
    userId: 'system',
    username: 'system',
    displayName: 'system',
    role: 'subdistrict_admin',
    permissions: new Set(PERMISSIONS),
    scope: mintOrgScope(['/']),
    scopeUnitId: '',
    ip: 'local',
    requestId: 'seed',
    lang: 'zh-CN',
  };
}
