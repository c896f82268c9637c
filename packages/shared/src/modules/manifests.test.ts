import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MODULES } from './index.ts';
import { roleTableMarkdown } from './role-table.ts';
import { PERMISSIONS, ROLE_PERMISSIONS, ROLES } from '../permissions.ts';

describe('module manifests', () => {
  it('have unique ids and each permission belongs to exactly one module', () => {
    const ids = MODULES.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(PERMISSIONS).size).toBe(PERMISSIONS.length);
  });

  it('grant only their own permissions, and every permission is held by some role', () => {
    for (const m of MODULES)
      for (const granted of Object.values(m.grants) as (readonly string[])[])
        for (const p of granted) expect(m.permissions as readonly string[], `${m.id} grants ${p}`).toContain(p);
    const held = new Set(ROLES.flatMap((r) => ROLE_PERMISSIONS[r]));
    expect(PERMISSIONS.filter((p) => !held.has(p))).toEqual([]);
  });

  it('show menu entries under known permissions, with unique keys and paths', () => {
    const entries = MODULES.flatMap((m) => m.menu);
    for (const e of entries)
      if (e.permission !== null) expect(PERMISSIONS as readonly string[]).toContain(e.permission);
    expect(new Set(entries.map((e) => e.key)).size).toBe(entries.length);
    expect(new Set(entries.map((e) => e.path)).size).toBe(entries.length);
  });

  it('keep separation of duties: no role holds both user:write and audit:read', () => {
    for (const r of ROLES)
      expect(ROLE_PERMISSIONS[r].includes('user:write') && ROLE_PERMISSIONS[r].includes('audit:read')).toBe(false);
  });

  it('are written out in docs/roles.md (npm run roles:doc)', () => {
    const normal = (s: string) => s.replace(/-+/g, '-').replace(/ +/g, ' ');
    const doc = readFileSync(new URL('../../../../docs/roles.md', import.meta.url), 'utf8');
    expect(normal(doc)).toBe(normal(roleTableMarkdown()));
  });

  it('make a frozen role table that nothing can add to', () => {
    expect(Object.isFrozen(ROLE_PERMISSIONS)).toBe(true);
    expect(Object.isFrozen(ROLE_PERMISSIONS.grid_worker)).toBe(true);
  });
});
