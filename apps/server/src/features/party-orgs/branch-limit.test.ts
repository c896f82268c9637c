import { describe, expect, it } from 'vitest';
import { ROLE_PERMISSIONS, type Role } from '@jishi/shared';
import type { Actor } from '../../platform/actor.ts';
import { mintOrgScope } from '../../platform/org-scope.ts';
import { branchLimitOf } from './party-orgs.service.ts';

const actor = (role: Role, partyBranchId?: string | null): Actor => ({
  userId: 'u', username: 'u', displayName: 'u', role, permissions: new Set(ROLE_PERMISSIONS[role]), scope: mintOrgScope(['/a/']),
  scopeUnitId: 'a', partyBranchId, ip: '', requestId: '', lang: 'zh-CN',
});

describe('branchLimitOf: a branch secretary reaches their own branch only', () => {
  it('limits a linked branch secretary to their branch', () => {
    expect(branchLimitOf(actor('branch_secretary', 'b1'))).toBe('b1');
  });
  it('gives an unlinked branch secretary nothing (null), never the whole community', () => {
    expect(branchLimitOf(actor('branch_secretary', null))).toBeNull();
    expect(branchLimitOf(actor('branch_secretary'))).toBeNull();
  });
  it('does not limit other roles, even with a stray branch id', () => {
    expect(branchLimitOf(actor('community_secretary', 'b1'))).toBeUndefined();
    expect(branchLimitOf(actor('subdistrict_admin'))).toBeUndefined();
  });
});
