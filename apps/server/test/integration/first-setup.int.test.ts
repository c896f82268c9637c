import { describe, expect, it } from 'vitest';
import { ROLE_PERMISSIONS } from '@jishi/shared';
import { openCheckedDatabase } from '../../src/start-checks.ts';
import { createMemoryFileStore } from '../../src/platform/files/file-store.ts';
import { runFirstSetup, SetupRefused } from '../../src/features/setup/setup.service.ts';
import { canaryState, DATA_KEY_MISMATCH } from '../../src/features/setup/canary.service.ts';
import { verifyPassword, isPasswordAcceptable } from '../../src/features/auth/password.ts';
import { buildApp } from '../../src/app.ts';
import type { Deps } from '../../src/deps.ts';
import { keyText, migratedDatabaseUrl, productionConfig, tempDataDir } from '../start-support.ts';
import { countRows, readJson } from '../harness.ts';

/**
 * The first set-up of a production database: territory root, the three first administrators with
 * one-time passwords, the sealed data-key canary; audited, once only, and a wrong key refused at start.
 */
const dataDir = tempDataDir();
const INPUT = {
  code: '110105001',
  name: '建外街道',
  securityAdmin: 'sec.admin',
  auditAdmin: 'audit.admin',
  admin: 'jw-admin',
};

async function open(url: string, key = keyText(7)): Promise<Deps> {
  const { deps } = await openCheckedDatabase(productionConfig(dataDir, url, key), createMemoryFileStore());
  return deps;
}

describe('first set-up', () => {
  it('creates the root, the first administrators and the canary, all audited; readiness passes', async () => {
    const url = await migratedDatabaseUrl(dataDir);
    const deps = await open(url);
    try {
      expect(await countRows(deps, 'users')).toBe(0);
      const result = await runFirstSetup(deps, INPUT);

      const root = await deps.db.selectFrom('org_units').selectAll().executeTakeFirstOrThrow();
      expect(root).toMatchObject({ kind: 'subdistrict', parent_id: null, name: '建外街道', code: '110105001' });
      expect(await countRows(deps, 'org_units')).toBe(1);

      const users = await deps.db.selectFrom('users').selectAll().orderBy('username').execute();
      expect(users.map((u) => [u.username, u.role, u.scope_unit_id, u.must_change_password])).toEqual([
        ['audit.admin', 'audit_admin', root.id, 1],
        ['jw-admin', 'subdistrict_admin', root.id, 1],
        ['sec.admin', 'security_admin', root.id, 1],
      ]);
      // Separation of duties holds for the three roles set up.
      expect(ROLE_PERMISSIONS.security_admin).toContain('user:write');
      expect(ROLE_PERMISSIONS.security_admin).not.toContain('audit:read');
      expect(ROLE_PERMISSIONS.audit_admin).toContain('audit:read');
      for (const account of result.accounts) {
        expect(isPasswordAcceptable(account.oneTimePassword)).toBe(true);
        const stored = users.find((u) => u.username === account.username)?.password_hash ?? '';
        expect(stored).not.toContain(account.oneTimePassword);
        expect(await verifyPassword(stored, account.oneTimePassword)).toBe(true);
      }
      expect(new Set(result.accounts.map((a) => a.oneTimePassword)).size).toBe(3);

      expect(await canaryState(deps.db, deps.cipher)).toBe('opens');
      const actions = (
        await deps.db.selectFrom('audit_log').select(['action', 'actor_id']).orderBy('seq').execute()
      ).map((r) => r.action);
      expect(actions).toEqual([
        'audit.chain.keyed', // written by the migration that keys the chain
        'setup.start',
        'territory.create',
        'user.create',
        'user.create',
        'user.create',
        'setup.complete',
      ]);
      const app = await buildApp(deps);
      const ready = await app.inject({ method: 'GET', url: '/readyz' });
      expect(ready.statusCode, ready.body).toBe(200);
      expect(readJson<{ checks: { dataKey: { detail: string } } }>(ready).checks.dataKey.detail).toMatch(/opens/);
      await app.close();
    } finally {
      await deps.db.destroy();
    }
  });

  it('refuses to run twice and changes nothing the second time', async () => {
    const url = await migratedDatabaseUrl(dataDir);
    const deps = await open(url);
    try {
      await runFirstSetup(deps, INPUT);
      const before = await Promise.all(
        (['users', 'org_units', 'audit_log', 'instance_settings'] as const).map((t) => countRows(deps, t)),
      );
      await expect(runFirstSetup(deps, { ...INPUT, securityAdmin: 'other.sec' })).rejects.toThrow(SetupRefused);
      await expect(runFirstSetup(deps, INPUT)).rejects.toThrow(/already set up/);
      const after = await Promise.all(
        (['users', 'org_units', 'audit_log', 'instance_settings'] as const).map((t) => countRows(deps, t)),
      );
      expect(after).toEqual(before);
    } finally {
      await deps.db.destroy();
    }
  });

  it('refuses a malformed division code, name or user name before writing anything', async () => {
    const url = await migratedDatabaseUrl(dataDir);
    const deps = await open(url);
    try {
      for (const bad of [
        { code: '11010500' },
        { code: '110105000' },
        { code: '990105001' },
        { name: '' },
        { admin: 'Bad Name' },
        { auditAdmin: 'sec.admin' },
      ]) {
        await expect(runFirstSetup(deps, { ...INPUT, ...bad }), JSON.stringify(bad)).rejects.toThrow(SetupRefused);
      }
      for (const table of ['users', 'org_units', 'instance_settings'] as const)
        expect(await countRows(deps, table), table).toBe(0);
      // Only the migration's first keyed record is there.
      expect(await countRows(deps, 'audit_log')).toBe(1);
    } finally {
      await deps.db.destroy();
    }
  });

  it('refuses to start when the data key does not open the sealed canary', async () => {
    const url = await migratedDatabaseUrl(dataDir);
    const deps = await open(url);
    await runFirstSetup(deps, INPUT);
    await deps.db.destroy();

    await expect(open(url, keyText(9))).rejects.toThrow(DATA_KEY_MISMATCH);
    await expect(open(url, keyText(9))).rejects.toThrow(/data key does not match this database/);
    // The right key still opens it.
    const again = await open(url);
    expect(await canaryState(again.db, again.cipher)).toBe('opens');
    await again.db.destroy();
  });
});
