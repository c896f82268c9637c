import { describe, expect, it } from 'vitest';
import { ROLE_PERMISSIONS, type Role } from '@jishi/shared';
import type { Actor } from '../../platform/actor.ts';
import { mintOrgScope } from '../../platform/org-scope.ts';
import { AppError } from '../../platform/errors.ts';
import { assertInBranch, branchLimitOf } from './party-orgs.service.ts';

const actor = (role: Role, partyBranchId?: string | null): Actor => ({
  userId: 'u',
  username: 'u',
  displayName: 'u',
  role,
  permissions: new Set(ROLE_PERMISSIONS[role]),
  scope: mintOrgScope(['/a/']),
  scopeUnitId: 'a',
  partyBranchId,
  ip: '',
  requestId: '',
  lang: 'zh-CN',
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

describe('assertInBranch: a record hanging off a Party org', () => {
  const notFound = (fn: () => void) => {
    try {
      fn();
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe('NOT_FOUND');
      return;
    }
    throw new Error('expected NOT_FOUND');
  };
  it('lets a branch secretary reach their branch and its subtree only', () => {
    expect(() => assertInBranch(actor('branch_secretary', 'b1'), '/c/b1/')).not.toThrow();
    expect(() => assertInBranch(actor('branch_secretary', 'b1'), '/c/b1/g1/')).not.toThrow();
    notFound(() => assertInBranch(actor('branch_secretary', 'b1'), '/c/b2/'));
    notFound(() => assertInBranch(actor('branch_secretary', 'b1'), '/c/b10/'));
  });
  it('refuses a record naming no branch, and everything to an unlinked branch secretary', () => {
    notFound(() => assertInBranch(actor('branch_secretary', 'b1'), null));
    notFound(() => assertInBranch(actor('branch_secretary', null), '/c/b1/'));
  });
  it('never limits other roles', () => {
    expect(() => assertInBranch(actor('community_secretary'), null)).not.toThrow();
    expect(() => assertInBranch(actor('community_worker'), '/c/b2/')).not.toThrow();
  });
});
