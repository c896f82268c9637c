import type { ReactNode } from 'react';

export interface TreeItem {
  id: string;
  parentId: string | null;
}

export interface TreeNode {
  key: string;
  title: ReactNode;
  children?: TreeNode[];
  isLeaf?: boolean;
}

/**
 * Builds a tree from a flat list with parentId. Items whose parent is not in the list become roots
 * (a scoped user sees their own subtree, whose top has a parent outside it).
 */
export function buildTree<T extends TreeItem>(
  items: readonly T[],
  title: (item: T) => ReactNode,
  compare: (a: T, b: T) => number,
): TreeNode[] {
  const ids = new Set(items.map((i) => i.id));
  const byParent = new Map<string | null, T[]>();
  for (const item of items) {
    const parent = item.parentId !== null && ids.has(item.parentId) ? item.parentId : null;
    const list = byParent.get(parent) ?? [];
    list.push(item);
    byParent.set(parent, list);
  }
  const build = (parent: string | null, seen: Set<string>): TreeNode[] =>
    [...(byParent.get(parent) ?? [])].sort(compare).map((item) => {
      if (seen.has(item.id)) return { key: item.id, title: title(item), isLeaf: true };
      const children = build(item.id, new Set(seen).add(item.id));
      return { key: item.id, title: title(item), children, isLeaf: children.length === 0 };
    });
  return build(null, new Set());
}

/**
 * Region codes first where both units have one; otherwise keep the server's order, which is the
 * order units were created in (第一网格 before 第二网格 — sorting by name would not be).
 */
export function byCodeThenName(
  a: { code?: string | null; name: string },
  b: { code?: string | null; name: string },
): number {
  if (a.code && b.code && a.code !== b.code) return a.code < b.code ? -1 : 1;
  return 0;
}

/** Keep the server's order (creation order within each parent). */
export const serverOrder = (): number => 0;

export function branchKeys(nodes: readonly TreeNode[]): string[] {
  return nodes.flatMap((n) => (n.children?.length ? [n.key, ...branchKeys(n.children)] : []));
}
