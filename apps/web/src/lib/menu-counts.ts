import type { ModuleManifest } from '@jishi/shared/modules/manifest';

/**
 * Waiting work per menu entry: for each entry, the open items of every to-do kind whose manifest declaration names
 * that entry (`todos: [{ kind, menu }]`, any module's entry). Kinds nobody declares and entries without work are left
 * out, so a missing key means "nothing waiting".
 */
export function menuCounts(
  modules: readonly Pick<ModuleManifest, 'todos'>[],
  byKind: Readonly<Record<string, number>>,
): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const m of modules)
    for (const decl of m.todos) {
      const n = byKind[decl.kind] ?? 0;
      if (n > 0) counts[decl.menu] = (counts[decl.menu] ?? 0) + n;
    }
  return counts;
}
