import { describe, expect, it } from 'vitest';
import { MODULES } from '@jishi/shared';
import { SERVER_MODULES } from '../src/modules.ts';

/** Each module's to-do kinds: declared in its manifest (code, menu entry) and derived by its server module, alike. */
describe('to-do kinds', () => {
  const menuKeys = new Set(MODULES.flatMap((m) => m.menu.map((e) => e.key)));

  it('are the same in the manifest and the server module, named after the module', () => {
    for (const m of SERVER_MODULES) {
      const declared = m.manifest.todos.map((t) => t.kind).sort();
      expect((m.todos ?? []).map((k) => k.kind).sort(), m.manifest.id).toEqual(declared);
      for (const kind of declared) expect(kind.startsWith(`${m.manifest.id}.`), kind).toBe(true);
    }
  });

  it('count towards a menu entry that exists, and each code is declared once', () => {
    const all = MODULES.flatMap((m) => m.todos);
    for (const t of all) expect(menuKeys.has(t.menu), `${t.kind} → ${t.menu}`).toBe(true);
    const codes = all.map((t) => t.kind);
    expect(codes.filter((c, i) => codes.indexOf(c) !== i)).toEqual([]);
  });
});
