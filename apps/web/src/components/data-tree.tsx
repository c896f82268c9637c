import { useState } from 'react';
import { Tree } from 'antd';
import { branchKeys } from '../lib/tree.ts';
import type { TreeNode } from '../lib/tree.ts';

interface Props {
  treeData: TreeNode[];
  selectedId: string | null;
  onSelect: (id: string) => void;
}

/**
 * antd Tree, expanded by default. Only the nodes the user collapses stay collapsed, so a node
 * added later (e.g. a new grid) appears expanded without remounting the tree.
 */
export function DataTree({ treeData, selectedId, onSelect }: Props) {
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const expandedKeys = branchKeys(treeData).filter((k) => !collapsed.has(k));
  return (
    <Tree
      blockNode
      showLine
      treeData={treeData}
      expandedKeys={expandedKeys}
      onExpand={(_keys, info) => {
        const key = String(info.node.key);
        setCollapsed((prev) => {
          const next = new Set(prev);
          if (info.expanded) next.delete(key);
          else next.add(key);
          return next;
        });
      }}
      selectedKeys={selectedId ? [selectedId] : []}
      onSelect={(keys) => {
        const key = keys[0];
        if (key !== undefined) onSelect(String(key));
      }}
    />
  );
}
